using System.CommandLine;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Cli;

/// <summary><c>polaris-gen verify DIR</c>: load a data set, run every check, print the report; exit 1 when a check fails.</summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var folder = DataSetArgument();
        var format = Format();
        var today = CommonOptions.Today();
        today.Description = "The date the set was built around (yyyy-MM-dd); defaults to the today in manifest.json.";
        var scenario = new Option<string>("--scenario")
        {
            Description = "Judge the set by this scenario file instead of the one manifest.json records (or the plan's world).",
            HelpName = "FILE",
        }.NotEmpty("--scenario", "--scenario scenario.yaml");
        var quiet = CommonOptions.Quiet();
        var command = new Command("verify", "Check that a data set joins up: structure, the plan's four tests and its success criteria.") { folder, format.Option, today, scenario, quiet };
        command.SetAction(parse =>
        {
            VerifyReport report;
            using (var progress = ProgressLine.For(parse.InvocationConfiguration.Error, show: !parse.GetValue(quiet) && !Console.IsErrorRedirected))
                report = Verifier.Verify(parse.GetRequiredValue(folder), parse.GetValue(today), progress, parse.GetValue(scenario));
            ReportWriter.Write(report, format.ValueIn(parse), parse.InvocationConfiguration.Output);
            return report.Passed ? ExitCodes.Success : ExitCodes.ChecksFailed;
        });
        return command;
    }

    /// <summary>The data set folder, shared with trace.</summary>
    public static Argument<string> DataSetArgument() => new Argument<string>("DIR")
    {
        Description = "The data set folder, as generate wrote it.",
    }.NotEmpty("the data set folder", "./data");

    /// <summary>--format text|json, shared with trace.</summary>
    public static Choice<ReportFormat> Format() => CommonOptions.Choice("--format", "text (a readable table) or json (for programs).",
        ReportFormat.Text, ("text", ReportFormat.Text), ("json", ReportFormat.Json));
}
