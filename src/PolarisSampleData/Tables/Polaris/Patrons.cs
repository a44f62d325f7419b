using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.Patrons</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record PatronsRow
{
    public int? PatronID { get; init; }
    public int? PatronCodeID { get; init; }
    public int? OrganizationID { get; init; }
    public int? CreatorID { get; init; }
    public int? ModifierID { get; init; }
    public string? Barcode { get; init; }
    public int? SystemBlocks { get; init; }
    public int? YTDCircCount { get; init; }
    public int? LifetimeCircCount { get; init; }
    public DateTime? LastActivityDate { get; init; }
    public int? ClaimCount { get; init; }
    public int? LostItemCount { get; init; }
    public decimal? ChargesAmount { get; init; }
    public decimal? CreditsAmount { get; init; }
    public int? RecordStatusID { get; init; }
    public DateTime? RecordStatusDate { get; init; }
    public decimal? YTDYouSavedAmount { get; init; }
    public decimal? LifetimeYouSavedAmount { get; init; }

    /// <summary>ChargesAmount is what the patron owes: the fines and manual bills on their account.</summary>
    public static IEnumerable<PatronsRow> Project(World world)
    {
        var owed = world.FineNotices.SelectMany(f => f.Charges).Concat(world.ManualBills.Select(b => b.Charge))
            .GroupBy(c => c.Patron.PatronId)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Amount));
        return world.Patrons.Select(p => new PatronsRow
    {
        PatronID = p.PatronId,
        PatronCodeID = 1,
        OrganizationID = Library.OrganizationId,
        CreatorID = 1,
        ModifierID = 1,
        Barcode = p.Barcode,
        SystemBlocks = 0,
        YTDCircCount = p.YtdCircCount,
        LifetimeCircCount = p.LifetimeCircCount,
        LastActivityDate = p.LastActivityDate,
        ClaimCount = 0,
        LostItemCount = 0,
        ChargesAmount = owed.GetValueOrDefault(p.PatronId),
        CreditsAmount = 0m,
        RecordStatusID = 1,
        RecordStatusDate = p.RegistrationDate,
        YTDYouSavedAmount = p.YtdCircCount * 14.99m,
        LifetimeYouSavedAmount = p.LifetimeCircCount * 14.99m,
    });
    }
}
