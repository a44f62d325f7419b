namespace PolarisSampleData.Domain;

/// <summary>
/// A hold request that has trapped a copy: on the hold shelf today (status 6, Held), or, with an
/// <see cref="Ending"/>, a request that left the shelf earlier in the window (picked up, unclaimed or
/// cancelled). The notice time is fixed by the batch it went out in; the trap time is derived from it.
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
    SecondPickupNotice? SecondNotice = null,
    HoldEnding? Ending = null)
{
    /// <summary>Still on the hold shelf today.</summary>
    public bool IsHeld => Ending is null;

    /// <summary>
    /// Picked up: its copy was checked out to the patron, and Polaris deleted the filled request with its
    /// history, so only its notices and the checkout remain.
    /// </summary>
    public bool IsFilled => Ending?.Kind == HoldEnd.PickedUp;

    /// <summary>On the shelf at <paramref name="moment"/>: trapped by then and not yet ended.</summary>
    public bool IsOnShelfAt(DateTime moment) => HoldNotificationDate <= moment && (Ending is not { } ending || ending.At > moment);

    /// <summary>The steps SysHoldHistory records of a request it keeps: placed, pending, held, and how it ended, if it has.</summary>
    public int HistorySteps => Ending is null ? 3 : 4;

    /// <summary>When the item was trapped; the notice follows in the next hourly batch.</summary>
    public DateTime HoldNotificationDate => NoticeDate - NotificationLag;

    /// <summary>Trapping a copy queues the hold notice.</summary>
    public Dispatch Dispatch => new(Patron, Item, NotificationType.Hold, HoldNotificationDate, Batch, NoticeDate);

    /// <summary>The notices the hold has had: the first pick-up notice, the second if it came, the cancel notice if it was cancelled.</summary>
    public IEnumerable<Dispatch> Dispatches
    {
        get
        {
            yield return Dispatch;
            if (SecondNotice is { } second) yield return new(Patron, Item, NotificationType.SecondHold, second.QueuedAt, second.Batch, second.NoticeDate);
            if (Ending is { Notice: { } cancel }) yield return new(Patron, Item, NotificationType.HoldCancel, Ending.At, cancel.Batch, cancel.NoticeDate);
        }
    }
}

/// <summary>How a request left the hold shelf: SysHoldStatuses IDs, where the request stays.</summary>
internal enum HoldEnd
{
    /// <summary>
    /// Picked up: checked out to the patron. Not a status: Polaris deletes a request once its copy goes out to the
    /// patron (the statuses have no "filled"), so the request leaves SysHoldRequests and its history.
    /// </summary>
    PickedUp = 0,
    /// <summary>Not picked up: unclaimed at 23:59:59 on its last held day.</summary>
    Unclaimed = 8,
    /// <summary>Cancelled by the patron or staff while on the shelf; a cancel notice (type 3) follows.</summary>
    Cancelled = 16,
}

/// <summary>When and how a hold left the shelf, and the cancel notice's batch and send time where one went out.</summary>
internal sealed record HoldEnding(HoldEnd Kind, DateTime At, (DateTime Batch, DateTime NoticeDate)? Notice);

/// <summary>
/// The second pick-up notice (type 18) of a hold still on the shelf some days after its first (the notice
/// schedule's SecondHoldNoticeDays): queued by overnight processing (SysHoldRequests.HoldNotification2ndDate)
/// and sent in the morning batch.
/// </summary>
internal sealed record SecondPickupNotice(DateTime QueuedAt, DateTime Batch, DateTime NoticeDate);
