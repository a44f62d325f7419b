using CsvHelper;
using PolarisSampleData.Tables;

namespace PolarisSampleData.Tests.Support;

/// <summary>A written table read back as text: its header and rows, values exactly as in the file.</summary>
public sealed record LoadedTable(string FileName, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static LoadedTable Read(string path)
    {
        var separator = TableCatalog.All.FirstOrDefault(t => t.FileName == Path.GetFileName(path))?.Separator ?? '\t';
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = separator });
        var rows = new List<IReadOnlyDictionary<string, string>>();
        IReadOnlyList<string>? columns = null;
        while (reader.Read())
        {
            columns ??= reader.Headers.ToList();
            var fields = reader.Current.ToArray();
            rows.Add(columns.Select((c, i) => (c, v: i < fields.Length ? fields[i] : "")).ToDictionary(p => p.c, p => p.v));
        }
        columns ??= File.ReadLines(path).FirstOrDefault()?.Split(separator) ?? [];
        return new LoadedTable(Path.GetFileName(path), columns, rows);
    }
}

/// <summary>A generated data set folder loaded into memory, table by table.</summary>
public sealed class LoadedDataSet
{
    private readonly Dictionary<string, LoadedTable> _tables;

    public LoadedDataSet(string folder)
    {
        Folder = folder;
        _tables = Directory.GetFiles(folder, "*.csv").Select(LoadedTable.Read).ToDictionary(t => t.FileName);
    }

    public string Folder { get; }

    public IEnumerable<LoadedTable> Tables => _tables.Values.OrderBy(t => t.FileName, StringComparer.Ordinal);

    /// <summary>Rows of <c>Database.Polaris.Table</c>, e.g. <c>Results.Polaris.HoldNotices</c>.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> this[string table] => _tables[table + ".csv"].Rows;
}
