namespace PolarisSampleData.Tables;

/// <summary>The column is (part of) the table's primary key on the Polaris server.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class PrimaryKeyAttribute : Attribute;
