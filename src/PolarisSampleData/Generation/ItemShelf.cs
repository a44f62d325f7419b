using Bogus;
using PolarisSampleData.Domain;

namespace PolarisSampleData.Generation;

/// <summary>
/// The copies still free to be held or lent. Each copy serves one hold or one current loan, so no item
/// is in two places at once. Picks are random draws retried a few times, falling back to a scan only
/// when the free copies that match are rare, so a million-item catalogue costs no more per pick.
/// </summary>
internal sealed class ItemShelf
{
    private const int Attempts = 64;

    private readonly IReadOnlyList<Item> _items;
    private readonly Dictionary<string, List<Item>> _byTopic;
    private readonly HashSet<int> _taken = [];

    public ItemShelf(IReadOnlyList<Item> items)
    {
        _items = items;
        _byTopic = items.Where(i => i.Title.Collection == Collection.NonFiction)
            .GroupBy(i => i.Title.Topic, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>Takes a random free copy that matches (on the topic, when given), or throws if none is left.</summary>
    public Item Take(Faker faker, Func<Item, bool> matches, string? topic = null)
    {
        var pool = topic is null ? _items : _byTopic[topic];
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var item = pool[faker.Random.Int(0, pool.Count - 1)];
            if (!_taken.Contains(item.ItemRecordId) && matches(item)) return Claim(item);
        }
        var candidates = pool.Where(i => !_taken.Contains(i.ItemRecordId) && matches(i)).ToList();
        if (candidates.Count == 0)
            throw new InvalidOperationException("The catalogue has no free copy left for this hold or loan.");
        return Claim(faker.PickRandom<Item>(candidates));
    }

    /// <summary>Topics that still have free copies of at least <paramref name="titles"/> different titles.</summary>
    public IReadOnlyList<string> TopicsWithTitles(int titles) =>
        _byTopic.Where(topic => topic.Value.Where(i => !_taken.Contains(i.ItemRecordId))
                .Select(i => i.Title.BibliographicRecordId).Distinct().Take(titles).Count() == titles)
            .Select(topic => topic.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

    private Item Claim(Item item)
    {
        _taken.Add(item.ItemRecordId);
        return item;
    }
}
