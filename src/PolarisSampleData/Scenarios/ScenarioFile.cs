using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolarisSampleData.Output;
using PolarisSampleData.Verification;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolarisSampleData.Scenarios;

/// <summary>
/// A scenario file: YAML a librarian can read, every setting under a comment that says what it does.
/// It is read strictly, as bad input: an unknown setting, a wrong type or an impossible value stops
/// with the file, line and column, and the fix. A setting left out keeps the plan's value.
/// </summary>
public static partial class ScenarioFile
{
    /// <summary>Far beyond any scenario; a larger file is not one and is not read.</summary>
    private const long MaxBytes = 1 << 20;

    private const string WindowKey = "window", VoiceCallsKey = "voiceCalls", EmailProvidersKey = "emailProviders";

    private static readonly string[] Settings = [WindowKey, VoiceCallsKey, EmailProvidersKey];

    /// <summary>The call outcomes by their names in the file, in <see cref="VoiceCallOutcomes"/>' order.</summary>
    private static readonly string[] CallOutcomeKeys = ["answered", "answeringMachine", "busy", "noAnswer", "hangUp"];

    public static ScenarioSettings Read(string path)
    {
        try
        {
            var file = new FileInfo(path);
            if (Directory.Exists(path))
                throw new DataSetException($"scenario '{path}' is a folder, not a file. Fix: pass a scenario file, e.g. one 'polaris-gen scenario init scenario.yaml' writes.");
            if (!file.Exists)
                throw new DataSetException($"scenario file '{path}' does not exist. Fix: write one with 'polaris-gen scenario init {path}' and edit it.");
            if (RegularFile.WhyNot(path) is { } why)
                throw new DataSetException($"scenario file '{path}' is {why}. Fix: pass the YAML file 'polaris-gen scenario init' writes.");
            if (file.Length > MaxBytes)
                throw new DataSetException($"scenario file '{path}' is larger than {MaxBytes >> 20} MB, far beyond a scenario. Fix: pass the YAML file 'polaris-gen scenario init' writes.");
            return Parse(File.ReadAllText(path, Encoding.UTF8), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataSetException($"scenario file '{path}' could not be read ({e.Message}). Fix: pass a readable file.", e);
        }
    }

    /// <param name="name">The file's name, for messages.</param>
    public static ScenarioSettings Parse(string text, string name)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw Problem(name, e.Start, Unmarked(e.Message), "write it as YAML, each setting once, as 'polaris-gen scenario init' does");
        }
        if (stream.Documents.Count > 1)
            throw Problem(name, stream.Documents[1].RootNode.Start, "a second YAML document", "keep one scenario in a file");
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return ScenarioSettings.Default;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw Problem(name, stream.Documents[0].RootNode.Start, "the file is not a list of settings (name: value)", $"start from 'polaris-gen scenario init'; the settings are {string.Join(", ", Settings)}");

