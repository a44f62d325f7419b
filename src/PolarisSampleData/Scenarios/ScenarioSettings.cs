using System.Text.Json.Serialization;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Scenarios;

/// <summary>A mail service patrons' addresses are at, and the share of patrons with an address there.</summary>
public sealed record EmailProvider(string Domain, float Share);

/// <summary>
/// A branch of the library, by its name and abbreviation (the site code Shoutbomb sees), and the share of patrons
/// registered there. The first is the library's own (Daviess County Public Library, DCPL).
/// </summary>
public sealed record BranchShare(string Name, string Abbreviation, float Share);

/// <summary>A language patrons take their notices in (english or spanish), and the share of patrons who do.</summary>
public sealed record LanguageShare(string Language, float Share);

/// <summary>
/// How a call to a working number ends, as shares of calls that add up to 1: a person answers, an answering
/// machine does, or the line is busy, rings out or is hung up. A disconnected number fails every call whatever these say.
/// </summary>
public sealed record VoiceCallOutcomes(float Answered, float AnsweringMachine, float Busy, float NoAnswer, float HangUp)
{
    [JsonIgnore]
    public IReadOnlyList<float> Shares => [Answered, AnsweringMachine, Busy, NoAnswer, HangUp];
}

/// <summary>
/// When notices go out, in days: a trapped copy waits <paramref name="HoldShelfDays"/> on the hold shelf and
/// gets its second pick-up notice <paramref name="SecondHoldNoticeDays"/> after the first; an overdue item
/// gets its 1st, 2nd and 3rd notices and its bill that many days after its due date; a loan's almost-overdue
/// reminder goes <paramref name="ReminderDaysBeforeDue"/> before it is due.
/// </summary>
public sealed record NoticeSchedule(int HoldShelfDays, int SecondHoldNoticeDays, int FirstOverdueDays, int SecondOverdueDays,
    int ThirdOverdueDays, int BillDays, int ReminderDaysBeforeDue)
{
    public const int MinHoldShelfDays = 3, MaxHoldShelfDays = 30, MaxOverdueDays = 120, MaxReminderDays = 7;

    /// <summary>The overdue levels in order, with the days overdue each is produced on.</summary>
    [JsonIgnore]
    public IReadOnlyList<int> OverdueDays => [FirstOverdueDays, SecondOverdueDays, ThirdOverdueDays, BillDays];
}

/// <summary>
/// When the library's scheduled Shoutbomb exports run each day: the patron lists, the renew and overdue
/// files, and the holds file's runs.
/// </summary>
public sealed record ShoutbombRunTimes(TimeOnly VoicePatrons, TimeOnly TextPatrons, TimeOnly Renew, TimeOnly Overdue, IReadOnlyList<TimeOnly> Holds)
{
    public bool Equals(ShoutbombRunTimes? other) => other is not null && VoicePatrons == other.VoicePatrons && TextPatrons == other.TextPatrons
        && Renew == other.Renew && Overdue == other.Overdue && Holds.SequenceEqual(other.Holds);

    public override int GetHashCode() => Holds.Aggregate(HashCode.Combine(VoicePatrons, TextPatrons, Renew, Overdue), (hash, run) => HashCode.Combine(hash, run));
}

/// <summary>
/// One line of the cast: <paramref name="Count"/> patrons like the plan's <paramref name="Patron"/> (A to Y) in
/// every block of the roster, preferring <paramref name="Delivery"/> (email, text, voice or mail). A count of 0
/// leaves the story out.
/// </summary>
public sealed record RosterEntry(string Patron, int Count, string Delivery)
{
    /// <summary>Far more than a block needs; a larger roster is a set, which --patrons makes by repeating it.</summary>
    public const int MaxPatrons = 10_000;
}

/// <summary>
/// The days of activity around today: the history behind it and the future (due dates, pick-up deadlines)
/// ahead of it. The plan's is 20 back and 10 ahead; the roster's stories need at least that.
/// </summary>
public sealed record ScenarioWindow(int DaysBack, int DaysAhead)
{
    public const int MinDaysBack = ActivityWindow.PlanDaysBack, MaxDaysBack = 365, MinDaysAhead = ActivityWindow.PlanDaysAhead, MaxDaysAhead = 90;
}

