namespace PolarisSampleData.Domain;

/// <summary>One level of overdue notice a loan earned: queued by overnight processing, sent in the overdue batch.</summary>
internal sealed record OverdueNotice(NotificationType Level, DateTime QueuedDate, DateTime Batch, DateTime NoticeDate);

/// <summary>
/// A current loan past its due date and the overdue notices it has earned so far, one per level
/// reached (1st, 2nd, 3rd, then the bill), oldest first.
/// </summary>
internal sealed record Overdue(Loan Loan, IReadOnlyList<OverdueNotice> Notices)
{
    public Patron Patron => Loan.Patron;
    public Item Item => Loan.Item;
    public DateTime DueDate => Loan.DueDate;

    /// <summary>The latest notice's level: what the overdue notice tables show today.</summary>
    public NotificationType NoticeType => Notices[^1].Level;

    /// <summary>How many overdue notices the checkout has had: 1, 2 or 3 (the bill is not one).</summary>
    public int OverdueNoticeCount => Notices.Count(n => n.Level.IsOverdue());

    /// <summary>
    /// Billed: the bill charged the replacement cost and a processing fee and marked the item Lost; the
    /// loan stays on the patron's account.
    /// </summary>
    public bool IsBilling => NoticeType == NotificationType.Bill;

    public const decimal ProcessingCharge = 5.00m;

    /// <summary>What the billing notice charges: replacement cost and processing fee.</summary>
    public decimal BilledAmount => Item.Price + ProcessingCharge;

    /// <summary>Overdue fines accrued by <paramref name="today"/>, capped by the item's fine code.</summary>
    public decimal OverdueCharge(DateOnly today) =>
        Item.Fine.For(today.DayNumber - DateOnly.FromDateTime(DueDate).DayNumber);

    public IEnumerable<Dispatch> Dispatches => Notices.Select(n => new Dispatch(Patron, Item, n.Level, n.QueuedDate, n.Batch, n.NoticeDate,
        Amount: n.Level == NotificationType.Bill ? BilledAmount : null));
}
