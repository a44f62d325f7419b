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
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<DateOnly> localDate)
    {
        var root = new RootCommand("polaris-gen: realistic, joined, privacy-safe Polaris notification sample data.")
        {
            GenerateCommand.Create(localDate),
            QueryCommand.Create(),
            VerifyCommand.Create(),
            TraceCommand.Create(),
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
