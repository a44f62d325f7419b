using System.Globalization;
using System.Text;
using PolarisSampleData.Generation;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Scenarios;

/// <summary>The scenario as a file a librarian reads: what each setting does, said once for the file's comments and the schema's descriptions.</summary>
public static partial class ScenarioFile
{
    /// <summary>What each setting does, for the file's comments and the schema's descriptions alike.</summary>
    private static readonly string WindowHelp = string.Create(CultureInfo.InvariantCulture,
        $"The days of activity around today (--today): daysBack of history (notices, loans, holds and Shoutbomb's files; {ScenarioWindow.MinDaysBack} to {ScenarioWindow.MaxDaysBack}) and daysAhead of future (loans' due dates; {ScenarioWindow.MinDaysAhead} to {ScenarioWindow.MaxDaysAhead}).");

    private static readonly string BatchHoursHelp = string.Create(CultureInfo.InvariantCulture,
        $"The hours whose batches carry notices, each leaving at hh:01: the first ({BatchHours.EarliestFirst} to {BatchHours.LatestFirst}) sends the night's reminders, fine notices and bills, the second the overdue notices, the rest ")
        + $"the day's hold notices, to the last (at most {BatchHours.LatestLast}; {BatchHours.FewestBatches} batches at least). The overdue export runs before the second batch, and one holds export in the first half hour of a hold batch.";

    private const string NoticeScheduleHelp = "When notices go out, in days: how long a trapped copy waits on the hold shelf and when its second pick-up notice "
        + "follows the first; how many days overdue an item gets its 1st, 2nd and 3rd notices and its bill (which marks it Lost); how many days "
        + "before the due date the almost-overdue reminder goes. The shelf period must fit the window (at most daysAhead, two days under daysBack).";

    private const string ShoutbombRunsHelp = "When the library's scheduled Shoutbomb exports run each day (HH:mm, in quotes): the voice and text patron lists, "
        + "the renew and overdue files (overdue before the 10:01 overdue batch) and the holds file's runs (one in the first half hour of a hold batch, 11:01 to 17:01).";

    private const string VoiceCallsHelp = "How a call to a working number ends, as shares of calls that add up to 1: answered by a person, by an answering machine, "
        + "busy, not answered, hung up on. The roster's disconnected number (M's story) fails every call whatever these say.";

    private const string EmailProvidersHelp = "The mail services patrons' email addresses are at, each with its share of patrons (the shares add up to 1). "
        + "A reserved domain such as example.com makes a test send impossible to deliver.";

    private static readonly string BranchesHelp = "The library's branches, each with its name, its abbreviation (the site code Shoutbomb sees) and its share "
        + "of patrons (the shares add up to 1; a household uses one): where patrons register and pick up holds, and the reporting organisation of their "
        + "notices; copies belong to branches in the same shares. The first is the library's own, organisation 3; the others become organisations 4, 5, ... "
        + $"under it (at most {MaxBranches}).";

    private static readonly string LanguagesHelp = "The languages patrons take notices in, each with its share of patrons (the shares add up to 1; a household "
        + $"speaks one): {string.Join(", ", Domain.Language.All.Select(l => FormattableString.Invariant($"{l.Name} (LanguageID {l.LanguageId}, PhoneNotices code {l.PhoneNoticesCode})")))}.";

    private const string RosterHelp = "The cast: which of the plan's patrons A to Y (their stories in the comments) a block of the roster holds, "
        + "how many of each (0 leaves a story out) and the delivery option each prefers (email, text, voice or mail; a failing address or "
        + "number keeps its own). --patrons repeats the block, so its mix is the set's; it defaults to one block.";

    private static readonly string FailingNumberBlocksHelp = string.Create(CultureInfo.InvariantCulture,
        $"How rarely the roster's failing phone numbers fail: M's disconnected number, B's invalid text number and H's opt-out happen in one block of the roster in this many (1 to {ScenarioSettings.MaxFailingNumberBlocks}; 1: every block). ")
        + "In the other blocks those patrons' numbers work. A bouncing email address (O) bounces in every block.";

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
        text.Append(Comment(BatchHoursHelp)).Append(CultureInfo.InvariantCulture,
            $"{BatchHoursKey}:\n  first: {settings.BatchHours.First}\n  last: {settings.BatchHours.Last}\n\n");
        text.Append(Comment(NoticeScheduleHelp)).Append(CultureInfo.InvariantCulture, $"{NoticeScheduleKey}:\n");
        foreach (var (key, get, _) in ScheduleDays)
            text.Append(CultureInfo.InvariantCulture, $"  {key}: {get(settings.NoticeSchedule)}\n");
        text.Append('\n');
        text.Append(Comment(ShoutbombRunsHelp)).Append(CultureInfo.InvariantCulture, $"{ShoutbombRunsKey}:\n");
        foreach (var (key, get, _) in DailyRuns)
            text.Append(CultureInfo.InvariantCulture, $"  {key}: \"{get(settings.ShoutbombRuns):HH:mm}\"\n");
        text.Append(CultureInfo.InvariantCulture, $"  {HoldsRunsKey}: [{string.Join(", ", settings.ShoutbombRuns.Holds.Select(at => $"\"{at.ToString("HH:mm", CultureInfo.InvariantCulture)}\""))}]\n\n");
        text.Append(Comment(VoiceCallsHelp)).Append(CultureInfo.InvariantCulture, $"{VoiceCallsKey}:\n");
        foreach (var (key, share) in CallOutcomeKeys.Zip(settings.VoiceCalls.Shares))
            text.Append(CultureInfo.InvariantCulture, $"  {key}: {share}\n");
        text.Append('\n');
        text.Append(Comment(EmailProvidersHelp)).Append(CultureInfo.InvariantCulture, $"{EmailProvidersKey}:\n");
        foreach (var provider in settings.EmailProviders)
            text.Append(CultureInfo.InvariantCulture, $"  - domain: {provider.Domain}\n    share: {provider.Share}\n");
        text.Append('\n');
        List(text, BranchesHelp, BranchesKey, settings.Branches.Select(b => FormattableString.Invariant(
            $"{{ {BranchNameKey}: {b.Name}, {AbbreviationKey}: {b.Abbreviation}, share: {b.Share} }}")));
        text.Append('\n');
        List(text, LanguagesHelp, LanguagesKey, settings.Languages.Select(l => FormattableString.Invariant($"{{ {LanguageKey}: {l.Language}, share: {l.Share} }}")));
        text.Append('\n');
        // Each patron's story beside the entry, where a librarian choosing counts reads it.
        List(text, RosterHelp, RosterKey, settings.Roster.Select(e => FormattableString.Invariant(
            $"{{ {PatronKey}: {e.Patron}, {CountKey}: {e.Count}, {DeliveryKey}: {e.Delivery} }}").PadRight(46) + "# " + Roster.Describe(Roster.Find(e.Patron)!)));
        text.Append('\n').Append(Comment(FailingNumberBlocksHelp)).Append(CultureInfo.InvariantCulture, $"{FailingNumberBlocksKey}: {settings.FailingNumberBlocks}\n");
        return text.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>A setting that is a list, one entry a line, under its comment.</summary>
    private static void List(StringBuilder text, string help, string key, IEnumerable<string> entries)
    {
        text.Append(Comment(help)).Append(key).Append(":\n");
        foreach (var entry in entries) text.Append("  - ").Append(entry).Append('\n');
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
}
