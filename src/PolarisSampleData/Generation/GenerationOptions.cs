using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>Everything that decides a data set: the same options give byte-identical files.</summary>
public sealed record GenerationOptions(int Seed, DateOnly Today, int Patrons = Roster.Size)
{
    public const int DefaultSeed = 42;

    /// <summary>
    /// Item barcodes are 333070 and an 8-digit sequence from 10000001, so at most 89,999,999 copies:
    /// at 100 copies per 25 patrons that is 22,499,975 patrons (a whole number of roster blocks).
    /// </summary>
    public const int MaxPatrons = 22_499_975;

    /// <summary>
    /// Patrons generated and written together: a whole number of roster blocks. A larger set is made
    /// shard by shard so memory stays flat. Small shards are also the fastest (measured from 10,000
    /// down: a shard that fits the caches dies young, so the collector barely works). The size is
    /// fixed, never the machine's, so the output is too.
    /// </summary>
    public int ShardPatrons { get; init; } = 100;

    public ActivityWindow Window => new(Today);
}
