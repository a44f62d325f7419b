namespace PolarisSampleData.Domain;

/// <summary>One notice as NotificationHistory records it: a dispatch and how its delivery went.</summary>
public sealed record Notice(Dispatch Dispatch, NotificationStatus Status)
{
    public Patron Patron => Dispatch.Patron;
    public Item? Item => Dispatch.Item;
    public NotificationType Type => Dispatch.Type;
    public DateTime Batch => Dispatch.Batch;
    public DateTime NoticeDate => Dispatch.NoticeDate;
    public DeliveryOption Delivery => Patron.Delivery;
}

/// <summary>
/// One NotificationLogs row: everything one patron was told in one batch, combined into one message.
/// </summary>
public sealed record NoticeLog(
    int NotificationLogId,
    Patron Patron,
    DateTime Batch,
    DateTime NotificationDateTime,
    NotificationStatus Status,
    IReadOnlyList<Notice> Notices)
{
    public int Count(NotificationType type) => Notices.Count(n => n.Type == type);

    /// <summary>A single kind of notice logs as its own type; overdue levels together log as the most severe; anything else is Combined.</summary>
    public NotificationType Type
    {
        get
        {
            var types = Notices.Select(n => n.Type).Distinct().ToList();
            if (types.Count == 1) return types[0];
            return types.All(t => t.IsOverdue()) ? types.Max() : NotificationType.Combined;
        }
    }
}
