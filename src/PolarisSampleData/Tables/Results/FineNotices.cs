using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.FineNotices</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record FineNoticesRow
{
    [SqlType("int")] public int? PatronID { get; init; }
    [SqlType("money")] public decimal? ItemRelatedCharges { get; init; }
    [SqlType("money")] public decimal? NonItemRelatedCharges { get; init; }
    [SqlType("money")] public decimal? Credit { get; init; }
    [SqlType("money")] public decimal? TotalOutstandingCharges { get; init; }
    [SqlType("int"), LeftNull] public int? PrimaryPatronID { get; init; }
    [SqlType("int")] public int? DeliveryOptionID { get; init; }
    [SqlType("int")] public int? ReportingOrgID { get; init; }
    [SqlType("int"), LeftNull] public int? TxnID { get; init; }
    [SqlType("bit")] public bool? IsAdditionalTxt { get; init; }
    [SqlType("int")] public int? NotificationTypeID { get; init; }

    public static IEnumerable<FineNoticesRow> Project(World world) => world.FineNotices.Select(f => new FineNoticesRow
    {
        PatronID = f.Patron.PatronId,
        ItemRelatedCharges = f.ItemRelatedCharges,
        NonItemRelatedCharges = f.NonItemRelatedCharges,
        Credit = 0m,
        TotalOutstandingCharges = f.Total,
        DeliveryOptionID = (int)f.Patron.Delivery,
        ReportingOrgID = f.Patron.Branch.OrganizationId,
        IsAdditionalTxt = false,
        NotificationTypeID = (int)NotificationType.Fine,
    });
}
