using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PolarisSampleData.Generation;
using PolarisSampleData.Output;
using PolarisSampleData.Scheduling;
using PolarisSampleData.Verification;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
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

    private const string WindowKey = "window", NoticeScheduleKey = "noticeSchedule", ShoutbombRunsKey = "shoutbombRuns", VoiceCallsKey = "voiceCalls",
        EmailProvidersKey = "emailProviders", LanguagesKey = "languages", BranchesKey = "branches", RosterKey = "roster", BatchHoursKey = "batchHours", FailingNumberBlocksKey = "failingNumberBlocks";

    private static readonly string[] Settings = [WindowKey, BatchHoursKey, NoticeScheduleKey, ShoutbombRunsKey, VoiceCallsKey, EmailProvidersKey, BranchesKey, LanguagesKey, RosterKey, FailingNumberBlocksKey];

    /// <summary>The daily exports by their names in the file, each with its time and how to set it; the holds runs are a list of their own.</summary>
    private static readonly (string Key, Func<ShoutbombRunTimes, TimeOnly> Get, Func<ShoutbombRunTimes, TimeOnly, ShoutbombRunTimes> Set)[] DailyRuns =
    [
        ("voicePatrons", r => r.VoicePatrons, (r, at) => r with { VoicePatrons = at }),
        ("textPatrons", r => r.TextPatrons, (r, at) => r with { TextPatrons = at }),
        ("renew", r => r.Renew, (r, at) => r with { Renew = at }),
        ("overdue", r => r.Overdue, (r, at) => r with { Overdue = at }),
    ];

    private const string HoldsRunsKey = "holds";

    /// <summary>The notice schedule's days by their names in the file, each with its value and how to set it.</summary>
    private static readonly (string Key, Func<NoticeSchedule, int> Get, Func<NoticeSchedule, int, NoticeSchedule> Set)[] ScheduleDays =
    [
        ("holdShelfDays", s => s.HoldShelfDays, (s, days) => s with { HoldShelfDays = days }),
        ("secondHoldNoticeDays", s => s.SecondHoldNoticeDays, (s, days) => s with { SecondHoldNoticeDays = days }),
        ("firstOverdueDays", s => s.FirstOverdueDays, (s, days) => s with { FirstOverdueDays = days }),
        ("secondOverdueDays", s => s.SecondOverdueDays, (s, days) => s with { SecondOverdueDays = days }),
        ("thirdOverdueDays", s => s.ThirdOverdueDays, (s, days) => s with { ThirdOverdueDays = days }),
        ("billDays", s => s.BillDays, (s, days) => s with { BillDays = days }),
        ("reminderDaysBeforeDue", s => s.ReminderDaysBeforeDue, (s, days) => s with { ReminderDaysBeforeDue = days }),
    ];

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
            Prescan(text, name);
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
        YamlNode? schedule = null, runs = null, batchHours = null;
        foreach (var (key, value) in root.Children)
        {
            settings = Scalar(key) switch
            {
                WindowKey => settings with { Window = Window(name, value) },
                NoticeScheduleKey => settings with { NoticeSchedule = Schedule(name, schedule = value) },
                ShoutbombRunsKey => settings with { ShoutbombRuns = ShoutbombRuns(name, runs = value) },
                BatchHoursKey => settings with { BatchHours = Batches(name, batchHours = value) },
                VoiceCallsKey => settings with { VoiceCalls = VoiceCalls(name, value) },
                EmailProvidersKey => settings with { EmailProviders = EmailProviders(name, value) },
                BranchesKey => settings with { Branches = Branches(name, value) },
                LanguagesKey => settings with { Languages = Languages(name, value) },
                RosterKey => settings with { Roster = Cast(name, value) },
                FailingNumberBlocksKey => settings with
                {
                    FailingNumberBlocks = int.TryParse(Number(value), NumberStyles.None, CultureInfo.InvariantCulture, out var blocks) && blocks is >= 1 and <= ScenarioSettings.MaxFailingNumberBlocks
                        ? blocks
                        : throw Problem(name, value, $"{FailingNumberBlocksKey} '{Scalar(value)}' is not a whole number from 1 to {ScenarioSettings.MaxFailingNumberBlocks}",
                            $"write how many roster blocks share one telling of the failing numbers' stories, e.g. '{FailingNumberBlocksKey}: 1' for every block"),
                },
                _ => throw Unknown(name, key, "setting", $"use one of {string.Join(", ", Settings)} (names are case-sensitive)"),
            };
        }
        if (schedule is not null && ScheduleProblem(settings.NoticeSchedule, settings.Window, settings.Roster) is var (problem, fix))
            throw Problem(name, schedule.Start, problem, fix);
        // The exports' times are judged against the batches, which may come after them in the file.
        if ((runs ?? batchHours) is { } timing && RunsProblem(settings.ShoutbombRuns, settings.BatchHours) is var (runsProblem, runsFix))
            throw Problem(name, timing.Start, runsProblem, runsFix);
        return settings;
    }

    /// <summary>A scenario is a few plain settings nested two deep; deeper nesting would overflow the loader's stack.</summary>
    private const int MaxDepth = 8;

    /// <summary>
    /// Reads the file's events before its tree is built, and refuses what a scenario never needs but a hostile
    /// file can use: anchors and aliases (an alias as a key is hashed at exponential cost), tags (a tagged
    /// key escapes the duplicate-key check) and nesting past <see cref="MaxDepth"/>.
    /// </summary>
    private static void Prescan(string text, string name)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (current is AnchorAlias)
                throw Problem(name, current.Start, "an alias (*name)", "write each value out; a scenario needs no anchors or aliases");
            if (current is NodeEvent { Anchor.IsEmpty: false })
                throw Problem(name, current.Start, "an anchor (&name)", "write each value out; a scenario needs no anchors or aliases");
            if (current is NodeEvent { Tag.IsEmpty: false } tagged)
                throw Problem(name, current.Start, $"a tag ({tagged.Tag})", "leave tags out and write plain values");
            if (current is MappingStart or SequenceStart && ++depth > MaxDepth)
                throw Problem(name, current.Start, $"settings nested more than {MaxDepth} deep", "write the settings as 'scenario init' does");
            if (current is MappingEnd or SequenceEnd) depth--;
        }
    }

    private static NoticeSchedule Schedule(string name, YamlNode node)
    {
        if (node is not YamlMappingNode entry)
            throw Problem(name, node.Start, $"{NoticeScheduleKey} is not a list of days", $"write it as '{NoticeScheduleKey}:' with any of {string.Join(", ", ScheduleDays.Select(d => d.Key))} below it");
        var schedule = ScenarioSettings.Default.NoticeSchedule;
        foreach (var (key, value) in entry.Children)
        {
            var day = Array.FindIndex(ScheduleDays, d => d.Key == Scalar(key));
            if (day < 0)
                throw Unknown(name, key, "notice schedule setting", $"use any of {string.Join(", ", ScheduleDays.Select(d => d.Key))}");
            schedule = ScheduleDays[day].Set(schedule, Days(name, value, ScheduleDays[day].Key, 1, NoticeSchedule.MaxOverdueDays,
                $"{ScheduleDays[day].Get(ScenarioSettings.Default.NoticeSchedule)}' (the plan's)"));
        }
        return schedule;
    }

    private static ShoutbombRunTimes ShoutbombRuns(string name, YamlNode node)
    {
        if (node is not YamlMappingNode entry)
            throw Problem(name, node.Start, $"{ShoutbombRunsKey} is not the exports' times", $"write '{ShoutbombRunsKey}:' with any of {string.Join(", ", DailyRuns.Select(r => r.Key))}, {HoldsRunsKey} below it");
        var runs = ScenarioSettings.Default.ShoutbombRuns;
        foreach (var (key, value) in entry.Children)
        {
            var setting = Scalar(key);
            var daily = Array.FindIndex(DailyRuns, r => r.Key == setting);
            if (daily >= 0) runs = DailyRuns[daily].Set(runs, Time(name, value, setting!));
            else if (setting == HoldsRunsKey && value is YamlSequenceNode { Children.Count: > 0 and <= MaxHoldsRuns } holds)
                runs = runs with { Holds = [.. holds.Children.Select(run => Time(name, run, HoldsRunsKey)).Distinct().Order()] };
            else if (setting == HoldsRunsKey)
                throw Problem(name, value.Start, $"{HoldsRunsKey} is not a list of 1 to {MaxHoldsRuns} times", "write e.g. 'holds: [\"08:05\", \"13:05\"]'");
            else
                throw Unknown(name, key, "Shoutbomb export", $"use any of {string.Join(", ", DailyRuns.Select(r => r.Key))}, {HoldsRunsKey}");
        }
        return runs;
    }

    private const int MaxHoldsRuns = 8;

    private static BatchHours Batches(string name, YamlNode node)
    {
        var hours = Pair(name, node, BatchHoursKey, "batch hours", "batchHours: { first: 9, last: 17 }", ScenarioSettings.Default.BatchHours,
            ("first", (hours, value) => hours with { First = Hour(name, value, "first", BatchHours.EarliestFirst, BatchHours.LatestFirst) }),
            ("last", (hours, value) => hours with { Last = Hour(name, value, "last", BatchHours.EarliestFirst + BatchHours.FewestBatches - 1, BatchHours.LatestLast) }));
        if (hours.Problem is { } problem)
            throw Problem(name, node.Start, problem, $"keep {BatchHours.FewestBatches} batches at least (the account, overdue and a hold batch), the last by {BatchHours.LatestLast}");
        return hours;
    }

    /// <summary>
    /// A setting of two named values, each read by its own reader over the plan's value: the window, the batch hours.
    /// <paramref name="noun"/> names it in a problem, <paramref name="example"/> shows it written.
    /// </summary>
    private static T Pair<T>(string name, YamlNode node, string key, string noun, string example, T plan,
        (string Key, Func<T, YamlNode, T> Read) first, (string Key, Func<T, YamlNode, T> Read) second)
    {
        if (node is not YamlMappingNode entry)
            throw Problem(name, node.Start, $"{key} is not '{first.Key}' and '{second.Key}'", $"write it as '{example}'");
        var value = plan;
        foreach (var (field, text) in entry.Children)
        {
            value = Scalar(field) == first.Key ? first.Read(value, text)
                : Scalar(field) == second.Key ? second.Read(value, text)
                : throw Unknown(name, field, $"{noun} setting", $"give the {noun} a '{first.Key}' and a '{second.Key}', nothing else");
        }
        return value;
    }

    private static int Hour(string name, YamlNode node, string setting, int min, int max) =>
        int.TryParse(Number(node), NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour >= min && hour <= max ? hour
            : throw Problem(name, node, $"{setting} '{Scalar(node)}' is not an hour from {min} to {max}", $"write the hour of the {setting} batch, e.g. '{setting}: {(setting == "first" ? 9 : 17)}'");

    /// <summary>HH:mm, as the schema gives it to an editor.</summary>
    private const string TimePattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    private static TimeOnly Time(string name, YamlNode node, string setting) =>
        TimeOnly.TryParseExact(Scalar(node), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at
            : throw Problem(name, node.Start, $"{setting} time '{Scalar(node)}' is not HH:mm", $"write a time of day in 24 hours and quotes, e.g. \"08:05\"");

    /// <summary>
    /// The overdue file runs after the night's notice processing and before the overdue batch sends what it carries; one
    /// holds run comes in the first half of a hold batch's hour, so the phone hold notices it carries still leave in that batch.
    /// </summary>
    private static (string Problem, string Fix)? RunsProblem(ShoutbombRunTimes runs, BatchHours batches)
    {
        if (runs.Overdue <= TimeScheduler.OvernightProcessing || runs.Overdue >= batches.OverdueBatch)
            return ($"the overdue run at {runs.Overdue:HH:mm} is not between the night's notice processing ({TimeScheduler.OvernightProcessing:HH:mm}) and the overdue notices' batch ({batches.OverdueBatch:HH:mm})",
                "run it in the early morning, e.g. \"08:04\"");
        if (!runs.Holds.Any(at => batches.HoldBatches.Any(batch => batch.Hour == at.Hour) && at.Minute < 30))
            return ($"no holds run comes in the first half hour of a hold batch ({string.Join(", ", batches.HoldBatches.Select(b => b.ToString("HH:mm", CultureInfo.InvariantCulture)))})",
                "add one, e.g. \"13:05\", so phone hold notices have an upload to go out after");
        if (runs.Holds.Any(at => batches.HoldBatches.Any(batch => batch.Hour == at.Hour) && at.Minute >= 30))
            return ("a holds run comes late in a hold batch's hour, after which its notices could not leave in that batch", "run it in the hour's first half, e.g. \"13:05\"");
        return null;
    }

    /// <summary>The schedule's days in the order they happen, and a shelf period the window holds (a trapped copy and its deadline inside it).</summary>
    private static (string Problem, string Fix)? ScheduleProblem(NoticeSchedule schedule, ScenarioWindow window, IReadOnlyList<RosterEntry> cast)
    {
        var maxShelf = Math.Min(Math.Min(NoticeSchedule.MaxHoldShelfDays, window.DaysAhead), window.DaysBack - 2);
        if (schedule.HoldShelfDays < NoticeSchedule.MinHoldShelfDays || schedule.HoldShelfDays > maxShelf)
            return ($"holdShelfDays {schedule.HoldShelfDays} is not from {NoticeSchedule.MinHoldShelfDays} to {maxShelf}",
                "keep the shelf period inside the window: at most window.daysAhead, and two days less than window.daysBack");
        if (schedule.SecondHoldNoticeDays < 1 || schedule.SecondHoldNoticeDays >= schedule.HoldShelfDays)
            return ($"secondHoldNoticeDays {schedule.SecondHoldNoticeDays} is not inside the shelf period ({schedule.HoldShelfDays} days)", "send the second pick-up notice while the copy is still on the shelf");
        if (schedule.FirstOverdueDays < 1 || schedule.BillDays > NoticeSchedule.MaxOverdueDays || !schedule.OverdueDays.Zip(schedule.OverdueDays.Skip(1)).All(pair => pair.First < pair.Second))
            return ($"the overdue days {string.Join(", ", schedule.OverdueDays)} are not in order from 1 to {NoticeSchedule.MaxOverdueDays}", "give firstOverdueDays < secondOverdueDays < thirdOverdueDays < billDays");
        // The roster's busiest borrower has this many items overdue on distinct days, each past its 1st notice.
        var distinctDueDays = cast.Where(e => e.Count > 0).Select(e => Roster.Find(e.Patron)?.Overdues ?? 0).DefaultIfEmpty(0).Max();
        if (schedule.FirstOverdueDays > window.DaysBack - distinctDueDays + 1)
            return ($"firstOverdueDays {schedule.FirstOverdueDays} leaves too few days in the window for the roster's {distinctDueDays} overdue items of one patron",
                $"send the 1st notice by day {window.DaysBack - distinctDueDays + 1}, or lengthen window.daysBack");
        if (schedule.ReminderDaysBeforeDue is < 1 or > NoticeSchedule.MaxReminderDays)
            return ($"reminderDaysBeforeDue {schedule.ReminderDaysBeforeDue} is not from 1 to {NoticeSchedule.MaxReminderDays}", "remind a few days before the due date, e.g. 3");
        return null;
    }

    /// <summary>
    /// What is wrong with a scenario that did not come through <see cref="Parse"/> (a hand-edited manifest's), in
    /// the reader's words; null when it is one the reader accepts.
    /// </summary>
    public static string? ProblemWith(ScenarioSettings settings)
    {
        if (settings is not { Window: { } window, NoticeSchedule: { } schedule, VoiceCalls: { } calls, EmailProviders: { Count: > 0 } providers }
            || providers.Any(p => p?.Domain is null))
            return "a setting is missing or empty";
        if (window.DaysBack is < ScenarioWindow.MinDaysBack or > ScenarioWindow.MaxDaysBack || window.DaysAhead is < ScenarioWindow.MinDaysAhead or > ScenarioWindow.MaxDaysAhead)
            return $"the window of {window.DaysBack} days back and {window.DaysAhead} ahead is not {ScenarioWindow.MinDaysBack}-{ScenarioWindow.MaxDaysBack} back and {ScenarioWindow.MinDaysAhead}-{ScenarioWindow.MaxDaysAhead} ahead";
        if (settings.Branches is not { Count: > 0 and <= MaxBranches } branches || branches.Any(b => b?.Name is null || b.Abbreviation is null || !BranchName().IsMatch(b.Name)
                || !BranchAbbreviation().IsMatch(b.Abbreviation) || b.Share is not (> 0 and <= 1))
            || branches[0].Name != ScenarioSettings.Default.Branches[0].Name || branches[0].Abbreviation != ScenarioSettings.Default.Branches[0].Abbreviation
            || branches.DistinctBy(b => b.Name).Count() < branches.Count || branches.DistinctBy(b => b.Abbreviation).Count() < branches.Count
            || Math.Abs(branches.Sum(b => b.Share) - 1) > ScenarioSettings.ShareTolerance)
            return "the branches are not the library's own first and then distinct branches, with shares above 0 adding up to 1";
        if (settings.Languages is not { Count: > 0 } languages || languages.Any(l => l is null || Domain.Language.Named(l.Language) is null || l.Share is not (> 0 and <= 1))
            || languages.DistinctBy(l => l.Language).Count() < languages.Count || Math.Abs(languages.Sum(l => l.Share) - 1) > ScenarioSettings.ShareTolerance)
            return "the languages are not distinct known languages with shares above 0 adding up to 1";
        if (settings.Roster is not { } cast || cast.Any(e => e is null) || CastProblem(cast) is not null)
            return "the roster is not one the reader accepts";
        if (ScheduleProblem(schedule, window, cast) is var (problem, _))
            return problem;
        if (settings.FailingNumberBlocks is < 1 or > ScenarioSettings.MaxFailingNumberBlocks)
            return "failingNumberBlocks is not a whole number the reader accepts";
        if (settings.BatchHours is not { Problem: null } batchHours)
            return "the batch hours are not ones the reader accepts";
        if (settings.ShoutbombRuns is not { Holds: { Count: > 0 and <= MaxHoldsRuns } } runs || RunsProblem(runs, batchHours) is not null)
            return "the Shoutbomb exports' times are not ones the reader accepts";
        if (calls.Shares.Any(share => share is not (>= 0 and <= 1)) || Math.Abs(calls.Shares.Sum() - 1) > ScenarioSettings.ShareTolerance)
            return "the call outcomes' shares are not from 0 to 1 adding up to 1";
        if (providers.Any(p => !IsDomain(p.Domain) || p.Share is not (> 0 and <= 1)) || providers.DistinctBy(p => p.Domain).Count() < providers.Count
            || Math.Abs(providers.Sum(p => p.Share) - 1) > ScenarioSettings.ShareTolerance)
            return "the email providers are not distinct mail domains with shares above 0 adding up to 1";
        return null;
    }

    /// <summary>A mail domain short enough that first.last, a number and it fit EmailAddress' 64 characters.</summary>
    private static bool IsDomain(string text) => text.Length <= MaxDomainLength && DomainName().IsMatch(text);

    private const int MaxDomainLength = 24;

    private static ScenarioWindow Window(string name, YamlNode node) =>
        Pair(name, node, WindowKey, "window", "window: { daysBack: 20, daysAhead: 10 }", ScenarioSettings.Default.Window,
            ("daysBack", (window, value) => window with { DaysBack = Days(name, value, "daysBack", ScenarioWindow.MinDaysBack, ScenarioWindow.MaxDaysBack, $"90'; the roster's stories need the plan's {ScenarioWindow.MinDaysBack} at least") }),
            ("daysAhead", (window, value) => window with { DaysAhead = Days(name, value, "daysAhead", ScenarioWindow.MinDaysAhead, ScenarioWindow.MaxDaysAhead, $"30'; the roster's stories need the plan's {ScenarioWindow.MinDaysAhead} at least") }));

    private static VoiceCallOutcomes VoiceCalls(string name, YamlNode node)
    {
        var example = string.Join(", ", CallOutcomeKeys.Zip(ScenarioSettings.Default.VoiceCalls.Shares, (key, share) => FormattableString.Invariant($"{key}: {share}")));
        if (node is not YamlMappingNode entry)
            throw Problem(name, node.Start, $"{VoiceCallsKey} is not the share of each call outcome", $"write it as '{VoiceCallsKey}: {{ {example} }}'");
        var shares = new float?[CallOutcomeKeys.Length];
        foreach (var (key, value) in entry.Children)
        {
            var index = Array.IndexOf(CallOutcomeKeys, Scalar(key));
            if (index < 0)
                throw Unknown(name, key, "call outcome", $"give the shares of {string.Join(", ", CallOutcomeKeys)}");
            shares[index] = float.TryParse(Number(value), ShareStyle, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1 ? share
                : throw Problem(name, value, $"{CallOutcomeKeys[index]} '{Scalar(value)}' is not a share from 0 to 1", "write the share of calls that end so, e.g. 0.1");
        }
        if (Array.IndexOf(shares, null) is var missing and >= 0)
            throw Problem(name, entry.Start, $"{VoiceCallsKey} has no share for {CallOutcomeKeys[missing]}", $"give all five: {example}");
        var total = shares.Sum(share => share!.Value);
        if (Math.Abs(total - 1) > ScenarioSettings.ShareTolerance)
            throw Problem(name, entry.Start, string.Create(CultureInfo.InvariantCulture, $"the call outcomes' shares add up to {total:0.###}, not 1"), "make the shares add up to 1");
        return new VoiceCallOutcomes(shares[0]!.Value, shares[1]!.Value, shares[2]!.Value, shares[3]!.Value, shares[4]!.Value);
    }

    /// <param name="example">A value to suggest, with why the bounds are what they are.</param>
    private static int Days(string name, YamlNode node, string setting, int min, int max, string example) =>
        int.TryParse(Number(node), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days >= min && days <= max ? days
            : throw Problem(name, node, $"{setting} '{Scalar(node)}' is not a whole number of days from {min} to {max}", $"write e.g. '{setting}: {example}");

    /// <summary>The entries of a setting that is a list of them, each a few settings of its own; the problem and its fix where it is not.</summary>
    private static IEnumerable<YamlMappingNode> Entries(string name, YamlNode node, (string Problem, string Fix) notAList, (string Problem, string Fix) notAnEntry)
    {
        if (node is not YamlSequenceNode { Children.Count: > 0 } list)
            throw Problem(name, node.Start, notAList.Problem, notAList.Fix);
        return list.Children.Select(item => item as YamlMappingNode ?? throw Problem(name, item.Start, notAnEntry.Problem, notAnEntry.Fix));
    }

    private static IReadOnlyList<EmailProvider> EmailProviders(string name, YamlNode node) =>
        [.. Shares(name, node, new ShareList(EmailProvidersKey, "domain", "email provider", "providers", "'- domain: example.com' with its 'share: 1'",
                "'- domain: example.com' and '  share: 0.5' below it", "the provider's"),
            value => Scalar(value) is { } text && IsDomain(text) ? text
                : throw Problem(name, value.Start, $"'{Scalar(value)}' is not a mail domain of at most {MaxDomainLength} characters",
                    "write one in lower case, e.g. example.com (reserved: no mail to it is delivered); an address must fit EmailAddress' 64 characters"))
            .Select(p => new EmailProvider(p.Value, p.Share))];

    /// <summary>
    /// How a setting that shares patrons out reads and words itself: its key, its entries' other key, what an entry is
    /// (and the list, in a problem's words), an example list and entry, and whose share a share is.
    /// </summary>
    private sealed record ShareList(string Key, string ItemKey, string Noun, string Nouns, string ExampleList, string ExampleEntry, string Whose);

    /// <summary>A list of entries each a value (read by <paramref name="read"/>) and a share, the values distinct and the shares adding up to 1.</summary>
    private static List<(string Value, float Share)> Shares(string name, YamlNode node, ShareList list, Func<YamlNode, string> read)
    {
        var shares = new List<(string Value, float Share)>();
        foreach (var entry in Entries(name, node, ($"{list.Key} is not a list of {list.Nouns}", $"give at least one {list.ExampleList}"),
                     ($"{Article(list.Noun)} is not '{list.ItemKey}' and 'share'", $"write each as {list.ExampleEntry}")))
        {
            string? value = null;
            float? share = null;
            foreach (var (key, text) in entry.Children)
            {
                if (Scalar(key) == list.ItemKey) value = read(text);
                else if (Scalar(key) == "share") share = Share(name, text, list.Whose);
                else throw Unknown(name, key, $"{list.Noun} setting", $"give each {list.Noun} a '{list.ItemKey}' and a 'share', nothing else");
            }
            if (value is null || share is null)
                throw Problem(name, entry.Start, $"{Article(list.Noun)} without its {(value is null ? list.ItemKey : "share")}", $"give each {list.Noun} a '{list.ItemKey}' and a 'share'");
            if (shares.Any(s => s.Value == value))
                throw Problem(name, entry.Start, $"{list.Noun} {value} is listed twice", $"list each {list.ItemKey} once, with its whole share");
            shares.Add((value, share.Value));
        }
        var total = shares.Sum(s => s.Share);
        if (Math.Abs(total - 1) > ScenarioSettings.ShareTolerance)
            throw Problem(name, node.Start, string.Create(CultureInfo.InvariantCulture, $"the {list.Noun}s' shares add up to {total:0.###}, not 1"), "make the shares add up to 1");
        return shares;
    }

    private static string Article(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    private const string PatronKey = "patron", CountKey = "count", DeliveryKey = "delivery";

    private static readonly string Letters = string.Concat(Roster.Scenarios.Select(s => s.Letter));

    private static IReadOnlyList<RosterEntry> Cast(string name, YamlNode node)
    {
        var cast = new List<RosterEntry>();
        foreach (var entry in Entries(name, node, ($"{RosterKey} is not a list of patrons", "give at least one '- { patron: D, count: 1 }'"),
                     ("a roster entry is not 'patron', 'count' and 'delivery'", "write each as '- { patron: D, count: 1, delivery: email }'")))
        {
            Domain.Scenario? story = null;
            int? count = null;
            YamlNode? delivery = null;
            foreach (var (key, value) in entry.Children)
            {
                switch (Scalar(key))
                {
                    case PatronKey:
                        story = Roster.Find(Scalar(value))
                            ?? throw Problem(name, value, $"patron '{Scalar(value)}' is not one of the plan's {Letters[0]} to {Letters[^1]}", "name the plan's patron whose story to tell, e.g. 'patron: D'");
                        break;
                    case CountKey:
                        count = int.TryParse(Number(value), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= RosterEntry.MaxPatrons ? number
                            : throw Problem(name, value, $"count '{Scalar(value)}' is not a whole number from 0 to {RosterEntry.MaxPatrons}", "write how many patrons of every block tell this story, e.g. 'count: 2' (0 leaves it out)");
                        break;
                    case DeliveryKey:
                        delivery = value;
                        break;
                    default:
                        throw Unknown(name, key, "roster entry setting", $"give each entry a '{PatronKey}', a '{CountKey}' and, if not the plan's, a '{DeliveryKey}'");
                }
            }
            if (story is null || count is null)
                throw Problem(name, entry.Start, $"a roster entry without its {(story is null ? PatronKey : CountKey)}", $"give each entry a '{PatronKey}' and a '{CountKey}'");
            if (cast.Any(e => e.Patron == story.Letter))
                throw Problem(name, entry.Start, $"patron {story.Letter} is listed twice", "list each patron once, with the whole count");
            var allowed = Roster.DeliveriesFor(story).Select(Roster.NameOf).ToList();
            var chosen = delivery is null ? Roster.NameOf(story.Delivery) : Scalar(delivery);
            if (delivery is not null && !allowed.Contains(chosen!))
                throw Problem(name, delivery, $"patron {story.Letter} ({Roster.Describe(story)}) cannot prefer delivery '{chosen}'",
                    allowed.Count == 1 ? $"give {story.Letter} delivery {allowed[0]}, the only one its story can be told with" : $"use one of {string.Join(", ", allowed)}");
            cast.Add(new RosterEntry(story.Letter, count.Value, chosen!));
        }
        if (CastProblem(cast) is var (problem, fix)) throw Problem(name, node.Start, problem, fix);
        return cast;
    }

    /// <summary>A cast the generator can make: some patrons, not too many, and every patron who shares a phone with the patron they share it with.</summary>
    private static (string Problem, string Fix)? CastProblem(IReadOnlyList<RosterEntry> cast)
    {
        if (cast.Any(e => Roster.Find(e.Patron) is not { } story || e.Count is < 0 or > RosterEntry.MaxPatrons || !Roster.DeliveriesFor(story).Select(Roster.NameOf).Contains(e.Delivery))
            || cast.DistinctBy(e => e.Patron).Count() < cast.Count)
            return ("a roster entry is not a patron of the plan's, a count and a delivery its story can be told with", "write each as '- { patron: D, count: 1, delivery: email }'");
        var total = cast.Sum(e => (long)e.Count);
        if (total == 0)
            return ("the roster has no patrons (every count is 0)", "give at least one patron a count above 0");
        if (total > RosterEntry.MaxPatrons)
            return (string.Create(CultureInfo.InvariantCulture, $"the roster has {total} patrons, more than {RosterEntry.MaxPatrons}"), "keep a block small and let --patrons repeat it");
        var counts = cast.ToDictionary(e => e.Patron, e => e.Count, StringComparer.Ordinal);
        if (cast.FirstOrDefault(e => e.Count > 0 && Roster.Find(e.Patron)!.SharesPhoneWith is { } mate && counts.GetValueOrDefault(mate) == 0) is { } lonely)
            return ($"patron {lonely.Patron} shares patron {Roster.Find(lonely.Patron)!.SharesPhoneWith}'s phone, who is not in the roster",
                $"give {Roster.Find(lonely.Patron)!.SharesPhoneWith} a count too, or {lonely.Patron} count 0");
        return null;
    }

    private const string LanguageKey = "language";

    private static IReadOnlyList<LanguageShare> Languages(string name, YamlNode node) =>
        [.. Shares(name, node, new ShareList(LanguagesKey, LanguageKey, "language", "languages", "'- { language: english, share: 1 }'",
                "'- { language: spanish, share: 0.2 }'", "the language's"),
            value => Domain.Language.Named(Scalar(value))?.Name
                ?? throw Problem(name, value, $"language '{Scalar(value)}' is not one polaris-gen knows", $"use one of {string.Join(", ", Domain.Language.All.Select(l => l.Name))}"))
            .Select(l => new LanguageShare(l.Value, l.Share))];

    private const string BranchNameKey = "name", AbbreviationKey = "abbreviation";

    /// <summary>More branches than a county library has; each further one takes a fictional phone number from the top of the 555-01XX block.</summary>
    public const int MaxBranches = 20;

    private static IReadOnlyList<BranchShare> Branches(string name, YamlNode node)
    {
        var library = ScenarioSettings.Default.Branches[0];
        var branches = new List<BranchShare>();
        foreach (var entry in Entries(name, node, ($"{BranchesKey} is not a list of branches", $"give at least the library's own, '- {{ name: {library.Name}, abbreviation: {library.Abbreviation}, share: 1 }}'"),
                     ("a branch is not 'name', 'abbreviation' and 'share'", "write each as '- { name: Hancock Branch, abbreviation: HCB, share: 0.3 }'")))
        {
            string? branch = null, abbreviation = null;
            float? share = null;
            foreach (var (key, value) in entry.Children)
            {
                switch (Scalar(key))
                {
                    case BranchNameKey:
                        branch = Scalar(value) is { } text && BranchName().IsMatch(text) ? text
                            : throw Problem(name, value.Start, $"branch name '{Scalar(value)}' is not 1 to 50 letters, digits, spaces and . ' & -", "write the branch's name, e.g. 'name: Hancock Branch'");
                        break;
                    case AbbreviationKey:
                        abbreviation = Scalar(value) is { } code && BranchAbbreviation().IsMatch(code) ? code
                            : throw Problem(name, value.Start, $"abbreviation '{Scalar(value)}' is not 2 to 15 capital letters and digits", "write the branch's site code, e.g. 'abbreviation: HCB'");
                        break;
                    case "share":
                        share = Share(name, value, "the branch's");
                        break;
                    default:
                        throw Unknown(name, key, "branch setting", $"give each branch a '{BranchNameKey}', an '{AbbreviationKey}' and a 'share', nothing else");
                }
            }
            if (branch is null || abbreviation is null || share is null)
                throw Problem(name, entry.Start, $"a branch without its {(branch is null ? BranchNameKey : abbreviation is null ? AbbreviationKey : "share")}",
                    $"give each branch a '{BranchNameKey}', an '{AbbreviationKey}' and a 'share'");
            if (branches.Count == 0 && (branch != library.Name || abbreviation != library.Abbreviation))
                throw Problem(name, entry.Start, $"the first branch is not the library's own ({library.Name}, {library.Abbreviation})",
                    $"list '{{ name: {library.Name}, abbreviation: {library.Abbreviation} }}' first, with its share; the others follow it");
            if (branches.Any(b => b.Name == branch || b.Abbreviation == abbreviation))
                throw Problem(name, entry.Start, $"branch {branch} ({abbreviation}) has the name or abbreviation of another", "give each branch its own name and abbreviation");
            branches.Add(new BranchShare(branch, abbreviation, share.Value));
        }
        if (branches.Count > MaxBranches)
            throw Problem(name, node.Start, $"{branches.Count} branches, more than {MaxBranches}", $"list at most {MaxBranches}");
        var total = branches.Sum(b => b.Share);
        if (Math.Abs(total - 1) > ScenarioSettings.ShareTolerance)
            throw Problem(name, node.Start, string.Create(CultureInfo.InvariantCulture, $"the branches' shares add up to {total:0.###}, not 1"), "make the shares add up to 1");
        return branches;
    }

    /// <summary>A branch's name as Organizations holds it (nvarchar(50)), in characters no export needs to escape.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 .'&-]{0,49}\z")]
    private static partial Regex BranchName();

    /// <summary>A site code as Organizations holds it (nvarchar(15)) and PhoneNotices gives Shoutbomb.</summary>
    [GeneratedRegex(@"^[A-Z0-9]{2,15}\z")]
    private static partial Regex BranchAbbreviation();

    /// <summary>A share of patrons, above 0 and at most 1; <paramref name="whose"/> says of what, for the fix.</summary>
    private static float Share(string name, YamlNode value, string whose) =>
        float.TryParse(Number(value), ShareStyle, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= 1 ? number
            : throw Problem(name, value, $"share '{Scalar(value)}' is not a number above 0 and at most 1", $"write {whose} share of patrons, e.g. 0.25");

    /// <summary>The settings in which <paramref name="settings"/> differs from the plan's world, by their names in the file.</summary>
    public static IEnumerable<string> Differences(ScenarioSettings settings)
    {
        if (settings.Window != ScenarioSettings.Default.Window) yield return WindowKey;
        if (settings.BatchHours != ScenarioSettings.Default.BatchHours) yield return BatchHoursKey;
        if (settings.NoticeSchedule != ScenarioSettings.Default.NoticeSchedule) yield return NoticeScheduleKey;
        if (settings.ShoutbombRuns != ScenarioSettings.Default.ShoutbombRuns) yield return ShoutbombRunsKey;
        if (settings.VoiceCalls != ScenarioSettings.Default.VoiceCalls) yield return VoiceCallsKey;
        if (!settings.EmailProviders.SequenceEqual(ScenarioSettings.Default.EmailProviders)) yield return EmailProvidersKey;
        if (!settings.Branches.SequenceEqual(ScenarioSettings.Default.Branches)) yield return BranchesKey;
        if (!settings.Languages.SequenceEqual(ScenarioSettings.Default.Languages)) yield return LanguagesKey;
        if (!settings.Roster.SequenceEqual(ScenarioSettings.Default.Roster)) yield return RosterKey;
        if (settings.FailingNumberBlocks != ScenarioSettings.Default.FailingNumberBlocks) yield return FailingNumberBlocksKey;
    }

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    /// <summary>A number as YAML writes one, unquoted (the schema's 'number' and 'integer'); a quoted '0.5' is text, so null.</summary>
    private static string? Number(YamlNode node) => node is YamlScalarNode { Style: ScalarStyle.Plain } scalar ? scalar.Value : null;

    /// <summary>A share as YAML's numbers write it: 0.25, .25, 2.5e-1.</summary>
    private const NumberStyles ShareStyle = NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>One line: values echoed from the file have their control characters escaped.</summary>
    private static DataSetException Problem(string name, Mark at, string problem, string fix) =>
        new($"{name}:{at.Line}:{at.Column}: {TerminalText.Escape(problem)}. Fix: {fix}.");

    /// <summary>A key the reader does not know, named as the file writes it.</summary>
    private static DataSetException Unknown(string name, YamlNode key, string what, string fix) =>
        Problem(name, key.Start, $"unknown {what} '{Scalar(key) ?? key.ToString()}'", fix);

    /// <summary>A value's problem, saying so when it is a number in quotes (YAML's text, not a number).</summary>
    private static DataSetException Problem(string name, YamlNode value, string problem, string fix) =>
        Problem(name, value.Start, value is YamlScalarNode { Style: not ScalarStyle.Plain } ? problem + " (it is in quotes, so it is text)" : problem, fix);

    /// <summary>YAML's own message without the positions it puts first (the problem line gives them once).</summary>
    private static string Unmarked(string message) =>
        string.Join(' ', MarkPrefix().Replace(message, "").TrimEnd('.').Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();

    /// <summary>A lower-case host name of two or more labels.</summary>
    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+\z")]
    private static partial Regex DomainName();
}
