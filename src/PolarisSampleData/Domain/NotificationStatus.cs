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
    /// <summary>A call that did not reach the patron: Polaris' 3 (hang-up) to 11 (undetermined error), of which the set makes 3, 4, 5 and 9.</summary>
    public static bool IsUndeliveredCall(this NotificationStatus status) => status is >= FirstFailedCall and <= LastFailedCall;

    public const NotificationStatus FirstFailedCall = NotificationStatus.CallHangUp, LastFailedCall = (NotificationStatus)11;
}
