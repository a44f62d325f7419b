namespace PolarisSampleData.Domain;

/// <summary>
/// An almost-overdue reminder (type 7) sent a few days before a loan fell due, or an auto-renewal
/// notice sent when the loan was renewed on its old due date.
/// </summary>
internal sealed record Reminder(int CircReminderId, Loan Loan, bool AutoRenewal, DateTime CreationDate, DateTime Batch, DateTime NoticeDate)
{
    public Dispatch Dispatch => new(Loan.Patron, Loan.Item, NotificationType.AlmostOverdueReminder, CreationDate, Batch, NoticeDate,
        Channel: Delivery);

    /// <summary>The channel the reminder went by; a reminder is only made for a patron it can reach.</summary>
    public DeliveryOption Delivery => Loan.Patron.ReminderDelivery
        ?? throw new InvalidOperationException($"patron {Loan.Patron.PatronId} cannot be sent a reminder");
}
