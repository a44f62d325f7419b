using PolarisSampleData.Domain;
using PolarisSampleData.Scenarios;

namespace PolarisSampleData.Generation;

/// <summary>
/// A scenario's cast as one block of patrons: each entry's story as many times as its count, in the file's
/// order. A set repeats the block, so every mix scales with the set; the plan's is the 25-patron roster.
/// </summary>
internal sealed class RosterBlock
{
    private readonly IReadOnlyList<Scenario> _block;

    /// <summary>For each place in the block, the place of the patron whose phone it shares, or -1.</summary>
    private readonly int[] _phoneMates;

    /// <param name="failingNumberBlocks">Blocks per telling of the failing phone numbers' stories: 1 tells them in every block.</param>
    public RosterBlock(IReadOnlyList<RosterEntry> cast, int failingNumberBlocks = ScenarioSettings.PlanFailingNumberBlocks)
    {
        _failingNumberBlocks = failingNumberBlocks;
        _block = [.. cast.SelectMany(entry => Enumerable.Repeat(Like(entry), entry.Count))];
        // The k-th patron of a story that shares a phone lives with the k-th of the other story (round the others, when fewer).
        var places = _block.Select((s, i) => (s.Letter, Place: i)).GroupBy(p => p.Letter, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Place).ToList(), StringComparer.Ordinal);
        var ordinal = new int[_block.Count];
        foreach (var story in places.Values)
            for (var k = 0; k < story.Count; k++) ordinal[story[k]] = k;
        _phoneMates = [.. _block.Select((s, i) => s.SharesPhoneWith is { } other && places.TryGetValue(other, out var mates) ? mates[ordinal[i] % mates.Count] : -1)];
    }

    private readonly int _failingNumberBlocks;

    public int Size => _block.Count;

    /// <summary>The patrons of the block, in order.</summary>
    public IReadOnlyList<Scenario> Patrons => _block;

    /// <summary>
    /// The scenarios of <paramref name="patrons"/> patrons from the set's patron <paramref name="first"/> on:
    /// the block repeated, with the failing numbers' stories told in one block of every few.
    /// </summary>
    public IReadOnlyList<Scenario> For(int first, int patrons) =>
        Enumerable.Range(first, patrons).Select(i => InBlock(_block[i % Size], i / Size)).ToList();

    /// <summary>Where, counted like <paramref name="index"/>, sits the patron whose phone patron <paramref name="index"/> shares; null if none.</summary>
    public int? PhoneMateOf(int index) => _phoneMates[index % Size] is var mate and >= 0 ? index / Size * Size + mate : null;

    private Scenario InBlock(Scenario scenario, int block) =>
        block % _failingNumberBlocks == 0 || scenario is { PhoneDisconnected: false, TextFails: null }
            ? scenario
            : scenario with { PhoneDisconnected = false, TextFails = null };

    private static Scenario Like(RosterEntry entry) =>
        Roster.Find(entry.Patron) is { } story
            ? story with { Delivery = Roster.DeliveryNames.Single(d => d.Name == entry.Delivery).Option }
            : throw new ArgumentException($"The roster has no patron {entry.Patron}.", nameof(entry));
}
