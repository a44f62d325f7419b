namespace PolarisSampleData.Domain;

/// <summary>One notice as NotificationHistory records it: a dispatch and how its delivery went.</summary>
internal sealed record Notice(Dispatch Dispatch, NotificationStatus Status)
{
    public Patron Patron => Dispatch.Patron;
    public Item? Item => Dispatch.Item;
    public NotificationType Type => Dispatch.Type;
    public DateTime Batch => Dispatch.Batch;
    public DateTime NoticeDate => Dispatch.NoticeDate;
    public DeliveryOption Delivery => Dispatch.Delivery;
}

/// <summary>
/// One NotificationLogs row: everything one patron was told in one batch by one delivery option, combined
/// into one message.
/// </summary>
internal sealed record NoticeLog(
    int NotificationLogId,
    Patron Patron,
    DateTime Batch,
    DateTime NotificationDateTime,
    NotificationStatus Status,
    IReadOnlyList<Notice> Notices)
{
    public DeliveryOption Delivery => Notices[0].Delivery;

    /// <summary>The address the message went to.</summary>
    public string? DeliveryString => Patron.AddressFor(Delivery);

    // Both are read for each of millions of log rows: plain loops, where LINQ allocated on every call.
    public int Count(NotificationType type)
    {
        var count = 0;
        for (var i = 0; i < Notices.Count; i++)
            if (Notices[i].Type == type) count++;
        return count;
    }

    /// <summary>A single kind of notice logs as its own type; overdue levels together log as the most severe; anything else is Combined.</summary>
    public NotificationType Type
    {
        get
        {
            var first = Notices[0].Type;
            var (single, allOverdue, mostSevere) = (true, first.IsOverdue(), first);
            for (var i = 1; i < Notices.Count; i++)
            {
                var type = Notices[i].Type;
                single &= type == first;
                allOverdue &= type.IsOverdue();
                if (type > mostSevere) mostSevere = type;
            }
            return single ? first : allOverdue ? mostSevere : NotificationType.Combined;
        }
    }
}
