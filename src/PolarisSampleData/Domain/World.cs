namespace PolarisSampleData.Domain;

/// <summary>
/// Everything one generation run made for a shard of the set's patrons (the whole set, for sets of
/// one shard), kept as entity lists ordered by ID. Tables are projections of it; nothing here knows
/// about files. A shard holds whole roster blocks, and everything its patrons did stays inside it.
/// </summary>
internal sealed record World(
    DateOnly Today,
    IReadOnlyList<Patron> Patrons,
    IReadOnlyList<Address> Addresses,
    IReadOnlyList<PatronAddress> PatronAddresses,
    IReadOnlyList<Title> Titles,
    IReadOnlyList<Item> Items,
    IReadOnlyList<Hold> Holds,
    IReadOnlyList<Loan> Loans,
    IReadOnlyList<Overdue> Overdues,
    IReadOnlyList<Reminder> Reminders,
    IReadOnlyList<Charge> Charges,
    IReadOnlyList<FineNotice> FineNotices,
    IReadOnlyList<ManualBill> ManualBills,
    IReadOnlyList<Notice> Notices,
    IReadOnlyList<NoticeLog> Logs,
    IReadOnlyList<CallError> CallErrors,
    IReadOnlyList<UndeliveredText> UndeliveredTexts,
    IReadOnlyList<ShoutbombRun> ShoutbombRuns,
    IReadOnlyList<PhoneNoticesRun> PhoneNoticesRuns,
    IReadOnlyList<ShoutbombReport> ShoutbombReports)
{
    /// <summary>A world with nothing in it: every projected table is its header alone, the reference tables their rows.</summary>
    public static World Empty(DateOnly today) => new(today, [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], []);

    /// <summary>The library's branches (the Organizations table's own rows); the plan's library has one.</summary>
    public IReadOnlyList<Branch> Branches { get; init; } = [Branch.Library];

    /// <summary>Where this shard's rows start in the tables that number their rows as they are exported.</summary>
    public ShardStart Start { get; init; }

    /// <summary>Where the next shard's rows start.</summary>
    public ShardStart Next => new(
        Start.Shard + 1,
        Start.QueuedNotices + Notices.Count,
        Start.OverdueNotices + Overdues.Count,
        Start.HoldSteps + HoldRequests.Sum(h => h.HistorySteps));

    /// <summary>The requests Polaris keeps (SysHoldRequests and their history): every hold but those filled, which it deleted.</summary>
    public IEnumerable<Hold> HoldRequests => Holds.Where(h => !h.IsFilled);

    /// <summary>Loans still out (overdue or not): the ItemCheckouts rows.</summary>
    public IEnumerable<Loan> CurrentLoans => Loans.Where(l => l.IsCurrent);

    /// <summary>
    /// The patron's latest activity at the desk or online: a checkout, a return or a hold request,
    /// or, for a patron with none in the set, the older activity the patron was made with.
    /// </summary>
    public DateTime LastActivityDate(Patron patron) => _lastActivity.GetValueOrDefault(patron.PatronId, patron.LastActivityDate);

    private readonly Dictionary<int, DateTime> _lastActivity =
        Loans.Select(l => (l.Patron.PatronId, When: l.ReturnedDate ?? l.CheckOutDate))
            .Concat(Holds.Select(h => (h.Patron.PatronId, When: h.CreationDate)))
            .GroupBy(a => a.PatronId)
            .ToDictionary(g => g.Key, g => g.Max(a => a.When));

    /// <summary>How often the copy went out: its counts from before the set and the set's loans of it.</summary>
    public CircCounts Circulation(Item item) => _itemCirculation.GetValueOrDefault(item.ItemRecordId, item.PriorCirculation);

    /// <summary>How often the patron borrowed: the counts from before the set and the set's loans.</summary>
    public CircCounts Circulation(Patron patron) => _patronCirculation.GetValueOrDefault(patron.PatronId, patron.PriorCirculation);

    /// <summary>What the patron's borrowing saved them this year and in all: the set's loans at their copies' prices, earlier ones at a typical price.</summary>
    public (decimal ThisYear, decimal Lifetime) Saved(Patron patron)
    {
        var (thisYear, lifetime) = _saved.GetValueOrDefault(patron.PatronId);
        return (thisYear + patron.PriorCirculation.ThisYear * CircCounts.TypicalPrice, lifetime + patron.PriorCirculation.Lifetime * CircCounts.TypicalPrice);
    }

    private readonly Dictionary<int, CircCounts> _itemCirculation = Counted(Loans, Today.Year, l => l.Item.ItemRecordId, l => l.Item.PriorCirculation);
    private readonly Dictionary<int, CircCounts> _patronCirculation = Counted(Loans, Today.Year, l => l.Patron.PatronId, l => l.Patron.PriorCirculation);

    private readonly Dictionary<int, (decimal ThisYear, decimal Lifetime)> _saved = Loans.GroupBy(l => l.Patron.PatronId)
        .ToDictionary(g => g.Key, g => (g.Where(l => l.CheckOutDate.Year == Today.Year).Sum(l => l.Item.Price), g.Sum(l => l.Item.Price)));

    private static Dictionary<int, CircCounts> Counted(IEnumerable<Loan> loans, int year, Func<Loan, int> key, Func<Loan, CircCounts> prior)
    {
        var counts = new Dictionary<int, CircCounts>();
        foreach (var loan in loans)
            counts[key(loan)] = (counts.TryGetValue(key(loan), out var before) ? before : prior(loan)).With(loan.CheckOutDate, year);
        return counts;
    }

    /// <summary>The patron's notice address (every patron has one).</summary>
    public Address HomeOf(Patron patron) => _homes[patron.PatronId];

    private readonly Dictionary<int, Address> _homes = PatronAddresses.ToDictionary(pa => pa.Patron.PatronId, pa => pa.Address);

    /// <summary>What an item is doing now: out on loan, lost (billed), on the hold shelf, or on the shelf.</summary>
    public int ItemStatusId(Item item) => _itemStatuses.GetValueOrDefault(item.ItemRecordId, ItemStatus.In);

    private readonly Dictionary<int, int> _itemStatuses = ItemStatuses(Holds, Loans, Overdues);

    private static Dictionary<int, int> ItemStatuses(IReadOnlyList<Hold> holds, IReadOnlyList<Loan> loans, IReadOnlyList<Overdue> overdues)
    {
        var statuses = holds.Where(h => h.IsHeld).ToDictionary(h => h.Item.ItemRecordId, _ => ItemStatus.Held);
        foreach (var loan in loans.Where(l => l.IsCurrent)) statuses.Add(loan.Item.ItemRecordId, ItemStatus.Out);
        // A billed loan stays on the patron's account, but its item is Lost.
        foreach (var billed in overdues.Where(o => o.IsBilling)) statuses[billed.Item.ItemRecordId] = ItemStatus.Lost;
        return statuses;
    }

    /// <summary>How many of the patron's loans were billed and marked Lost.</summary>
    public int LostItemCount(Patron patron) => _lostItems.GetValueOrDefault(patron.PatronId);

    private readonly Dictionary<int, int> _lostItems = Overdues.Where(o => o.IsBilling)
        .CountBy(o => o.Patron.PatronId).ToDictionary();
}

/// <summary>
/// Which shard this is (0 for the first, and for a set of one shard) and how many rows the shards
/// before it put in the tables that number rows in their own order (NotificationQueue, OverdueNotices,
/// SysHoldHistory), so the IDs run on across shards.
/// </summary>
internal readonly record struct ShardStart(int Shard, int QueuedNotices, int OverdueNotices, int HoldSteps);

/// <summary>Polaris <c>ItemStatuses</c> IDs the items take.</summary>
internal static class ItemStatus
{
    public const int In = 1;
    public const int Out = 2;
    public const int Held = 4;
    public const int Lost = 7;
}
