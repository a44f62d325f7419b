using CsvHelper;
using PolarisSampleData.Domain;
using PolarisSampleData.Output;
using PolarisSampleData.Tables;

namespace PolarisSampleData.Verification;

/// <summary>How a column's text must parse, decided by the type of its record property.</summary>
internal enum ColumnType
{
    Text,
    Integer,
    Bit,
    Money,
    DateTime,
}

/// <param name="IsKey">Part of the table's primary key.</param>
internal sealed record Column(string Name, ColumnType Type, bool IsKey = false);

/// <summary>
/// A table as polaris-gen writes it: its file, its SQL name, its columns in order and, for a
/// reference table, the CSV text of the fixed rows it always holds.
/// </summary>
internal sealed record TableLayout(string Database, string Name, string FileName, char Separator, IReadOnlyList<Column> Columns, byte[] FixedCsv, long FixedRows)
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

    private static ColumnType TypeOf(Type? property) =>
        Type.GetTypeCode(property is null ? null : Nullable.GetUnderlyingType(property) ?? property) switch
        {
            TypeCode.Byte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 => ColumnType.Integer,
            TypeCode.Boolean => ColumnType.Bit,
            TypeCode.Decimal => ColumnType.Money,
            TypeCode.DateTime => ColumnType.DateTime,
            _ => ColumnType.Text,
        };

    /// <summary>Captures the header (read back from the written text, so it is exactly what a file holds) and the column types.</summary>
    private sealed class LayoutSink : ITableSink
    {
        public IReadOnlyList<Column> Columns { get; private set; } = [];

        public byte[] Csv { get; private set; } = [];

        public long Write<TRow>(IEnumerable<TRow> rows, char separator)
        {
            using var buffer = new MemoryStream();
            long count;
            using (var csv = new CsvTableSink(buffer))
                count = csv.Write(rows, separator);
            Csv = buffer.ToArray();
            using var reader = CsvReader.Create(Csv, CsvReaderOptions.Default with { Separator = separator });
            var keys = TableColumns<TRow>.All.Where(c => c.IsKey).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            Columns = reader.Headers.Select(name => new Column(name, TypeOf(typeof(TRow).GetProperty(name)?.PropertyType), keys.Contains(name))).ToList();
            return count;
        }
    }
}
