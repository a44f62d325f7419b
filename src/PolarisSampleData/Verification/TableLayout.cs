using CsvHelper;
using PolarisSampleData.Domain;
using PolarisSampleData.Output;
using PolarisSampleData.Scenarios;
using PolarisSampleData.Tables;

namespace PolarisSampleData.Verification;

/// <summary>
/// A table as polaris-gen writes it: its file, its SQL name, its columns in order and, for a
/// reference table, the CSV text of the fixed rows it always holds.
/// </summary>
internal sealed record TableLayout(string Database, string Name, string FileName, char Separator, IReadOnlyList<TableColumn> Columns, byte[] FixedCsv, long FixedRows)
{
    /// <summary>
    /// <c>Results.HoldNotices</c> for <c>Results.Polaris.HoldNotices.csv</c>: SQLite has only two-part
    /// names, so a query written for SQL Server reads <c>Results.Polaris.X</c> as <c>Results.X</c>.
    /// </summary>
    public string SqlName => $"{Database}.{Name}";

    /// <summary>The column that names a row in a report: the first, which is the ID in every Polaris export.</summary>
    public string Key => Columns[0].Name;

    /// <summary>A table whose rows do not depend on the world: the real Polaris lookup rows.</summary>
    public bool IsReference => FixedRows > 0;
}

/// <summary>The layout of every table in <see cref="TableCatalog"/>, taken from the generator's own record types.</summary>
internal static class Layouts
{
    public static IReadOnlyList<TableLayout> All { get; } = DescribeAll();

    private static readonly Dictionary<string, TableLayout> BySqlName = All.ToDictionary(t => t.SqlName, StringComparer.OrdinalIgnoreCase);

    public static TableLayout? Find(string sqlName) => BySqlName.GetValueOrDefault(sqlName);

    public static TableLayout Get(string sqlName) =>
        Find(sqlName) ?? throw new ArgumentException($"{sqlName} is not a table polaris-gen writes.", nameof(sqlName));

    /// <summary>
    /// The fixed rows of a reference table in a set made from <paramref name="scenario"/>: the real rows, and after
    /// them the scenario's own where it adds some (its further branches, in Organizations).
    /// </summary>
    public static byte[] FixedCsvFor(TableLayout layout, ScenarioSettings scenario)
    {
        if (scenario.Branches.Count == 1) return layout.FixedCsv;
        var table = TableCatalog.All.Single(t => t.Database == layout.Database && t.Name == layout.Name);
        var sink = new LayoutSink();
        table.WriteTo(World.Empty(default) with { Branches = Branch.For(scenario.Branches) }, sink);
        return sink.Csv;
    }

    /// <summary>
    /// Writes every table from a world without entities: a projected table writes only its header, a
    /// reference table its fixed rows too, both through the same CSV writer that generate uses.
    /// </summary>
    private static List<TableLayout> DescribeAll()
    {
        var empty = World.Empty(default);
        return TableCatalog.All.Select(table =>
        {
            var sink = new LayoutSink();
            var rows = table.WriteTo(empty, sink);
            return new TableLayout(table.Database, table.Name, table.FileName, table.Separator, sink.Columns, sink.Csv, rows);
        }).ToList();
    }

    /// <summary>Captures the header (read back from the written text, so it is exactly what a file holds) and the column types.</summary>
    private sealed class LayoutSink : ITableSink
    {
        public IReadOnlyList<TableColumn> Columns { get; private set; } = [];

        public byte[] Csv { get; private set; } = [];

        public long Write<TRow>(IEnumerable<TRow> rows, char separator)
        {
            using var buffer = new MemoryStream();
            long count;
            using (var csv = new CsvTableSink(buffer))
                count = csv.Write(rows, separator);
            Csv = buffer.ToArray();
            using var reader = CsvReader.Create(Csv, CsvReaderOptions.Default with { Separator = separator });
            Columns = reader.Headers.Select(name => TableColumns<TRow>.All.First(c => c.Name == name)).ToList();
            return count;
        }
    }
}
