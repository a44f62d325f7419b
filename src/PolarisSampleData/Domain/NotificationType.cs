namespace PolarisSampleData.Domain;

/// <summary>Polaris <c>NotificationTypes</c> IDs that the generated notices use.</summary>
internal enum NotificationType
{
    Combined = 0,
    FirstOverdue = 1,
    Hold = 2,
    HoldCancel = 3,
    AlmostOverdueReminder = 7,
    Fine = 8,
    Bill = 11,
    SecondOverdue = 12,
    ThirdOverdue = 13,
    SecondHold = 18,
    ManualBill = 20,
}

internal static class NotificationTypeExtensions
{
    public static bool IsOverdue(this NotificationType type) =>
        type is NotificationType.FirstOverdue or NotificationType.SecondOverdue or NotificationType.ThirdOverdue;

    /// <summary>The notification level: 2 and 3 for second and third overdues, 1 for everything else.</summary>
    public static int OverdueLevel(this NotificationType type) => type switch
    {
        NotificationType.SecondOverdue => 2,
        NotificationType.ThirdOverdue => 3,
        _ => 1,
    };
}
