using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>Everything that decides a data set: the same options give byte-identical files.</summary>
public sealed record GenerationOptions(int Seed, DateOnly Today)
{
    public const int DefaultSeed = 42;

    public ActivityWindow Window => new(Today);
}