        var settings = ScenarioSettings.Default;
        foreach (var (key, value) in root.Children)
        {
            settings = (key as YamlScalarNode)?.Value switch
            {
                WindowKey => settings with { Window = Window(name, value) },
                VoiceCallsKey => settings with { VoiceCalls = VoiceCalls(name, value) },
                EmailProvidersKey => settings with { EmailProviders = EmailProviders(name, value) },
                var unknown => throw Problem(name, key.Start, $"unknown setting '{unknown ?? key.ToString()}'", $"use one of {string.Join(", ", Settings)} (names are case-sensitive)"),
            };
        }
        return settings;
    }

    private static ScenarioWindow Window(string name, YamlNode node)
    {
        if (node is not YamlMappingNode entry)
            throw Problem(name, node.Start, $"{WindowKey} is not 'daysBack' and 'daysAhead'", "write it as 'window: { daysBack: 20, daysAhead: 10 }'");
        var window = ScenarioSettings.Default.Window;
        foreach (var (key, value) in entry.Children)
        {
            window = (key as YamlScalarNode)?.Value switch
            {
                "daysBack" => window with { DaysBack = Days(name, value, "daysBack", ScenarioWindow.MinDaysBack, ScenarioWindow.MaxDaysBack) },
                "daysAhead" => window with { DaysAhead = Days(name, value, "daysAhead", ScenarioWindow.MinDaysAhead, ScenarioWindow.MaxDaysAhead) },
                var unknown => throw Problem(name, key.Start, $"unknown window setting '{unknown ?? key.ToString()}'", "give the window a 'daysBack' and a 'daysAhead', nothing else"),
            };
        }
        return window;
    }

    private static VoiceCallOutcomes VoiceCalls(string name, YamlNode node)
    {
        var example = string.Join(", ", CallOutcomeKeys.Zip(ScenarioSettings.Default.VoiceCalls.Shares, (key, share) => FormattableString.Invariant($"{key}: {share}")));
        if (node is not YamlMappingNode entry)
            throw Problem(name, node.Start, $"{VoiceCallsKey} is not the share of each call outcome", $"write it as '{VoiceCallsKey}: {{ {example} }}'");
        var shares = new float?[CallOutcomeKeys.Length];
        foreach (var (key, value) in entry.Children)
        {
            var index = Array.IndexOf(CallOutcomeKeys, (key as YamlScalarNode)?.Value);
            if (index < 0)
                throw Problem(name, key.Start, $"unknown call outcome '{(key as YamlScalarNode)?.Value ?? key.ToString()}'", $"give the shares of {string.Join(", ", CallOutcomeKeys)}");
            shares[index] = float.TryParse(Scalar(value), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1 ? share
                : throw Problem(name, value.Start, $"{CallOutcomeKeys[index]} '{Scalar(value)}' is not a share from 0 to 1", "write the share of calls that end so, e.g. 0.1");
        }
        if (Array.IndexOf(shares, null) is var missing and >= 0)
            throw Problem(name, entry.Start, $"{VoiceCallsKey} has no share for {CallOutcomeKeys[missing]}", $"give all five: {example}");
        var total = shares.Sum(share => share!.Value);
        if (Math.Abs(total - 1) > ScenarioSettings.ShareTolerance)
            throw Problem(name, entry.Start, string.Create(CultureInfo.InvariantCulture, $"the call outcomes' shares add up to {total:0.###}, not 1"), "make the shares add up to 1");
        return new VoiceCallOutcomes(shares[0]!.Value, shares[1]!.Value, shares[2]!.Value, shares[3]!.Value, shares[4]!.Value);
    }

    private static int Days(string name, YamlNode node, string setting, int min, int max) =>
        int.TryParse(Scalar(node), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days >= min && days <= max ? days
            : throw Problem(name, node.Start, $"{setting} '{Scalar(node)}' is not a whole number of days from {min} to {max}",
                $"write e.g. '{setting}: {(min + max) / 2}'; the roster's stories need the plan's {min} at least");

    private static IReadOnlyList<EmailProvider> EmailProviders(string name, YamlNode node)
    {
        if (node is not YamlSequenceNode { Children.Count: > 0 } list)
            throw Problem(name, node.Start, $"{EmailProvidersKey} is not a list of providers", "give at least one '- domain: example.com' with its 'share: 1'");
        var providers = new List<EmailProvider>();
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode entry)
                throw Problem(name, item.Start, "an email provider is not 'domain' and 'share'", "write each as '- domain: example.com' and '  share: 0.5' below it");
            string? domain = null;
            float? share = null;
            foreach (var (key, value) in entry.Children)
            {
                switch ((key as YamlScalarNode)?.Value)
                {
                    case "domain":
                        domain = Scalar(value) is { } text && DomainName().IsMatch(text) ? text
                            : throw Problem(name, value.Start, $"'{Scalar(value)}' is not a mail domain", "write one in lower case, e.g. example.com (reserved: no mail to it is delivered)");
                        break;
                    case "share":
                        share = float.TryParse(Scalar(value), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= 1 ? number
                            : throw Problem(name, value.Start, $"share '{Scalar(value)}' is not a number above 0 and at most 1", "write the provider's share of patrons, e.g. 0.25");
                        break;
                    default:
                        throw Problem(name, key.Start, $"unknown email provider setting '{(key as YamlScalarNode)?.Value ?? key.ToString()}'", "give each provider a 'domain' and a 'share', nothing else");
                }
            }
            if (domain is null || share is null)
                throw Problem(name, entry.Start, $"an email provider without its {(domain is null ? "domain" : "share")}", "give each provider a 'domain' and a 'share'");
            if (providers.Any(p => p.Domain == domain))
                throw Problem(name, entry.Start, $"email provider {domain} is listed twice", "list each domain once, with its whole share");
            providers.Add(new EmailProvider(domain, share.Value));
        }
        var total = providers.Sum(p => p.Share);
        if (Math.Abs(total - 1) > ScenarioSettings.ShareTolerance)
            throw Problem(name, list.Start, string.Create(CultureInfo.InvariantCulture, $"the email providers' shares add up to {total:0.###}, not 1"), "make the shares add up to 1");
        return providers;
    }

    /// <summary>The settings in which <paramref name="settings"/> differs from the plan's world, by their names in the file.</summary>
    public static IEnumerable<string> Differences(ScenarioSettings settings)
    {
        if (settings.Window != ScenarioSettings.Default.Window) yield return WindowKey;
        if (settings.VoiceCalls != ScenarioSettings.Default.VoiceCalls) yield return VoiceCallsKey;
        if (!settings.EmailProviders.SequenceEqual(ScenarioSettings.Default.EmailProviders)) yield return EmailProvidersKey;
    }

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static DataSetException Problem(string name, Mark at, string problem, string fix) =>
        new($"{name}:{at.Line}:{at.Column}: {problem}. Fix: {fix}.");

    /// <summary>YAML's own message without the positions it puts first (the problem line gives them once).</summary>
    private static string Unmarked(string message) =>
        string.Join(' ', MarkPrefix().Replace(message, "").TrimEnd('.').Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();

    /// <summary>A lower-case host name of two or more labels.</summary>
    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$")]
    private static partial Regex DomainName();

    /// <summary>What each setting does, for the file's comments and the schema's descriptions alike.</summary>
    private static readonly string WindowHelp = string.Create(CultureInfo.InvariantCulture,
        $"The days of activity around today (--today): daysBack of history (notices, loans, holds and Shoutbomb's files; {ScenarioWindow.MinDaysBack} to {ScenarioWindow.MaxDaysBack}) and daysAhead of future (due dates, pick-up deadlines; {ScenarioWindow.MinDaysAhead} to {ScenarioWindow.MaxDaysAhead}).");

    private const string VoiceCallsHelp = "How a call to a working number ends, as shares of calls that add up to 1: answered by a person, by an answering machine, "
        + "busy, not answered, hung up on. The roster's disconnected number (M's story) fails every call whatever these say.";

    private const string EmailProvidersHelp = "The mail services patrons' email addresses are at, each with its share of patrons (the shares add up to 1). "
        + "A reserved domain such as example.com makes a test send impossible to deliver.";

    /// <summary>The scenario as a file: every setting with a comment that says what it does and its unit.</summary>
    public static string Render(ScenarioSettings settings)
    {
        var text = new StringBuilder();
        text.Append("""
            # polaris-gen scenario: the world a data set is generated from.
            # Use it with: polaris-gen generate --scenario FILE   (check it with: polaris-gen scenario check FILE)
            # Every setting is here with the plan's value; a setting left out keeps it.

            """).Append('\n');
        text.Append(Comment(WindowHelp)).Append(CultureInfo.InvariantCulture,
            $"{WindowKey}:\n  daysBack: {settings.Window.DaysBack}\n  daysAhead: {settings.Window.DaysAhead}\n\n");
        text.Append(Comment(VoiceCallsHelp)).Append(CultureInfo.InvariantCulture, $"{VoiceCallsKey}:\n");
        foreach (var (key, share) in CallOutcomeKeys.Zip(settings.VoiceCalls.Shares))
            text.Append(CultureInfo.InvariantCulture, $"  {key}: {share}\n");
        text.Append('\n');
        text.Append(Comment(EmailProvidersHelp)).Append(CultureInfo.InvariantCulture, $"{EmailProvidersKey}:\n");
        foreach (var provider in settings.EmailProviders)
            text.Append(CultureInfo.InvariantCulture, $"  - domain: {provider.Domain}\n    share: {provider.Share}\n");
        return text.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>A YAML comment, wrapped at spaces before column 100.</summary>
    private static string Comment(string text)
    {
        var comment = new StringBuilder();
        var line = new StringBuilder("#");
        foreach (var word in text.Split(' '))
        {
            if (line.Length + 1 + word.Length > 100)
            {
                comment.Append(line).Append('\n');
                line.Clear().Append('#');
            }
            line.Append(' ').Append(word);
        }
        return comment.Append(line).Append('\n').ToString();
    }

    /// <summary>
    /// A JSON Schema (2020-12) of the file, from the same names, bounds and descriptions the reader and
    /// <see cref="Render"/> use, so an editor's completion and validation agree with <c>scenario check</c>.
    /// </summary>
    public static string Schema()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.WriteString("title", "polaris-gen scenario");
            json.WriteString("description", "The world a polaris-gen data set is generated from; a setting left out keeps the plan's value.");
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("properties");

            json.WriteStartObject(WindowKey);
            json.WriteString("description", WindowHelp);
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("properties");
            Days(json, "daysBack", ScenarioWindow.MinDaysBack, ScenarioWindow.MaxDaysBack, ScenarioSettings.Default.Window.DaysBack);
            Days(json, "daysAhead", ScenarioWindow.MinDaysAhead, ScenarioWindow.MaxDaysAhead, ScenarioSettings.Default.Window.DaysAhead);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject(VoiceCallsKey);
            json.WriteString("description", VoiceCallsHelp);
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartArray("required");
            foreach (var key in CallOutcomeKeys) json.WriteStringValue(key);
            json.WriteEndArray();
            json.WriteStartObject("properties");
            foreach (var (key, share) in CallOutcomeKeys.Zip(ScenarioSettings.Default.VoiceCalls.Shares))
            {
                json.WriteStartObject(key);
                json.WriteString("type", "number");
                json.WriteNumber("minimum", 0);
                json.WriteNumber("maximum", 1);
                json.WriteNumber("default", share);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject(EmailProvidersKey);
            json.WriteString("description", EmailProvidersHelp);
            json.WriteString("type", "array");
            json.WriteNumber("minItems", 1);
            json.WriteStartObject("items");
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartArray("required");
            json.WriteStringValue("domain");
            json.WriteStringValue("share");
            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteStartObject("domain");
            json.WriteString("type", "string");
            json.WriteString("pattern", DomainName().ToString());
            json.WriteEndObject();
            json.WriteStartObject("share");
            json.WriteString("type", "number");
            json.WriteNumber("exclusiveMinimum", 0);
            json.WriteNumber("maximum", 1);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";

        static void Days(Utf8JsonWriter json, string name, int min, int max, int plan)
        {
            json.WriteStartObject(name);
            json.WriteString("type", "integer");
            json.WriteNumber("minimum", min);
            json.WriteNumber("maximum", max);
            json.WriteNumber("default", plan);
            json.WriteEndObject();
        }
    }
}
