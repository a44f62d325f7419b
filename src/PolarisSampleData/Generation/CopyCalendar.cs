using Bogus;
using PolarisSampleData.Domain;

namespace PolarisSampleData.Generation;

/// <summary>
/// When each copy is next busy, so a returned loan can be placed on a copy that was free for it:
/// the loan must end before the copy's next use, and its checkout becomes the copy's new next use.
/// Copies are bucketed by that day, so a pick costs the number of days after it, not the number of copies.
/// </summary>
internal sealed class CopyCalendar
{
    private readonly Dictionary<DateOnly, List<Item>> _byDay = new();

    /// <summary>The days that have a bucket, ascending, so a pick finds its first day by binary search.</summary>
    private readonly List<DateOnly> _days = new();
    private readonly Dictionary<int, DateTime> _nextUse = new();
    private readonly Dictionary<int, int> _position = new();

    public CopyCalendar(IEnumerable<(Item Item, DateTime NextUse)> copies)
    {
        foreach (var (item, nextUse) in copies) Place(item, nextUse);
    }

    /// <summary>A random copy free until after <paramref name="until"/>, or null when there is none.</summary>
    public Item? PickFreeUntil(Faker faker, DateTime until)
    {
        var first = _days.BinarySearch(DateOnly.FromDateTime(until));
        var buckets = new List<List<Item>>();
        var total = 0;
        for (var d = first < 0 ? ~first : first; d < _days.Count; d++)
        {
            var bucket = _byDay[_days[d]];
            if (bucket.Count == 0) continue;
            buckets.Add(bucket);
            total += bucket.Count;
        }
        for (var attempt = 0; attempt < 16 && total > 0; attempt++)
        {
            var index = faker.Random.Int(0, total - 1);
            var bucket = buckets.First(b => (index -= b.Count) < 0);
            var item = bucket[index + bucket.Count];
            if (_nextUse[item.ItemRecordId] > until) return item;
        }
        var free = buckets.SelectMany(b => b).Where(i => _nextUse[i.ItemRecordId] > until).ToList();
        return free.Count == 0 ? null : faker.PickRandom<Item>(free);
    }

    /// <summary>The copy is busy from <paramref name="from"/> on (an earlier loan was checked out then).</summary>
    public void BusyFrom(Item item, DateTime from)
    {
        var bucket = _byDay[DateOnly.FromDateTime(_nextUse[item.ItemRecordId])];
        var at = _position[item.ItemRecordId];
        var last = bucket[^1];
        bucket[at] = last;
        _position[last.ItemRecordId] = at;
        bucket.RemoveAt(bucket.Count - 1);
        Place(item, from);
    }

    private void Place(Item item, DateTime nextUse)
    {
        var day = DateOnly.FromDateTime(nextUse);
        if (!_byDay.TryGetValue(day, out var bucket))
        {
            _byDay[day] = bucket = [];
            _days.Insert(~_days.BinarySearch(day), day);
        }
        _nextUse[item.ItemRecordId] = nextUse;
        _position[item.ItemRecordId] = bucket.Count;
        bucket.Add(item);
    }
}
