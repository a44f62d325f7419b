using System.Linq.Expressions;
using System.Reflection;

namespace PolarisSampleData.Tables;

/// <summary>
/// One column of a Polaris table: its name, SQL Server type, whether it is part of the key and whether
/// the generator leaves it NULL in every row (<see cref="LeftNullAttribute"/>).
/// </summary>
internal sealed record TableColumn(string Name, string SqlType, bool IsKey, bool LeftNull = false);

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
        .Select(p => new TableColumn(p.Name, p.GetCustomAttribute<SqlTypeAttribute>()!.Type, p.GetCustomAttribute<PrimaryKeyAttribute>() is not null,
            p.GetCustomAttribute<LeftNullAttribute>() is not null))
        .ToArray();

    /// <summary>The row's values in column order, boxed (null for NULL).</summary>
    public static readonly Func<TRow, object?[]> Values = CompileValues();

    private static Func<TRow, object?[]> CompileValues()
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        var values = Properties.Select(p => Expression.Convert(Expression.Property(row, p), typeof(object)));
        return Expression.Lambda<Func<TRow, object?[]>>(Expression.NewArrayInit(typeof(object), values), row).Compile();
    }
}
