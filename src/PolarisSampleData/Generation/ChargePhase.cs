using Bogus;
using PolarisSampleData.Domain;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 4c: what patrons owe. Late returns leave overdue fines, sometimes beside a non-item charge,
/// and where they pass the minimum balance a fine notice (type 8) lists them a day or three later;
/// staff bill a few damaged items by hand (manual bills, type 20), both going out in the morning account batch; and an overdue bill (type 11)
/// charges the replacement cost and processing fee of the item it is about.
/// </summary>
internal sealed class ChargePhase(Faker faker, TimeScheduler scheduler)
{
    public const int FirstTxnId = 7_000_001;

    /// <summary>Runs on from shard to shard, so IDs stay unique in the whole set.</summary>
    private readonly IdSequence _ids = new(FirstTxnId);
    public const int ManualBillCount = 3;

    private ActivityWindow Window => scheduler.Window;

    public (IReadOnlyList<Charge> Charges, IReadOnlyList<FineNotice> Fines, IReadOnlyList<ManualBill> Bills) Run(
        IReadOnlyList<Loan> loans, IReadOnlyList<Overdue> overdues, int patrons)
    {
        var charges = new List<(Patron Patron, Item? Item, DateTime When, decimal Amount, string Reason)>();
        var billed = overdues.SelectMany(o => o.Notices.Where(n => n.Level == NotificationType.Bill).SelectMany(n => new[]
        {
            (o.Patron, Item: (Item?)o.Item, When: n.QueuedDate, Amount: o.Item.Price, Reason: "Replacement cost"),
            (o.Patron, Item: (Item?)o.Item, When: n.QueuedDate, Amount: Overdue.ProcessingCharge, Reason: "Processing fee"),
        })).ToList();
        foreach (var late in loans.Where(l => l.DaysLate > 0).OrderBy(l => l.Patron.PatronId))
        {
            charges.Add((late.Patron, late.Item, late.ReturnedDate!.Value, late.Item.Fine.For(late.DaysLate), "Overdue fine"));
            if (faker.Random.Bool(0.3f))
                charges.Add((late.Patron, null, late.ReturnedDate.Value.AddMinutes(2), 1.00m, "Replacement library card"));
        }

        var billable = loans.Where(l => l.ReturnedDate is { } r && r.Date <= Window.Today.AddDays(-2).ToDateTime(TimeOnly.MinValue) && l.DaysLate == 0)
            .OrderBy(l => l.Patron.PatronId).ThenBy(l => l.Item.ItemRecordId).ToList();
        var damaged = faker.Random.Shuffle(billable).DistinctBy(l => l.Patron.PatronId)
            .Take(LoanPhase.Scaled(ManualBillCount, patrons)).ToList();
        var bills = damaged.Select(l => (l.Patron, Item: (Item?)l.Item, When: l.ReturnedDate!.Value.AddHours(faker.Random.Int(1, 20)),
            Amount: faker.Random.Int(5, 25) + 0.00m, Reason: "Damaged item")).ToList();

        // Transaction IDs follow the order the charges were posted in.
        var posted = charges.Select(c => (c, Kind: Posting.Fine))
            .Concat(bills.Select(b => (c: b, Kind: Posting.ManualBill)))
            .Concat(billed.Select(b => (c: b, Kind: Posting.OverdueBill)))
            .OrderBy(p => p.c.When).ThenBy(p => p.c.Patron.PatronId).ThenBy(p => p.c.Item?.ItemRecordId).ThenBy(p => p.c.Reason, StringComparer.Ordinal)
            .Select(p => (Charge: new Charge(_ids.Next(), p.c.Patron, p.c.Item, p.c.When, p.c.Amount, p.c.Reason), p.Kind))
            .ToList();

        var fines = posted.Where(p => p.Kind == Posting.Fine).Select(p => p.Charge).GroupBy(c => c.Patron.PatronId)
            .Where(owed => owed.Sum(c => c.Amount) > FineNotice.MinimumBalance)
            .Select(owed => Notify(owed.ToList())).ToList();
        var manualBills = posted.Where(p => p.Kind == Posting.ManualBill).Select(p => Bill(p.Charge)).ToList();
        return (posted.Select(p => p.Charge).ToList(), fines, manualBills);
    }

    private FineNotice Notify(IReadOnlyList<Charge> charges)
    {
        var lastCharge = DateOnly.FromDateTime(charges.Max(c => c.TxnDate));
        var day = lastCharge.AddDays(faker.Random.Int(1, 3));
        if (day > Window.Today) day = Window.Today;
        var (batch, sent) = Send(day, charges[0].Patron);
        return new FineNotice(charges[0].Patron, charges, batch, sent);
    }

    private ManualBill Bill(Charge charge)
    {
        var (batch, sent) = Send(DateOnly.FromDateTime(charge.TxnDate).AddDays(1), charge.Patron);
        return new ManualBill(charge, batch, sent);
    }

    private (DateTime Batch, DateTime Sent) Send(DateOnly day, Patron patron)
    {
        var batch = TimeScheduler.Batch(day, scheduler.Batches.AccountBatch);
        return (batch, scheduler.Reserve(batch, patron.PatronId, 1, faker.Random.Int)[0]);
    }

    private enum Posting
    {
        Fine,
        ManualBill,
        OverdueBill,
    }
}
