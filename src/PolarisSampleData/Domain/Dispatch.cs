namespace PolarisSampleData.Domain;

/// <summary>
/// One notice as it was queued and then left in a batch: who, about which item (none for a fine
/// notice), what kind, when it entered NotificationQueue and when it was sent, and by which delivery
/// option when that is not the patron's own (<paramref name="Channel"/>: reminders). Every notice-producing
/// entity describes itself as dispatches; NotificationQueue and NotificationHistory are made from them.
/// </summary>
internal sealed record Dispatch(
    Patron Patron,
    Item? Item,
    NotificationType Type,
    DateTime QueuedAt,
    DateTime Batch,
    DateTime NoticeDate,
    decimal? Amount = null,
    int? TxnId = null,
    DeliveryOption? Channel = null)
{
    /// <summary>The delivery option the notice went by.</summary>
    public DeliveryOption Delivery => Channel ?? Patron.Delivery;
}
