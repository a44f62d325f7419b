namespace PolarisSampleData.Domain;

/// <summary>An overdue fine rule from Polaris FineCodes: so much a day, up to a cap.</summary>
internal sealed record Fine(int FineCodeId, decimal PerDay, decimal Maximum)
{
    public decimal For(int daysLate) => Math.Min(Math.Max(daysLate, 0) * PerDay, Maximum);

    /// <summary>The FineCodes the catalogue uses (their descriptions give the rate and cap).</summary>
    public static Fine ForCode(int fineCodeId) => fineCodeId switch
    {
        4 => new(4, 1.00m, 5.00m),   // "1.00-5.00 max"
        7 => new(7, 0.20m, 5.00m),   // ".20-5.00 max"
        _ => new(1, 0.20m, 2.00m),   // ".20-2.00 max"
    };
}
