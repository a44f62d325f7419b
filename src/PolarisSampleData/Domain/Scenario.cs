namespace PolarisSampleData.Domain;

/// <summary>The plan's five kinds of patron.</summary>
internal enum ScenarioGroup
{
    HighVolume,
    MultiHold,
    MixedActivity,
    SingleItem,
    NoCurrentActivity,
}

/// <summary>How a patron's holds fall on the calendar.</summary>
internal enum HoldTiming
{
    /// <summary>Each hold is trapped on its own day.</summary>
    Independent,
    /// <summary>All holds trapped together and notified in one batch (one combined log row).</summary>
    SameDay,
    /// <summary>Holds trapped on different days, so each has its own pickup date and notice.</summary>
    DifferentDays,
}

/// <summary>How a patron's overdue items fall on the calendar.</summary>
internal enum DueDateTiming
{
    Independent,
    /// <summary>Every item due the same day (the "forgot about them" patron).</summary>
    SameDueDate,
}

/// <summary>
/// One line of the plan's patron roster: who the patron is in the story the data tells.
/// <paramref name="LoanDueInDays"/> pins one current loan to fall due that many days after today;
/// <paramref name="HoldTillInDays"/> pins the first hold's pickup deadline the same way, and
/// <paramref name="TrappedToday"/> has the first hold's copy trapped today (its deadline a shelf period ahead);
/// <paramref name="SharesPhoneWith"/> gives the patron the phone of another roster letter (a household);
/// <paramref name="RegistrationExpired"/> lets the card lapse more than three months ago;
/// <paramref name="EmailBounces"/> gives the patron an email address that rejects every notice, and
/// <paramref name="PhoneDisconnected"/> a phone number that no call gets through to, and
/// <paramref name="TextFails"/> a text number Shoutbomb stops delivering to (the patron texts STOP) or never can;
/// <paramref name="EndedHold"/> gives the patron a hold earlier in the window that left the shelf that way.
/// </summary>
internal sealed record Scenario(
    string Letter,
    ScenarioGroup Group,
    DeliveryOption Delivery,
    int Holds,
    int Overdues,
    HoldTiming HoldTiming = HoldTiming.Independent,
    DueDateTiming DueDateTiming = DueDateTiming.Independent,
    bool HoldsShareTopic = false,
    int? LoanDueInDays = null,
    int? HoldTillInDays = null,
    bool TrappedToday = false,
    string? SharesPhoneWith = null,
    bool RegistrationExpired = false,
    bool EmailBounces = false,
    bool PhoneDisconnected = false,
    TextFailure? TextFails = null,
    HoldEnd? EndedHold = null);
