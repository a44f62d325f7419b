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
        var quiet = CommonOptions.Quiet();
        var command = new Command("verify", "Check that a data set joins up: structure, the plan's four tests and its success criteria.") { folder, format, today, quiet };
        command.SetAction(parse =>
        {
            using var progress = ProgressLine.For(parse.InvocationConfiguration.Error, show: !parse.GetValue(quiet) && !Console.IsErrorRedirected);
            var report = Verifier.Verify(parse.GetRequiredValue(folder), parse.GetValue(today), progress);
            ReportWriter.Write(report, parse.GetValue(format), parse.InvocationConfiguration.Output);
            return report.Passed ? ExitCodes.Success : ExitCodes.ChecksFailed;
        });
        return command;
    }

    /// <summary>The data set folder, shared with trace.</summary>
    public static Argument<string> DataSetArgument() => new("DIR")
    {
        Description = "The data set folder, as generate wrote it.",
    };

    /// <summary>--format text|json, shared with trace.</summary>
    public static Option<ReportFormat> Format() => new("--format")
    {
        Description = "text (a readable table) or json (for programs).",
        DefaultValueFactory = _ => ReportFormat.Text,
    };
}
