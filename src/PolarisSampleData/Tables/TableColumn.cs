using System.Linq.Expressions;
using System.Reflection;

namespace PolarisSampleData.Tables;

/// <summary>How a column's text must parse, decided by the type of its record property.</summary>
internal enum ColumnType
{
    Text,
    Integer,
    Bit,
    Money,
    DateTime,
}

/// <summary>
/// One column of a Polaris table, the one model generate, the load script and verify share: its name, SQL
/// Server type, how its text parses, whether it is part of the key and whether the generator leaves it
/// NULL in every row (<see cref="LeftNullAttribute"/>).
/// </summary>
internal sealed record TableColumn(string Name, string SqlType, ColumnType Type, bool IsKey, bool LeftNull = false)
{
    /// <summary>A column of a file polaris-gen does not write, known only by its header: text.</summary>
    public static TableColumn Foreign(string name) => new(name, "nvarchar(max)", ColumnType.Text, IsKey: false);
}

/// <summary>
/// The columns a row type declares, in declaration order (the export's column order), and a compiled
/// reader of their values, for writers that need values rather than text.
/// </summary>
internal static class TableColumns<TRow>
{
    private static readonly PropertyInfo[] Properties = typeof(TRow)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetCustomAttribute<SqlTypeAttribute>() is not null)
        .OrderBy(p => p.MetadataToken)
        .ToArray();

    public static readonly IReadOnlyList<TableColumn> All = Properties
        .Select(p => new TableColumn(p.Name, p.GetCustomAttribute<SqlTypeAttribute>()!.Type, TypeOf(p.PropertyType),
            p.GetCustomAttribute<PrimaryKeyAttribute>() is not null, p.GetCustomAttribute<LeftNullAttribute>() is not null))
        .ToArray();

    private static ColumnType TypeOf(Type property) =>
        Type.GetTypeCode(Nullable.GetUnderlyingType(property) ?? property) switch
        {
            TypeCode.Byte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 => ColumnType.Integer,
            TypeCode.Boolean => ColumnType.Bit,
            TypeCode.Decimal => ColumnType.Money,
            TypeCode.DateTime => ColumnType.DateTime,
            _ => ColumnType.Text,
        };

    /// <summary>The row's values in column order, boxed (null for NULL).</summary>
    public static Func<TRow, object?[]> Values => Compiled.Values;

    /// <summary>
    /// Compiled on first use, not with the columns: only the SQLite output reads values so, and compiling an expression
    /// for each table took some 50 ms of every other command's startup.
    /// </summary>
    private static class Compiled
    {
        public static readonly Func<TRow, object?[]> Values = Compile();

        private static Func<TRow, object?[]> Compile()
        {
            var row = Expression.Parameter(typeof(TRow), "row");
            var values = Properties.Select(p => Expression.Convert(Expression.Property(row, p), typeof(object)));
            return Expression.Lambda<Func<TRow, object?[]>>(Expression.NewArrayInit(typeof(object), values), row).Compile();
        }
    }
}
