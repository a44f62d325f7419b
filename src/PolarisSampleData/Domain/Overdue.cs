namespace PolarisSampleData.Domain;

/// <summary>
/// A checked-out item past its due date and the latest notice it earned: the level follows how long
/// it has been overdue, and that notice was queued overnight and sent in the morning batch.
/// </summary>
public sealed record Overdue(
    Patron Patron,
    Item Item,
    DateTime CheckOutDate,
    DateTime DueDate,
    NotificationType NoticeType,
    DateTime QueuedDate,
    DateTime Batch,
    DateTime NoticeDate)
{
    /// <summary>How many overdue notices the checkout has had: 1st, 2nd or 3rd.</summary>
    public int OverdueNoticeCount => NoticeType switch
    {
        NotificationType.SecondOverdue => 2,
        NotificationType.ThirdOverdue => 3,
        _ => 1,
    };
}
