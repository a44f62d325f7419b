using PolarisSampleData.Domain;
using PolarisSampleData.Scenarios;

namespace PolarisSampleData.Generation;

/// <summary>
/// The plan's 25-patron roster, A to Y. The plan fixes A, C, G, J to email, B and H to SMS and I to
/// voice; the others fill the 60/20/10/10 delivery mix as closely as 25 allows (15/5/3/2). Of the ten
/// single-item patrons six wait for a hold and four have one overdue, giving the plan's 20 holds.
/// The mixed-activity patrons also have a loan due in three days, the day the phone integration's
/// renewal reminder looks at. K's copy was trapped today and R's hold is held until today, the two
/// edges of the hold shelf. The phone integration's awkward cases are here too: S (voice) shares
/// E's (text) phone, and L's (text) registration lapsed more than three months ago. Four notice
/// stories end in failure: O's email address bounces every notice sent to it, M's phone number is
/// disconnected, so no call gets through, B's text number cannot take texts, and H texts STOP in reply
/// to the first text of the window, so Shoutbomb delivers none after it. The patrons with no current activity carry finished history:
/// a hold earlier in the window that went unclaimed (U, W, Y) or was cancelled (V, X).
/// </summary>
public static class Roster
{
    /// <summary>Patrons in the plan's roster; larger sets repeat it in blocks of this size. A scenario's cast (<see cref="RosterBlock"/>) may differ.</summary>
    public const int Size = 25;

    /// <summary>Delivery options by their names in a scenario file.</summary>
    internal static readonly IReadOnlyList<(string Name, DeliveryOption Option)> DeliveryNames =
        [("email", DeliveryOption.Email), ("text", DeliveryOption.Text), ("voice", DeliveryOption.Voice), ("mail", DeliveryOption.Mail)];

    internal static string NameOf(DeliveryOption option) => DeliveryNames.Single(d => d.Option == option).Name;

    /// <summary>The plan's patron <paramref name="letter"/>, or null when the roster has none by that letter.</summary>
    internal static Scenario? Find(string? letter) => Scenarios.FirstOrDefault(s => s.Letter == letter);

    /// <summary>
    /// The delivery options a story can be told with: a failing text number needs a text patron, a bouncing address an
    /// email patron and a disconnected number a voice patron; a hold that ended (picked up, unclaimed, cancelled) an
    /// email or mail patron, as the holds upload, a query over today's hold shelf, cannot show a phone patron's ended
    /// hold in the uploads that carried it; the other stories go with any.
    /// </summary>
    internal static IReadOnlyList<DeliveryOption> DeliveriesFor(Scenario story) => story switch
    {
        { TextFails: not null } => [DeliveryOption.Text],
        { EmailBounces: true } => [DeliveryOption.Email],
        { PhoneDisconnected: true } => [DeliveryOption.Voice],
        { EndedHold: not null } => [DeliveryOption.Email, DeliveryOption.Mail],
        _ => [.. DeliveryNames.Select(d => d.Option)],
    };

    /// <summary>The story in a few words, for the scenario file's comments.</summary>
    internal static string Describe(Scenario s)
    {
        var parts = new List<string>();
        if (s.Holds > 0)
            parts.Add(s.Holds == 1 ? "1 hold" : $"{s.Holds} holds" + s.HoldTiming switch
            {
                HoldTiming.SameDay => " ready the same day" + (s.HoldsShareTopic ? " on one topic" : ""),
                HoldTiming.DifferentDays => " ready on different days",
                _ => "",
            });
        if (s.Overdues > 0)
            parts.Add((s.Overdues == 1 ? "1 overdue" : $"{s.Overdues} overdues") + (s.DueDateTiming == DueDateTiming.SameDueDate ? " due the same day" : ""));
        if (s.LoanDueInDays is { } due) parts.Add($"a loan due in {due} days");
        if (s.TrappedToday) parts.Add("a copy trapped today");
        if (s.HoldTillInDays == 0) parts.Add("a hold's last day today");
        if (s.SharesPhoneWith is { } mate) parts.Add($"shares {mate}'s phone");
        if (s.RegistrationExpired) parts.Add("card lapsed");
        if (s.EmailBounces) parts.Add("email address bounces");
        if (s.PhoneDisconnected) parts.Add("number disconnected");
        if (s.TextFails == TextFailure.InvalidNumber) parts.Add("text number invalid");
        if (s.TextFails == TextFailure.OptedOut) parts.Add("texts STOP");
        if (s.EndedHold is { } ended)
            parts.Add(ended switch
            {
                HoldEnd.PickedUp => "picked up an earlier hold",
                HoldEnd.Unclaimed => "an earlier hold went unclaimed",
                _ => "an earlier hold was cancelled",
            });
        return parts.Count == 0 ? "no activity" : string.Join(", ", parts);
    }

