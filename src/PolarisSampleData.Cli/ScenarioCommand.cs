using System.CommandLine;
using PolarisSampleData.Output;
using PolarisSampleData.Scenarios;

namespace PolarisSampleData.Cli;

/// <summary>
/// <c>polaris-gen scenario init FILE</c> writes the default scenario (the plan's world), every setting under
/// a comment; <c>polaris-gen scenario check FILE</c> validates one, as <c>generate --scenario</c> will read it;
/// <c>polaris-gen scenario schema</c> prints its JSON Schema.
/// </summary>
public static class ScenarioCommand
{
    public static Command Create() => new("scenario", "Write or check a scenario file: your library's world, for generate --scenario.")
    {
        Init(),
        Check(),
        Schema(),
    };

    private static Command Init()
    {
        var file = File("The scenario file to write, e.g. scenario.yaml.");
        var force = new Option<bool>("--force") { Description = "Replace FILE if it exists." };
        var init = new Command("init", "Write the default scenario (the plan's world), every setting with a comment saying what it does.") { file, force };
        init.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            if (Directory.Exists(path))
                throw new DataSetException($"'{path}' is a folder, not a file. Fix: pass a file name, e.g. {System.IO.Path.Combine(path, "scenario.yaml")}.");
            if (System.IO.File.Exists(path) && !parse.GetValue(force))
                throw new DataSetException($"'{path}' already exists. Fix: pass --force to replace it, or another file name.");
            Write(path, ScenarioFile.Render(ScenarioSettings.Default));
            parse.InvocationConfiguration.Output.WriteLine(
                $"wrote the default scenario to {path}. Edit it, check it with 'polaris-gen scenario check {path}', use it with 'polaris-gen generate --scenario {path}'.");
            return ExitCodes.Success;
        });
        return init;
    }

    private static Command Check()
    {
        var file = File("The scenario file to check.");
        var check = new Command("check", "Check a scenario file as generate --scenario reads it: exit 0 when it is valid, 2 with the line to fix when not.") { file };
        check.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var settings = ScenarioFile.Read(path);
            parse.InvocationConfiguration.Output.WriteLine(settings.IsDefault
                ? $"{path}: a valid scenario, the plan's world"
                : $"{path}: a valid scenario, differing from the plan's world in {string.Join(", ", ScenarioFile.Differences(settings))}");
            return ExitCodes.Success;
        });
        return check;
    }

    private static Command Schema()
    {
        var schema = new Command("schema", "Print the JSON Schema of scenario files, for an editor to complete and validate them (save it beside your scenario).");
        schema.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(ScenarioFile.Schema());
            return ExitCodes.Success;
        });
        return schema;
    }

    private static Argument<string> File(string description) => new Argument<string>("FILE") { Description = description }
        .NotEmpty("the scenario file", "scenario.yaml");

    /// <summary>Written beside the file and moved over it, so a reader never sees half a scenario.</summary>
    private static void Write(string path, string text)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            System.IO.File.WriteAllText(temporary, text);
            System.IO.File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (System.IO.File.Exists(temporary)) System.IO.File.Delete(temporary);
            throw new DataSetException($"could not write '{path}' ({e.Message}). Fix: pass a file in a folder you can write to.", e);
        }
    }
}
