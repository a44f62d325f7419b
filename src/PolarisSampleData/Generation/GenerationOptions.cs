using PolarisSampleData.Domain;
using PolarisSampleData.Scenarios;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>Everything that decides a data set: the same options give byte-identical files.</summary>
public sealed record GenerationOptions(int Seed, DateOnly Today, int Patrons = Roster.Size)
{
    public const int DefaultSeed = 42;

    /// <summary>
    /// Item barcodes keep the plan's 333070 form with a check digit, so a set holds at most
    /// <see cref="Barcodes.Capacity"/> copies: at 100 copies per 25 patrons, 2,249,975 patrons (whole roster blocks).
    /// </summary>
    public const int MaxPatrons = Barcodes.Capacity / 100 * Roster.Size;

    /// <summary>
    /// The earliest and latest today a set can be built around. Every datetime it writes must fit SQL
    /// Server's datetime (1753-01-01 to 9999-12-31), and a set reaches 86 years back (its oldest
    /// patron's birth) and 3 years ahead (a registration's expiry).
    /// </summary>
    public static readonly DateOnly EarliestToday = new(1840, 1, 1);

    /// <inheritdoc cref="EarliestToday"/>
    public static readonly DateOnly LatestToday = new(9996, 12, 31);

    /// <summary>The range of today in words, for help and error messages.</summary>
    public static string TodayRange => FormattableString.Invariant($"{EarliestToday:yyyy-MM-dd} to {LatestToday:yyyy-MM-dd}");

    /// <summary>
    /// Patrons generated and written together: a whole number of roster blocks. A larger set is made
    /// shard by shard so memory stays flat. Small shards are also the fastest (measured from 10,000
    /// down: a shard that fits the caches dies young, so the collector barely works). The size is
    /// fixed, never the machine's, so the output is too.
    /// </summary>
    public int ShardPatrons { get; init; } = 100;

    /// <summary>The world the set is made from: the plan's unless a scenario file says otherwise.</summary>
    public ScenarioSettings Scenario { get; init; } = ScenarioSettings.Default;

    internal ActivityWindow Window => new(Today, Scenario.Window.DaysBack, Scenario.Window.DaysAhead);
}
