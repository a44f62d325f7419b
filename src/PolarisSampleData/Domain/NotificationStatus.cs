namespace PolarisSampleData.Domain;

/// <summary>Polaris <c>NotificationStatuses</c> IDs that the generated notices use.</summary>
internal enum NotificationStatus
{
    CallCompletedVoice = 1,
    CallCompletedAnsweringMachine = 2,
    CallHangUp = 3,
    CallBusy = 4,
    CallNoAnswer = 5,
    CallBadNumber = 9,
    EmailCompleted = 12,
    EmailFailedInvalidAddress = 13,
    EmailFailed = 14,
    MailPrinted = 15,
    Sent = 16,
}

internal static class NotificationStatusExtensions
{
    /// <summary>A call that did not reach the patron: hung up on, busy, unanswered or a bad number.</summary>
    public static bool IsUndeliveredCall(this NotificationStatus status) =>
        status is NotificationStatus.CallHangUp or NotificationStatus.CallBusy or NotificationStatus.CallNoAnswer or NotificationStatus.CallBadNumber;
}
