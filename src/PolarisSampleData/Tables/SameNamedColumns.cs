using System.Linq.Expressions;
using System.Reflection;

namespace PolarisSampleData.Tables;

/// <summary>
/// Builds a <typeparamref name="TTarget"/> row holding every column it shares, by name and type, with a
/// <typeparamref name="TSource"/> row: for a view that repeats its base table's columns. The copy is
/// compiled once per pair of row types.
/// </summary>
internal static class SameNamedColumns<TSource, TTarget> where TTarget : new()
{
    private static readonly Func<TSource, TTarget> Copy = Compile();

    public static TTarget From(TSource source) => Copy(source);

    private static Func<TSource, TTarget> Compile()
    {
        var source = Expression.Parameter(typeof(TSource), "source");
        var sourceColumns = typeof(TSource).GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name);
        var bindings = typeof(TTarget).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && sourceColumns.TryGetValue(p.Name, out var from) && from.PropertyType == p.PropertyType)
            .Select(p => Expression.Bind(p, Expression.Property(source, sourceColumns[p.Name])));
        return Expression.Lambda<Func<TSource, TTarget>>(Expression.MemberInit(Expression.New(typeof(TTarget)), bindings), source).Compile();
    }
}
