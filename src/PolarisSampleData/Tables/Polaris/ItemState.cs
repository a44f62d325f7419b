using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>
/// What the item tables say about a copy today: its status, its latest circulation and who had it,
/// and the loan it is out on. CircItemRecords and its view both read it, so they always agree.
/// </summary>
internal sealed record ItemState(int StatusId, DateTime LastCircTransactionDate, Patron? LastUsePatron, Loan? CurrentLoan)
{
    public static Func<Item, ItemState> For(World world)
    {
        var uses = world.Holds.Select(h => (h.Item.ItemRecordId, When: h.HoldNotificationDate, h.Patron))
            .Concat(world.Loans.Select(l => (l.Item.ItemRecordId, When: l.ReturnedDate ?? l.CheckOutDate, l.Patron)))
            .GroupBy(u => u.ItemRecordId)
            .ToDictionary(g => g.Key, g => g.MaxBy(u => u.When));
        var loans = world.CurrentLoans.ToDictionary(l => l.Item.ItemRecordId);
        return item =>
        {
            var used = uses.TryGetValue(item.ItemRecordId, out var u) ? u : default((int, DateTime When, Patron Patron)?);
            return new ItemState(
                world.ItemStatusId(item),
                used?.When ?? item.FirstAvailableDate,
                used?.Patron,
                loans.GetValueOrDefault(item.ItemRecordId));
        };
    }
}
