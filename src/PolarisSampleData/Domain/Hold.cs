namespace PolarisSampleData.Domain;

/// <summary>
/// A hold request that has trapped a copy and sits on the hold shelf (status 6, Held).
/// The notice time is fixed by the batch it went out in; the trap time is derived from it.
/// </summary>
internal sealed record Hold(
    int SysHoldRequestId,
    Patron Patron,
    Item Item,
    DateTime CreationDate,
    DateTime PendingDate,
    DateTime Batch,
    DateTime NoticeDate,
    TimeSpan NotificationLag,
    DateTime HoldTillDate,
    SecondPickupNotice? SecondNotice = null)
{
    /// <summary>The steps of a hold's path to the shelf that SysHoldHistory records: placed, pending, held.</summary>
    public const int HistorySteps = 3;

    /// <summary>When the item was trapped; the notice follows in the next hourly batch.</summary>
    public DateTime HoldNotificationDate => NoticeDate - NotificationLag;

    /// <summary>Trapping a copy queues the hold notice.</summary>
    public Dispatch Dispatch => new(Patron, Item, NotificationType.Hold, HoldNotificationDate, Batch, NoticeDate);

    /// <summary>The pick-up notices the hold has had: the first, and the second if it came.</summary>
    public IEnumerable<Dispatch> Dispatches => SecondNotice is { } second
        ? [Dispatch, new(Patron, Item, NotificationType.SecondHold, second.QueuedAt, second.Batch, second.NoticeDate)]
        : [Dispatch];
}

/// <summary>
/// The second pick-up notice (type 18) of a hold still on the shelf some days after its first: queued
/// by overnight processing (SysHoldRequests.HoldNotification2ndDate) and sent in the morning batch.
/// </summary>
internal sealed record SecondPickupNotice(DateTime QueuedAt, DateTime Batch, DateTime NoticeDate)
{
    /// <summary>Days from the first notice to the second, as one library sends it.</summary>
    public const int DaysAfterFirst = 3;
}
