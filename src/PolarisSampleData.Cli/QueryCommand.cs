using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using PolarisSampleData.Output;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Cli;

/// <summary>How query prints its result.</summary>
public enum QueryFormat
{
    Table,
    Csv,
    Json,
}

/// <summary><c>polaris-gen query DIR "SQL"</c>: run a read-only query over a data set and print the result.</summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var folder = VerifyCommand.DataSetArgument();
        var sql = new Argument<string>("SQL")
        {
            Description = "A read-only query; the plan's names work (Results.Polaris.HoldNotices, DATEDIFF(MINUTE, a, b)).",
        };
        var format = CommonOptions.Choice("--format", "table (aligned columns), csv or json.", QueryFormat.Table,
            ("table", QueryFormat.Table), ("csv", QueryFormat.Csv), ("json", QueryFormat.Json));
        var command = new Command("query", "Run a read-only SQL query over a data set.") { folder, sql, format.Option };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            Action<QueryResult, TextWriter> write = format.ValueIn(parse) switch
            {
                QueryFormat.Csv => WriteCsv,
                QueryFormat.Json => WriteJson,
                _ => WriteTable,
            };
            UserQuery.Run(parse.GetRequiredValue(folder), parse.GetRequiredValue(sql), result => write(result, output));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>How many rows the table format reads before it fixes its column widths; later rows are written with them.</summary>
    internal const int WidthRows = 1000;

    /// <summary>Bytes of JSON gathered before they are handed to the output.</summary>
    private const int JsonChunk = 32 * 1024;

    /// <summary>
    /// A table cell: NULL for null, a blob as the SQL literal <c>X'0A1B'</c>, told apart from text that holds hex
    /// digits, and text with its control characters escaped (<see cref="TerminalText"/>) so it cannot drive the terminal.
    /// </summary>
    private static string Cell(object? value) => value switch
    {
        null => "NULL",
        byte[] blob => $"X'{Convert.ToHexString(blob)}'",
        string text => TerminalText.Escape(text),
        _ => Field(value),
    };

    /// <summary>A non-null value as csv and json give it: a blob as plain hex (<c>0A1B</c>, as SQLite's hex() writes it).</summary>
    private static string Field(object value) => value switch
    {
        double d => d.ToString("0.############", CultureInfo.InvariantCulture),
        byte[] blob => Convert.ToHexString(blob),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Aligned columns whose widths come from the header and the first <see cref="WidthRows"/> rows, so the
    /// table streams like the other formats: a wider cell further down pushes its own line out.
    /// </summary>
    private static void WriteTable(QueryResult result, TextWriter output)
    {
        using var rows = result.Rows.Select(row => Array.ConvertAll(row, Cell)).GetEnumerator();
        var first = new List<string[]>(WidthRows);
        while (first.Count < WidthRows && rows.MoveNext()) first.Add(rows.Current);
        var header = result.Columns.Select(TerminalText.Escape).ToList();
        var widths = header.Select((c, i) => first.Select(r => r[i].Length).Append(c.Length).Max()).ToArray();

        var line = new StringBuilder();
        WriteLine(header);
        foreach (var row in first) WriteLine(row);
        long count = first.Count;
        first.Clear();
        for (; rows.MoveNext(); count++) WriteLine(rows.Current);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({count} rows)"));

        void WriteLine(IReadOnlyList<string> cells)
        {
            line.Clear();
            for (var i = 0; i < cells.Count; i++)
            {
                if (i > 0) line.Append(' ', 2);
                line.Append(cells[i]).Append(' ', Math.Max(0, widths[i] - cells[i].Length));
            }
            var end = line.Length;
            while (end > 0 && char.IsWhiteSpace(line[end - 1])) end--;
            line.Length = end;
            output.WriteLine(line);
        }
    }

    private static void WriteCsv(QueryResult result, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, CsvFormat.WriterOptions(',') with { HasHeader = false }, leaveOpen: true);
        csv.WriteRecord(result.Columns.ToArray());
        var fields = new string[result.Columns.Count];
        foreach (var row in result.Rows)
        {
            for (var i = 0; i < fields.Length; i++) fields[i] = row[i] is { } value ? Field(value) : "";
            csv.WriteRecord(fields);
        }
    }

    /// <summary>An array of objects, one per row, written with <see cref="Utf8JsonWriter"/> and handed on in chunks.</summary>
    private static void WriteJson(QueryResult result, TextWriter output)
    {
        if (result.Columns.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new DataSetException($"json needs a distinct name for each column, and {twice.Count()} columns are named '{twice.Key}'. Fix: name them apart with AS, e.g. SELECT p.PatronID AS PatronID, r.PatronID AS RegisteredPatronID");
        var names = result.Columns.Select(c => JsonEncodedText.Encode(c)).ToArray();
        var buffer = new ArrayBufferWriter<byte>(JsonChunk * 2);
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var row in result.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < names.Length; i++)
            {
                json.WritePropertyName(names[i]);
                WriteValue(json, row[i]);
            }
            json.WriteEndObject();
            if (json.BytesPending + buffer.WrittenCount >= JsonChunk) HandOn();
        }
        json.WriteEndArray();
        HandOn();
        output.WriteLine();

        void HandOn()
        {
            // A flush ends on a whole token, so the chunk never splits a character.
            json.Flush();
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case long l: json.WriteNumberValue(l); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            // SQLite keeps 1e999 as infinity, which JSON has no number for: the name, as System.Text.Json's named literals write it.
            case double d: json.WriteStringValue(d.ToString(CultureInfo.InvariantCulture)); break;
            case string s: json.WriteStringValue(s); break;
            case byte[] blob: json.WriteStringValue(Field(blob)); break;
            default: JsonSerializer.Serialize(json, value, value.GetType()); break;
        }
    }
}
