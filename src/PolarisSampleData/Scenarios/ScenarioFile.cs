using System.Globalization;
using System.Text;
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

    private const string WindowKey = "window", EmailProvidersKey = "emailProviders";

    private static readonly string[] Settings = [WindowKey, EmailProvidersKey];

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

    /// <summary>The scenario as a file: every setting with a comment that says what it does and its unit.</summary>
    public static string Render(ScenarioSettings settings)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            # polaris-gen scenario: the world a data set is generated from.
            # Use it with: polaris-gen generate --scenario FILE   (check it with: polaris-gen scenario check FILE)
            # Every setting is here with the plan's value; a setting left out keeps it.

            # The days of activity around today (--today): daysBack of history (notices, loans, holds and
            # Shoutbomb's files; {ScenarioWindow.MinDaysBack} to {ScenarioWindow.MaxDaysBack}) and daysAhead of future (due dates, pick-up deadlines; {ScenarioWindow.MinDaysAhead} to {ScenarioWindow.MaxDaysAhead}).
            window:
              daysBack: {settings.Window.DaysBack}
              daysAhead: {settings.Window.DaysAhead}

            # The mail services patrons' email addresses are at, each with its share of patrons (the shares
            # add up to 1). A reserved domain such as example.com makes a test send impossible to deliver.
            emailProviders:

            """);
        foreach (var provider in settings.EmailProviders)
            text.Append(CultureInfo.InvariantCulture, $"  - domain: {provider.Domain}\n    share: {provider.Share}\n");
        return text.ToString().ReplaceLineEndings("\n");
    }
}
