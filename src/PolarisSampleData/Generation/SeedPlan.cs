namespace PolarisSampleData.Generation;

/// <summary>The random streams a data set draws from, one per phase.</summary>
internal enum RandomStream
{
    Patrons = 1,
    Items = 2,
    Holds = 3,
    Overdues = 4,
    Notifications = 5,
    Addresses = 7,
    Loans = 8,
    Charges = 9,
    Shoutbomb = 10,
    CallAttempts = 11,
    Languages = 12,
    PatronBranches = 13,
    ItemBranches = 14,
}

/// <summary>
/// Derives each phase's seed from the master seed with a fixed mix (SplitMix64), so adding draws to
/// one phase never shifts the values of another, and nothing depends on runtime hash codes.
/// </summary>
internal sealed record SeedPlan(int MasterSeed)
{
    public int SeedFor(RandomStream stream)
    {
        var z = unchecked((ulong)(uint)MasterSeed * 0x9E3779B97F4A7C15UL + (ulong)stream * 0xD1B54A32D192ED03UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFF_FFFF);
    }
}