/// <summary>
/// The world a set is generated from, as a scenario file sets it. <see cref="Default"/> is the plan's world:
/// a set made from it is the set polaris-gen makes without a scenario, byte for byte.
/// </summary>
public sealed record ScenarioSettings
{
    /// <summary>Shares of providers must add up to one, to within this.</summary>
    public const float ShareTolerance = 0.001f;

    /// <summary>Patrons' email providers: mail services by their rough share of US personal addresses, Gmail first by far.</summary>
    public IReadOnlyList<EmailProvider> EmailProviders { get; init; } =
    [
        new("gmail.com", 0.52f), new("yahoo.com", 0.16f), new("hotmail.com", 0.10f), new("outlook.com", 0.07f), new("icloud.com", 0.10f), new("aol.com", 0.05f),
    ];

    /// <summary>The library's branches: the plan's library has one.</summary>
    public IReadOnlyList<BranchShare> Branches { get; init; } = [new(Domain.Library.Name, Domain.Library.Abbreviation, 1)];

    /// <summary>The languages patrons take notices in: the plan's library's, English only.</summary>
    public IReadOnlyList<LanguageShare> Languages { get; init; } = [new("english", 1)];

    /// <summary>
    /// Blocks of the roster per telling of the failing phone numbers' stories (M's disconnected number, B's invalid text
    /// number, H's opt-out): numbers go dead or refuse texts more rarely than email addresses bounce, so the plan tells
    /// them in one block of four (one voice number in twelve, its calls fewer than the busy and unanswered ones; one
    /// text number in ten). 1 tells them in every block.
    /// </summary>
    public int FailingNumberBlocks { get; init; } = PlanFailingNumberBlocks;

    public const int PlanFailingNumberBlocks = 4, MaxFailingNumberBlocks = 1000;

    /// <summary>The hours whose batches carry notices: the plan's 09 to 17.</summary>
    public BatchHours BatchHours { get; init; } = BatchHours.Plan;

    /// <summary>The library's Shoutbomb export schedule (its scheduled tasks in the reference).</summary>
    public ShoutbombRunTimes ShoutbombRuns { get; init; } = new(new(4, 0), new(5, 0), new(8, 3), new(8, 4), [new(8, 5), new(9, 5), new(13, 5), new(17, 5)]);

    /// <summary>How calls to working numbers end: mostly answered, now and then busy, unanswered or hung up on.</summary>
    public VoiceCallOutcomes VoiceCalls { get; init; } = new(0.55f, 0.25f, 0.09f, 0.08f, 0.03f);

    /// <summary>The library's notice schedule: one library's, which the plan's intervals fit.</summary>
    public NoticeSchedule NoticeSchedule { get; init; } = new(10, 3, 1, 8, 15, 18, 3);

    /// <summary>The window of activity around today.</summary>
    public ScenarioWindow Window { get; init; } = new(ActivityWindow.PlanDaysBack, ActivityWindow.PlanDaysAhead);

    /// <summary>The cast, block by block: the plan's roster, one patron of each story A to Y.</summary>
    public IReadOnlyList<RosterEntry> Roster { get; init; } = Generation.Roster.Plan;

    public static ScenarioSettings Default { get; } = new();

    /// <summary>Patrons in a block of the roster: the fewest a set holds, and the most it has without repeating the cast.</summary>
    [JsonIgnore]
    public int RosterSize => Roster.Sum(e => e.Count);

    [JsonIgnore]
    public bool IsDefault => Equals(Default);

    // A record compares lists by reference; two scenarios are equal when their settings are.
    public bool Equals(ScenarioSettings? other) => other is not null && Window == other.Window && NoticeSchedule == other.NoticeSchedule
        && ShoutbombRuns == other.ShoutbombRuns && VoiceCalls == other.VoiceCalls && EmailProviders.SequenceEqual(other.EmailProviders)
        && Roster.SequenceEqual(other.Roster) && Languages.SequenceEqual(other.Languages)
        && Branches.SequenceEqual(other.Branches) && BatchHours == other.BatchHours
        && FailingNumberBlocks == other.FailingNumberBlocks;

    public override int GetHashCode() =>
        EmailProviders.Aggregate(HashCode.Combine(Window, NoticeSchedule, ShoutbombRuns, VoiceCalls, Roster.Count, Languages.Count, HashCode.Combine(Branches.Count, BatchHours, FailingNumberBlocks)), (hash, provider) => HashCode.Combine(hash, provider));
}
