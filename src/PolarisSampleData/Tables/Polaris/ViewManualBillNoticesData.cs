using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.ViewManualBillNoticesData</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record ViewManualBillNoticesDataRow
{
    public int? ItemRecordID { get; init; }
    public int? PatronID { get; init; }
    public string? ItemBarcode { get; init; }
    public string? BrowseTitle { get; init; }
    public string? BrowseAuthor { get; init; }
    public string? CallNumberVolumeCopy { get; init; }
    public int? AdminLanguageID { get; init; }
    public int? MaterialTypeID { get; init; }
    public int? FeeReasonCodeID { get; init; }
    public DateTime? TxnDate { get; init; }
    public decimal? OutstandingAmount { get; init; }
    public int? TxnID { get; init; }
    public int? ChargingOrgID { get; init; }
    public string? ChargingOrgAbbr { get; init; }
    public string? ChargingOrgName { get; init; }
    public string? ChargingOrgPhone { get; init; }

    public static IEnumerable<ViewManualBillNoticesDataRow> Project(World world) => world.ManualBills.Select(b => new ViewManualBillNoticesDataRow
    {
        ItemRecordID = b.Charge.Item?.ItemRecordId,
        PatronID = b.Charge.Patron.PatronId,
        ItemBarcode = b.Charge.Item?.Barcode,
        BrowseTitle = b.Charge.Item?.Title.BrowseTitle,
        BrowseAuthor = b.Charge.Item?.Title.BrowseAuthor,
        AdminLanguageID = Library.LanguageId,
        MaterialTypeID = b.Charge.Item?.Title.MaterialTypeId,
        TxnDate = b.Charge.TxnDate,
        OutstandingAmount = b.Charge.Amount,
        TxnID = b.Charge.TxnId,
        ChargingOrgID = Library.OrganizationId,
        ChargingOrgAbbr = Library.Abbreviation,
        ChargingOrgName = Library.Name,
        ChargingOrgPhone = Library.PhoneNumber,
    });
}
