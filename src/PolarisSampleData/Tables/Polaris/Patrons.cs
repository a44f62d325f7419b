using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.Patrons</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record PatronsRow
{
    [SqlType("int"), PrimaryKey] public int? PatronID { get; init; }
    [SqlType("int")] public int? PatronCodeID { get; init; }
    [SqlType("int")] public int? OrganizationID { get; init; }
    [SqlType("int")] public int? CreatorID { get; init; }
    [SqlType("int")] public int? ModifierID { get; init; }
    [SqlType("nvarchar(20)")] public string? Barcode { get; init; }
    [SqlType("int")] public int? SystemBlocks { get; init; }
    [SqlType("int")] public int? YTDCircCount { get; init; }
    [SqlType("int")] public int? LifetimeCircCount { get; init; }
    [SqlType("datetime")] public DateTime? LastActivityDate { get; init; }
    [SqlType("int")] public int? ClaimCount { get; init; }
    [SqlType("int")] public int? LostItemCount { get; init; }
    [SqlType("money")] public decimal? ChargesAmount { get; init; }
    [SqlType("money")] public decimal? CreditsAmount { get; init; }
    [SqlType("int")] public int? RecordStatusID { get; init; }
    [SqlType("datetime")] public DateTime? RecordStatusDate { get; init; }
    [SqlType("money")] public decimal? YTDYouSavedAmount { get; init; }
    [SqlType("money")] public decimal? LifetimeYouSavedAmount { get; init; }

    /// <summary>ChargesAmount is what the patron owes: fines, manual bills and billed lost items.</summary>
    public static IEnumerable<PatronsRow> Project(World world)
    {
        var owed = world.Charges.GroupBy(c => c.Patron.PatronId)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Amount));
        return world.Patrons.Select(p =>
        {
            var (counts, saved) = (world.Circulation(p), world.Saved(p));
            return new PatronsRow
            {
                PatronID = p.PatronId,
                PatronCodeID = 1,
                OrganizationID = p.Branch.OrganizationId,
                CreatorID = 1,
                ModifierID = 1,
                Barcode = p.Barcode,
                SystemBlocks = 0,
                YTDCircCount = counts.ThisYear,
                LifetimeCircCount = counts.Lifetime,
                LastActivityDate = world.LastActivityDate(p),
                ClaimCount = 0,
                LostItemCount = world.LostItemCount(p),
                ChargesAmount = owed.GetValueOrDefault(p.PatronId),
                CreditsAmount = 0m,
                RecordStatusID = 1,
                RecordStatusDate = p.RegistrationDate,
                YTDYouSavedAmount = saved.ThisYear,
                LifetimeYouSavedAmount = saved.Lifetime,
            };
        });
    }
}
