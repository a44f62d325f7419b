using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.FineNotices</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record FineNoticesRow
{
    public int? PatronID { get; init; }
    public decimal? ItemRelatedCharges { get; init; }
    public decimal? NonItemRelatedCharges { get; init; }
    public decimal? Credit { get; init; }
    public decimal? TotalOutstandingCharges { get; init; }
    public int? PrimaryPatronID { get; init; }
    public int? DeliveryOptionID { get; init; }
    public int? ReportingOrgID { get; init; }
    public int? TxnID { get; init; }
    public bool? IsAdditionalTxt { get; init; }
    public int? NotificationTypeID { get; init; }

    public static IEnumerable<FineNoticesRow> Project(World world) => world.FineNotices.Select(f => new FineNoticesRow
    {
        PatronID = f.Patron.PatronId,
        ItemRelatedCharges = f.ItemRelatedCharges,
        NonItemRelatedCharges = f.NonItemRelatedCharges,
        Credit = 0m,
        TotalOutstandingCharges = f.Total,
        DeliveryOptionID = (int)f.Patron.Delivery,
        ReportingOrgID = Library.OrganizationId,
        IsAdditionalTxt = false,
        NotificationTypeID = (int)NotificationType.Fine,
    });
}
