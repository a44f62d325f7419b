using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using PolarisSampleData.Output;

namespace PolarisSampleData.Cli;

/// <summary>
/// The command line: builds the commands, turns every parse error or user mistake into one line on
/// stderr with a documented exit code, and never shows a stack trace.
/// </summary>
public static class PolarisCli
{
    /// <param name="interruption">The signals that stop the run; none when polaris-gen runs inside another program.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<DateOnly> localDate, Interruption? interruption = null)
    {
        interruption ??= Interruption.Unheard();
        var root = new RootCommand("polaris-gen: realistic, joined, privacy-safe Polaris notification sample data.")
        {
            GenerateCommand.Create(localDate, interruption),
            QueryCommand.Create(),
            VerifyCommand.Create(),
            TraceCommand.Create(),
            ScenarioCommand.Create(),
        };
        root.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("error: no command given. Fix: run 'polaris-gen generate' or see 'polaris-gen --help'.");
            return ExitCodes.BadInput;
        });

        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            stderr.WriteLine(OneLine(parse.Errors[0]));
            return ExitCodes.BadInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = new GuardedOutput(stdout), Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception) when (interruption.Requested.IsCancellationRequested)
        {
            // The run stopped on a signal and has removed what it made; what broke on the way is the signal's
            // doing. A run that does not stop itself is being ended by the signal's handler, which says so.
            if (interruption.StopsItself)
                stderr.WriteLine("interrupted: stopped, and removed what this run had written; any earlier data set is as it was.");
            return interruption.ExitCode;
        }
        catch (DataSetException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"error: internal error ({e.GetType().Name}: {e.Message}). Fix: report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }

    private static string OneLine(ParseError error)
    {
        var message = string.Join(' ', error.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (message.Contains("Fix:", StringComparison.Ordinal)) return $"error: {message}";
        var command = error.SymbolResult switch
        {
            CommandResult c when c.Parent is not null => $"polaris-gen {c.Command.Name}",
            { Parent: CommandResult { Parent: not null } c } => $"polaris-gen {c.Command.Name}",
            _ => "polaris-gen",
        };
        return $"error: {message.TrimEnd('.')}. Fix: see '{command} --help'.";
    }
}
