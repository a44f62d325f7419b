using System.Globalization;
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
    public int ShardPatrons { get; init; } = DefaultShardPatrons;

    public const int DefaultShardPatrons = 100;

    /// <summary>The world the set is made from: the plan's unless a scenario file says otherwise.</summary>
    public ScenarioSettings Scenario { get; init; } = ScenarioSettings.Default;

    internal ActivityWindow Window => new(Today, Scenario.Window.DaysBack, Scenario.Window.DaysAhead);

    /// <summary>The scenario's cast as the block a set repeats.</summary>
    internal RosterBlock Cast => new(Scenario.Roster, Scenario.FailingNumberBlocks);

    /// <summary>Patrons per shard: <see cref="ShardPatrons"/> rounded up to whole blocks of the cast.</summary>
    internal static int ShardSize(int shardPatrons, int blockSize) => (shardPatrons + blockSize - 1) / blockSize * blockSize;

    /// <summary>
    /// Why <see cref="Patrons"/> is not a set the scenario can make, in one line with the fix; null when it is. A set
    /// holds the cast at least once, and no more copies than item barcodes number.
    /// </summary>
    public string? PatronsProblem()
    {
        var cast = Cast;
        var shard = ShardSize(ShardPatrons, cast.Size);
        var most = MostPatrons(cast, shard);
        var whose = Scenario.Roster.SequenceEqual(Roster.Plan) ? "the plan's roster" : "the scenario's roster";
        if (Patrons < cast.Size || Patrons > most)
            return string.Create(CultureInfo.InvariantCulture,
                $"--patrons must be a whole number from {cast.Size} ({whose}) to {most} (got '{Patrons}'); 14-digit barcodes allow no more. Fix: pass e.g. --patrons {Math.Min(most, Math.Max(cast.Size, 10_000))}");
        return null;
    }

    /// <summary>The most patrons whose copies the item barcodes can number: the plan's <see cref="MaxPatrons"/>, fewer for a cast that borrows more.</summary>
    private static int MostPatrons(RosterBlock cast, int shard)
    {
        var perShard = (long)ItemPhase.BlocksFor(cast.For(0, shard)) * ItemPhase.ItemsPerRoster;
        long Copies(int patrons) => patrons / shard * perShard + (patrons % shard == 0 ? 0 : (long)ItemPhase.BlocksFor(cast.For(0, patrons % shard)) * ItemPhase.ItemsPerRoster);
        var (low, high) = (0, MaxPatrons);
        while (low < high)
        {
            var middle = low + (high - low + 1) / 2;
            if (Copies(middle) <= Barcodes.Capacity) low = middle;
            else high = middle - 1;
        }
        return low;
    }
}
