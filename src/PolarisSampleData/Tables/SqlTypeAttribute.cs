namespace PolarisSampleData.Tables;

/// <summary>
/// The column's SQL Server type in the real Polaris layout (<c>int</c>, <c>nvarchar(20)</c>, <c>money</c>):
/// declared beside the column so database exports create the same tables the server has.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SqlTypeAttribute(string type) : Attribute
{
    public string Type { get; } = type;
}
