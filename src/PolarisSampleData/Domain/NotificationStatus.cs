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
