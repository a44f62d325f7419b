namespace PolarisSampleData.Domain;

/// <summary>A charge on a patron's account (a Polaris PatronAccount transaction).</summary>
internal sealed record Charge(int TxnId, Patron Patron, Item? Item, DateTime TxnDate, decimal Amount, string Reason);

/// <summary>A fine notice (type 8): the charges a patron owes, listed on one notice.</summary>
internal sealed record FineNotice(Patron Patron, IReadOnlyList<Charge> Charges, DateTime Batch, DateTime NoticeDate)
{
    public decimal ItemRelatedCharges => Charges.Where(c => c.Item is not null).Sum(c => c.Amount);
    public decimal NonItemRelatedCharges => Charges.Where(c => c.Item is null).Sum(c => c.Amount);
    public decimal Total => Charges.Sum(c => c.Amount);

    public Dispatch Dispatch => new(Patron, null, NotificationType.Fine, OvernightBefore(NoticeDate), Batch, NoticeDate, Amount: Total);

    /// <summary>
    /// The library's minimum balance for a fine notice: Polaris sends one only above it, and smaller fines
    /// stay on the account (ChargesAmount) until they pass it or are paid.
    /// </summary>
    public const decimal MinimumBalance = 0.50m;

    /// <summary>Account notices are queued by the overnight processing of the day they go out.</summary>
    public static DateTime OvernightBefore(DateTime sent) => sent.Date.AddHours(2);
}

/// <summary>A manual bill (type 20): a charge staff added by hand, billed on its own notice.</summary>
internal sealed record ManualBill(Charge Charge, DateTime Batch, DateTime NoticeDate)
{
    public Dispatch Dispatch => new(Charge.Patron, Charge.Item, NotificationType.ManualBill, FineNotice.OvernightBefore(NoticeDate), Batch, NoticeDate, Charge.Amount, Charge.TxnId);
}
