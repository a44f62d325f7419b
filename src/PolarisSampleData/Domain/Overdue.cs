namespace PolarisSampleData.Domain;

/// <summary>
/// A current loan past its due date and the latest notice it earned: the level follows how long it
/// has been overdue, and that notice was queued overnight and sent in the morning overdue batch.
/// </summary>
public sealed record Overdue(Loan Loan, NotificationType NoticeType, DateTime QueuedDate, DateTime Batch, DateTime NoticeDate)
{
    public Patron Patron => Loan.Patron;
    public Item Item => Loan.Item;
    public DateTime DueDate => Loan.DueDate;

    /// <summary>How many overdue notices the checkout has had: 1st, 2nd or 3rd.</summary>
    public int OverdueNoticeCount => NoticeType switch
    {
        NotificationType.SecondOverdue => 2,
        NotificationType.ThirdOverdue => 3,
        _ => 1,
    };

    /// <summary>The third notice is the bill: it charges the replacement cost and a processing fee.</summary>
    public bool IsBilling => NoticeType == NotificationType.ThirdOverdue;

    public const decimal ProcessingCharge = 5.00m;

    /// <summary>Overdue fines accrued up to the notice, capped by the item's fine code.</summary>
    public decimal OverdueCharge(DateOnly today) =>
        Item.Fine.For(today.DayNumber - DateOnly.FromDateTime(DueDate).DayNumber);

    public Dispatch Dispatch => new(Patron, Item, NoticeType, Batch, NoticeDate);
}
