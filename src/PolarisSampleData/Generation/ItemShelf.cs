using Bogus;
using PolarisSampleData.Domain;

namespace PolarisSampleData.Generation;

/// <summary>
/// The copies still free to be held or lent. Each copy serves one hold or one loan, so no item is in
/// two places at once.
/// </summary>
public sealed class ItemShelf(IEnumerable<Item> items)
{
    private readonly List<Item> _available = items.ToList();

    /// <summary>Takes a random free copy that matches, or throws if the catalogue has run out.</summary>
    public Item Take(Faker faker, Func<Item, bool> matches)
    {
        var candidates = _available.Where(matches).ToList();
        if (candidates.Count == 0)
            throw new InvalidOperationException("The catalogue has no free copy left for this hold or loan.");
        var item = faker.PickRandom(candidates);
        _available.Remove(item);
        return item;
    }

    /// <summary>Topics that still have a free copy of at least <paramref name="titles"/> different titles.</summary>
    public IReadOnlyList<string> TopicsWithTitles(int titles) =>
        _available.Where(i => i.Title.Collection == Collection.NonFiction)
            .GroupBy(i => i.Title.Topic)
            .Where(g => g.Select(i => i.Title.BibliographicRecordId).Distinct().Count() >= titles)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
}
