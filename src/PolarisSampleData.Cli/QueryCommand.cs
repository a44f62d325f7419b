using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
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
        var format = new Option<QueryFormat>("--format")
        {
            Description = "table (aligned columns), csv or json.",
            DefaultValueFactory = _ => QueryFormat.Table,
        };
        var command = new Command("query", "Run a read-only SQL query over a data set.") { folder, sql, format };
        command.SetAction(parse =>
        {
            var result = UserQuery.Run(parse.GetRequiredValue(folder), parse.GetRequiredValue(sql));
            var output = parse.InvocationConfiguration.Output;
            switch (parse.GetValue(format))
            {
                case QueryFormat.Csv: WriteCsv(result, output); break;
                case QueryFormat.Json: WriteJson(result, output); break;
                default: WriteTable(result, output); break;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Text(object? value) => value switch
    {
        null => "NULL",
        double d => d.ToString("0.############", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void WriteTable(QueryResult result, TextWriter output)
    {
        var cells = result.Rows.Select(r => r.Select(Text).ToArray()).ToList();
        var widths = result.Columns.Select((c, i) => cells.Select(r => r[i].Length).Append(c.Length).Max()).ToArray();
        output.WriteLine(string.Join("  ", result.Columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        foreach (var row in cells)
            output.WriteLine(string.Join("  ", row.Select((v, i) => v.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({result.Rows.Count} rows)"));
    }

    private static void WriteCsv(QueryResult result, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, Output.CsvFormat.WriterOptions(',') with { HasHeader = false }, leaveOpen: true);
        csv.WriteRecord(result.Columns.ToArray());
        foreach (var row in result.Rows)
            csv.WriteRecord(row.Select(v => v is null ? "" : Text(v)).ToArray());
    }

    private static void WriteJson(QueryResult result, TextWriter output)
    {
        var rows = result.Rows.Select(row => result.Columns.Select((c, i) => (c, v: row[i])).ToDictionary(p => p.c, p => p.v));
        output.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
    }
}