    internal static readonly IReadOnlyList<Scenario> Scenarios =
    [
        new("A", ScenarioGroup.HighVolume, DeliveryOption.Email, Holds: 0, Overdues: 7),
        new("B", ScenarioGroup.HighVolume, DeliveryOption.Text, Holds: 0, Overdues: 5, DueDateTiming: DueDateTiming.SameDueDate, TextFails: TextFailure.InvalidNumber),
        new("C", ScenarioGroup.HighVolume, DeliveryOption.Email, Holds: 0, Overdues: 4, EndedHold: HoldEnd.PickedUp),
        new("D", ScenarioGroup.MultiHold, DeliveryOption.Email, Holds: 3, Overdues: 0, HoldTiming.SameDay, HoldsShareTopic: true),
        new("E", ScenarioGroup.MultiHold, DeliveryOption.Text, Holds: 2, Overdues: 0, HoldTiming.DifferentDays),
        new("F", ScenarioGroup.MultiHold, DeliveryOption.Email, Holds: 2, Overdues: 0, HoldTiming.SameDay),
        new("G", ScenarioGroup.MixedActivity, DeliveryOption.Email, Holds: 2, Overdues: 1, LoanDueInDays: 3),
        new("H", ScenarioGroup.MixedActivity, DeliveryOption.Text, Holds: 1, Overdues: 2, LoanDueInDays: 3, TextFails: TextFailure.OptedOut),
        new("I", ScenarioGroup.MixedActivity, DeliveryOption.Voice, Holds: 3, Overdues: 1, LoanDueInDays: 3),
        new("J", ScenarioGroup.MixedActivity, DeliveryOption.Email, Holds: 1, Overdues: 3, LoanDueInDays: 3),
        new("K", ScenarioGroup.SingleItem, DeliveryOption.Email, Holds: 1, Overdues: 0, TrappedToday: true),
        new("L", ScenarioGroup.SingleItem, DeliveryOption.Text, Holds: 0, Overdues: 1, RegistrationExpired: true),
        new("M", ScenarioGroup.SingleItem, DeliveryOption.Voice, Holds: 1, Overdues: 0, PhoneDisconnected: true),
        new("N", ScenarioGroup.SingleItem, DeliveryOption.Email, Holds: 1, Overdues: 0),
        new("O", ScenarioGroup.SingleItem, DeliveryOption.Email, Holds: 0, Overdues: 1, EmailBounces: true),
        new("P", ScenarioGroup.SingleItem, DeliveryOption.Mail, Holds: 1, Overdues: 0),
        new("Q", ScenarioGroup.SingleItem, DeliveryOption.Email, Holds: 0, Overdues: 1),
        new("R", ScenarioGroup.SingleItem, DeliveryOption.Text, Holds: 1, Overdues: 0, HoldTillInDays: 0),
        new("S", ScenarioGroup.SingleItem, DeliveryOption.Voice, Holds: 1, Overdues: 0, SharesPhoneWith: "E"),
        new("T", ScenarioGroup.SingleItem, DeliveryOption.Email, Holds: 0, Overdues: 1),
        new("U", ScenarioGroup.NoCurrentActivity, DeliveryOption.Email, Holds: 0, Overdues: 0, EndedHold: HoldEnd.Unclaimed),
        new("V", ScenarioGroup.NoCurrentActivity, DeliveryOption.Email, Holds: 0, Overdues: 0, EndedHold: HoldEnd.Cancelled),
        new("W", ScenarioGroup.NoCurrentActivity, DeliveryOption.Mail, Holds: 0, Overdues: 0, EndedHold: HoldEnd.Unclaimed),
        new("X", ScenarioGroup.NoCurrentActivity, DeliveryOption.Email, Holds: 0, Overdues: 0, EndedHold: HoldEnd.Cancelled),
        new("Y", ScenarioGroup.NoCurrentActivity, DeliveryOption.Email, Holds: 0, Overdues: 0, EndedHold: HoldEnd.Unclaimed),
    ];

    /// <summary>
    /// The roster as a scenario file's cast: each of the plan's patrons once, preferring the plan's delivery option
    /// (written after <see cref="Scenarios"/>: static fields are set in the order they are written).
    /// </summary>
    public static IReadOnlyList<RosterEntry> Plan { get; } = [.. Scenarios.Select(s => new RosterEntry(s.Letter, 1, NameOf(s.Delivery)))];
}
