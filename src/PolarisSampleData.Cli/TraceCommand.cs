using System.CommandLine;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Cli;

/// <summary><c>polaris-gen trace DIR --patron ID | --barcode B</c>: one patron's chain from registration to log; exit 1 for an unknown patron.</summary>
public static class TraceCommand
{
    public static Command Create()
    {
        var folder = VerifyCommand.DataSetArgument();
        var format = VerifyCommand.Format();
        var patron = new Option<long?>("--patron")
        {
            Description = "The patron's PatronID.",
            HelpName = "ID",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)) return id;
                result.AddError($"--patron must be a PatronID, a whole number (got '{text}'). Fix: pass e.g. --patron 100004, or a barcode with --barcode");
                return null;
            },
        };
        var barcode = new Option<string?>("--barcode") { Description = "The patron's barcode.", HelpName = "B" };
        var command = new Command("trace", "Show one patron's notices end to end: registration, holds and overdues, queue, history, logs.")
        {
            folder, patron, barcode, format.Option,
        };
        command.Validators.Add(result =>
        {
            // Whether each was given, not its value: a value that failed to parse has its own error already.
            if (result.GetResult(patron) is null == result.GetResult(barcode) is null)
                result.AddError("trace needs exactly one of --patron or --barcode. Fix: e.g. polaris-gen trace ./data --patron 100004");
        });
        command.SetAction(parse =>
        {
            var trace = Tracer.Trace(parse.GetRequiredValue(folder), parse.GetValue(patron), parse.GetValue(barcode));
            if (trace is null)
            {
                var which = parse.GetValue(patron) is { } id ? $"PatronID {id}" : $"barcode {parse.GetValue(barcode)}";
                parse.InvocationConfiguration.Error.WriteLine(
                    $"error: no patron with {which} in Polaris.Polaris.Patrons.csv. Fix: check the {(parse.GetValue(patron) is null ? "barcode" : "ID")}, or find it with polaris-gen verify.");
                return ExitCodes.ChecksFailed;
            }
            ReportWriter.Write(trace, format.ValueIn(parse), parse.InvocationConfiguration.Output);
            return ExitCodes.Success;
        });
        return command;
    }
}
