using System.Globalization;
using System.Text.Json;
using PolarisSampleData.Output;

namespace PolarisSampleData.Verification;

/// <summary>How verify and trace print: a table for people, JSON for programs.</summary>
public enum ReportFormat
{
    Text,
    Json,
}

/// <summary>Writes verify reports and patron traces as text or JSON.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static void Write(VerifyReport report, ReportFormat format, TextWriter output)
    {
        if (format == ReportFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                report.Folder,
                Today = CsvFormat.Day(report.Today),
                report.TodaySource,
                report.ScenarioSource,
                report.Files,
                report.Rows,
                Result = report.Passed ? "pass" : "fail",
                Checks = report.Results.Select(r => new
                {
                    r.Check.Name,
                    r.Check.Description,
                    Severity = Lower(r.Check.Severity),
                    Result = Lower(r.Status),
                    r.Count,
                    FirstProblem = r.First,
                    r.Sql,
                }),
            }, Json));
            return;
        }

        var scenario = report.ScenarioSource is { } source ? $", the scenario in {source}" : "";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"verify {report.Folder}: {report.Files} files, {report.Rows} rows, today {CsvFormat.Day(report.Today)} (from {report.TodaySource}){scenario}"));
        output.WriteLine();
        var width = Math.Max("check".Length, report.Results.Max(r => r.Check.Name.Length));
        output.WriteLine($"{"check".PadRight(width)}  result  {"count",7}  first problem");
        foreach (var result in report.Results)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Check.Name.PadRight(width)}  {result.Status.ToString().ToUpperInvariant(),-6}  {result.Count,7}  {TerminalText.Escape(Describe(result.First))}").TrimEnd());
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Results.Count} checks: {report.Count(CheckStatus.Pass)} passed, {report.Count(CheckStatus.Warn)} warned, "
            + $"{report.Count(CheckStatus.Fail)} failed, {report.Count(CheckStatus.Skip)} skipped"));
    }

    public static void Write(PatronTrace trace, ReportFormat format, TextWriter output)
    {
        if (format == ReportFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                trace.Folder,
                trace.PatronId,
                trace.Barcode,
                Stages = trace.Stages.Select(s => new
                {
                    s.Name,
                    s.Available,
                    Rows = s.Rows.Select(row => row.ToDictionary(f => f.Name, f => f.Value)),
                }),
            }, Json));
            return;
        }

        // What the data set holds reaches a terminal here, so it goes through TerminalText; the folder is the
        // user's own path (escaped, a Windows path would show its backslashes doubled).
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"patron {trace.PatronId}, barcode {TerminalText.Escape(trace.Barcode ?? "(none)")} in {trace.Folder}"));
        foreach (var stage in trace.Stages)
        {
            output.WriteLine();
            output.WriteLine(stage.Name);
            if (!stage.Available) output.WriteLine("  (not in this data set)");
            else if (stage.Rows.Count == 0) output.WriteLine("  (none)");
            foreach (var row in stage.Rows)
            {
                // The first column is the stage's date; NULL fields are left out so a line shows what is there.
                var fields = row.Skip(1).Where(f => f.Value is not null).Select(f => $"{f.Name}={Value(f.Value)}");
                var date = TerminalText.Escape(Convert.ToString(row[0].Value, CultureInfo.InvariantCulture) ?? "-");
                output.WriteLine($"  {date,-23}  {string.Join(' ', fields)}".TrimEnd());
            }
        }
    }

    /// <summary><c>file:line (key K): problem</c>, leaving out what the problem does not have.</summary>
    private static string Describe(Problem? problem) => problem is null
        ? ""
        : string.Create(CultureInfo.InvariantCulture,
            $"{problem.File}{(problem.Line is { } line ? $":{line}" : "")}{(problem.Key is { } key ? $" (key {key})" : "")}: {problem.Text}");

    private static string Value(object? value)
    {
        var text = TerminalText.Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "-");
        return text.Any(char.IsWhiteSpace) ? $"\"{text}\"" : text;
    }

    private static string Lower<T>(T value) where T : Enum => value.ToString().ToLowerInvariant();
}
