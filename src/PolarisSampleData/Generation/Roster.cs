using PolarisSampleData.Domain;

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
    /// <summary>Patrons in the plan's roster; larger sets repeat it in blocks of this size.</summary>
    public const int Size = 25;

    /// <summary>
    /// The scenarios of <paramref name="patrons"/> patrons from the set's patron <paramref name="first"/> on:
    /// the roster repeated, so every mix scales with the set.
    /// </summary>
    internal static IReadOnlyList<Scenario> For(int first, int patrons) =>
        Enumerable.Range(first, patrons).Select(i => InBlock(Scenarios[i % Size], i / Size)).ToList();

    /// <summary>
    /// Blocks of the roster per failing phone number: numbers go dead or refuse texts more rarely than
    /// email addresses bounce, so M's, B's and H's stories are told in one block of four (one voice
    /// number in twelve, its calls fewer than the busy and unanswered ones; one text number in ten).
    /// </summary>
    private const int BlocksPerFailingNumber = 4;

    private static Scenario InBlock(Scenario scenario, int block) =>
        block % BlocksPerFailingNumber == 0 || scenario is { PhoneDisconnected: false, TextFails: null }
            ? scenario
            : scenario with { PhoneDisconnected = false, TextFails = null };

    /// <summary>Where patron <paramref name="index"/>'s roster-mate <paramref name="letter"/> sits in the same block.</summary>
    internal static int IndexInBlock(int index, string letter) =>
        index / Size * Size + Scenarios.Select((s, i) => (s, i)).Single(p => p.s.Letter == letter).i;

    internal static readonly IReadOnlyList<Scenario> Scenarios =
    [
        new("A", ScenarioGroup.HighVolume, DeliveryOption.Email, Holds: 0, Overdues: 7),
        new("B", ScenarioGroup.HighVolume, DeliveryOption.Text, Holds: 0, Overdues: 5, DueDateTiming: DueDateTiming.SameDueDate, TextFails: TextFailure.InvalidNumber),
        new("C", ScenarioGroup.HighVolume, DeliveryOption.Email, Holds: 0, Overdues: 4),
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
}
