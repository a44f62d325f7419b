using System.CommandLine;
using System.Globalization;
using PolarisSampleData.Generation;
using PolarisSampleData.Output;
using PolarisSampleData.Scenarios;

namespace PolarisSampleData.Cli;

/// <summary><c>polaris-gen generate</c>: parse, generate the world, write the data set, print a summary.</summary>
public static class GenerateCommand
{
    public static Command Create(Func<DateOnly> localDate, Interruption interruption)
    {
        var seed = CommonOptions.Seed();
        var today = CommonOptions.Today();
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder to write the data set into (created if missing).",
            DefaultValueFactory = _ => "./data",
        }.NotEmpty("--out", "--out ./data");
        var force = new Option<bool>("--force")
        {
            Description = "Replace the --out folder if it holds an earlier polaris-gen data set.",
        };
        // No DefaultValueFactory: help would print the enum's spelling of it (Csv); the description says it.
        var formats = new Option<OutputFormats?>("--format")
        {
            Description = "What to write: csv, sqlite, mssql or a comma-separated mix (mssql brings the CSV files it loads). Default: csv.",
            HelpName = "csv,sqlite,mssql",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                var (parsed, unknown) = OutputFormatNames.Parse(text);
                if (parsed is { } known) return known;
                result.AddError($"--format does not know '{unknown}'. Fix: pass csv, sqlite, mssql or a comma-separated mix, e.g. --format csv,sqlite");
                return null;
            },
        };
        // No DefaultValueFactory: the default is the roster's size, the plan's 25 or the scenario's.
        var patrons = new Option<int?>("--patrons")
        {
            Description = $"How many patrons (default: the roster, the plan's 25 or the scenario's; larger sets repeat its mix). At most {GenerationOptions.MaxPatrons:N0}.",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= GenerationOptions.MaxPatrons)
                    return count;
                result.AddError($"--patrons must be a whole number from 1 to {GenerationOptions.MaxPatrons} (got '{text}'), and no fewer than the roster's patrons (the plan's {Roster.Size}); 14-digit barcodes allow no more. Fix: pass e.g. --patrons 10000");
                return null;
            },
        };
        var scenario = new Option<string>("--scenario")
        {
            Description = "A scenario file (YAML) that sets your library's world; 'polaris-gen scenario init FILE' writes the default, the plan's.",
            HelpName = "FILE",
        }.NotEmpty("--scenario", "--scenario scenario.yaml");
        var quiet = CommonOptions.Quiet();
        var command = new Command("generate", "Generate a joined Polaris notification data set.") { seed, output, today, force, formats, patrons, scenario, quiet };
        command.SetAction(parse =>
        {
            // Read before anything is written: a bad scenario leaves --out as it was.
            var settings = parse.GetValue(scenario) is { } file ? ScenarioFile.Read(file) : ScenarioSettings.Default;
            var options = new GenerationOptions(parse.GetValue(seed), parse.GetValue(today) ?? localDate(), parse.GetValue(patrons) ?? settings.RosterSize)
            {
                Scenario = settings,
            };
            if (options.PatronsProblem() is { } problem) throw new DataSetException(problem);
            DataSetSummary summary;
            using (var progress = ProgressLine.For(parse.InvocationConfiguration.Error, show: !parse.GetValue(quiet) && !Console.IsErrorRedirected))
            {
                interruption.StopsItself = true;
                summary = DataSetWriter.Generate(options, parse.GetRequiredValue(output), parse.GetValue(force),
                    parse.GetValue(formats) ?? OutputFormats.Csv, progress, line => parse.InvocationConfiguration.Error.WriteLine($"polaris-gen: {line}"), interruption.Requested);
            }
            PrintSummary(parse.InvocationConfiguration.Output, summary);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void PrintSummary(TextWriter output, DataSetSummary summary)
    {
        var files = summary.Manifest.Files;
        var width = files.Max(f => f.Name.Length);
        output.WriteLine(FormattableString.Invariant($"{"file".PadRight(width)}  {"rows",8}"));
        foreach (var file in files)
            output.WriteLine(FormattableString.Invariant($"{file.Name.PadRight(width)}  {file.Rows,8}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} files, {files.Sum(f => f.Rows)} rows written to {summary.Folder} (seed {summary.Manifest.Seed}, today {summary.Manifest.Today})"));
    }
}
