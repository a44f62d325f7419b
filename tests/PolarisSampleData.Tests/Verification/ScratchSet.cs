using CsvHelper;
using PolarisSampleData.Output;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Tests.Verification;

/// <summary>One data row of a table file: its fields by column name, and which data row it is.</summary>
public sealed class Row(int index, IReadOnlyList<string> columns, string[] values)
{
    public int Index { get; } = index;

    public string this[string column]
    {
        get => values[Position(column)];
        set => values[Position(column)] = value;
    }

    public int Int(string column) => int.Parse(this[column], System.Globalization.CultureInfo.InvariantCulture);

    public DateTime Date(string column) => Support.Values.Date(this[column]);

    internal string[] Values => values;

    private int Position(string column)
    {
        for (var i = 0; i < columns.Count; i++)
            if (columns[i] == column) return i;
        throw new ArgumentException($"no column {column}", nameof(column));
    }
}

/// <summary>A copy of a data set in a temp folder, with the table edits mutation tests make.</summary>
public sealed class ScratchSet : IDisposable
{
    public ScratchSet(string source)
    {
        Folder = Directory.CreateTempSubdirectory("polaris-gen-verify-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>The file of a table named as SQL names it, e.g. <c>Results.HoldNotices</c>.</summary>
    public string PathOf(string table) => Path.Combine(Folder, Layouts.Get(table).FileName);

    public IReadOnlyList<Row> Rows(string table) => Read(table).Rows;

    public void Update(string table, Func<Row, bool> where, Action<Row> change) =>
        Rewrite(table, rows => rows.Select(row =>
        {
            if (where(row)) change(row);
            return row;
        }));

    public void Delete(string table, Func<Row, bool> where) => Rewrite(table, rows => rows.Where(row => !where(row)));

    public void Duplicate(string table, Func<Row, bool> where) => Rewrite(table, rows => rows.SelectMany(row => Enumerable.Repeat(row, where(row) ? 2 : 1)));

    /// <summary>Swaps two columns in the header and every row: the same data, in another column order.</summary>
    public void SwapColumns(string table, string first, string second) => EditLines(table, lines =>
    {
        var separator = Layouts.Get(table).Separator;
        var header = lines[0].Split(separator);
        var (a, b) = (Array.IndexOf(header, first), Array.IndexOf(header, second));
        return lines.Select(line =>
        {
            var fields = line.Split(separator);
            (fields[a], fields[b]) = (fields[b], fields[a]);
            return string.Join(separator, fields);
        }).ToList();
    });

    /// <summary>Edits a table file line by line, header included; lines are joined with LF again.</summary>
    public void EditLines(string table, Func<List<string>, List<string>> edit)
    {
        var lines = File.ReadAllText(PathOf(table)).TrimEnd('\n').Split('\n').ToList();
        File.WriteAllText(PathOf(table), string.Join('\n', edit(lines)) + "\n");
    }

    private (IReadOnlyList<string> Columns, List<Row> Rows) Read(string table)
    {
        var layout = Layouts.Get(table);
        using var reader = CsvReader.FromFile(PathOf(table), CsvReaderOptions.Default with { Separator = layout.Separator });
        var columns = reader.Headers.ToList();
        var rows = new List<Row>();
        while (reader.Read())
            rows.Add(new Row(rows.Count, columns, Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray()));
        return (columns, rows);
    }

    /// <summary>Writes the rows back the way generate writes them, so untouched rows keep their bytes.</summary>
    public void Rewrite(string table, Func<List<Row>, IEnumerable<Row>> edit)
    {
        var (columns, rows) = Read(table);
        var kept = edit(rows).ToList();
        var layout = Layouts.Get(table);
        var text = new StringWriter();
        using (var writer = CsvWriter.Create(text, CsvFormat.WriterOptions(layout.Separator) with { ValidateFieldCount = false }, leaveOpen: true))
        {
            writer.WriteRecord(columns.ToArray());
            foreach (var row in kept) writer.WriteRecord(row.Values);
        }
        File.WriteAllText(PathOf(table), text.ToString());
    }
}
