namespace PolarisSampleData.Domain;

/// <summary>One notice about one item as NotificationHistory records it.</summary>
public sealed record Notice(
    Patron Patron,
    Item Item,
    NotificationType Type,
    DateTime Batch,
    DateTime NoticeDate,
    NotificationStatus Status)
{
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

    /// <summary>A single kind of notice logs as its own type; overdue levels together log as the most severe.</summary>
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
