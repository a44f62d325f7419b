using PolarisSampleData.Tables;

namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// What verify loads: the union of what its checks' queries declare. Of each table of polaris-gen's, the
/// columns some query reads (none: the file is judged as it is read but keeps no rows) and the rows (every
/// row unless each query that reads it names a filter); the covering indexes the queries probe; the
/// PhoneNotices fields and whether the Shoutbomb reports are read; and the rules that judge the files as they are read.
/// </summary>
internal sealed class LoadPlan
{
    private readonly Dictionary<string, IReadOnlySet<string>> _columns;
    private readonly Dictionary<string, RowFilter?> _rows;

    private LoadPlan(IReadOnlyList<Check> checks)
    {
        var queries = checks.SelectMany(c => c.Queries).ToList();
        Rules = [.. checks.Select(c => c.Rule).Concat(queries.Select(q => q.Gathers)).OfType<RowRule>().Distinct()];
        // A read of no columns only needs the table to exist: it keeps no rows.
        var readsByTable = queries.SelectMany(q => q.Reads).Where(r => r.Columns.Count > 0 && Layouts.Find(r.Table) is not null)
            .GroupBy(r => r.Table, StringComparer.OrdinalIgnoreCase).ToList();
        _columns = readsByTable.ToDictionary(g => g.Key,
            g => (IReadOnlySet<string>)g.SelectMany(r => r.Columns).ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        _rows = readsByTable.ToDictionary(g => g.Key,
            g => g.Select(r => r.Rows).Aggregate((a, b) => a is null || b is null ? null : RowFilter.Union(a, b)), StringComparer.OrdinalIgnoreCase);
        // One index a table: the first query's columns, then those later ones add.
        Lookups = [.. queries.SelectMany(q => q.Lookups ?? []).GroupBy(l => l.Table, StringComparer.OrdinalIgnoreCase)
            .Select(g => new Lookup(g.Key, [.. g.SelectMany(l => l.Columns).Distinct(StringComparer.OrdinalIgnoreCase)]))];
        var archive = queries.Select(q => q.Archive).OfType<ArchiveSelection>().ToList();
        Archive = new ArchiveSelection(
            archive.SelectMany(a => a.PhoneNoticeFields).ToHashSet(),
            archive.Any(a => a.Reports));
    }

    /// <summary>What verify's checks read.</summary>
    public static LoadPlan Verify { get; } = For(CheckList.All);

    public static LoadPlan For(IEnumerable<Check> checks) => new([.. checks]);

    /// <summary>The rules that judge the checks' files as they are read, in check order.</summary>
    public IReadOnlyList<RowRule> Rules { get; }

    /// <summary>The columns of a table that some query reads, or null when none reads its rows (the file keeps none).</summary>
    public IReadOnlySet<string>? Columns(string table) => _columns.GetValueOrDefault(table);

    /// <summary>The rows of a table the queries read, or null for every row.</summary>
    public RowFilter? Rows(string table) => _rows.GetValueOrDefault(table);

    /// <summary>The tables the queries probe by patron in bulk, each with the columns its covering index carries.</summary>
    public IReadOnlyList<Lookup> Lookups { get; }

    public ArchiveSelection Archive { get; }
}
