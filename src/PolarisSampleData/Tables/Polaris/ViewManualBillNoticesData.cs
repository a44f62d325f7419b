using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.ViewManualBillNoticesData</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record ViewManualBillNoticesDataRow
{
    [SqlType("int")] public int? ItemRecordID { get; init; }
    [SqlType("int")] public int? PatronID { get; init; }
    [SqlType("nvarchar(20)")] public string? ItemBarcode { get; init; }
    [SqlType("nvarchar(255)")] public string? BrowseTitle { get; init; }
    [SqlType("nvarchar(255)")] public string? BrowseAuthor { get; init; }
    [SqlType("nvarchar(370)"), LeftNull] public string? CallNumberVolumeCopy { get; init; }
    [SqlType("int")] public int? AdminLanguageID { get; init; }
    [SqlType("int")] public int? MaterialTypeID { get; init; }
    [SqlType("int"), LeftNull] public int? FeeReasonCodeID { get; init; }
    [SqlType("datetime")] public DateTime? TxnDate { get; init; }
    [SqlType("money")] public decimal? OutstandingAmount { get; init; }
    [SqlType("int")] public int? TxnID { get; init; }
    [SqlType("int")] public int? ChargingOrgID { get; init; }
    [SqlType("nvarchar(15)")] public string? ChargingOrgAbbr { get; init; }
    [SqlType("nvarchar(50)")] public string? ChargingOrgName { get; init; }
    [SqlType("nvarchar(20)")] public string? ChargingOrgPhone { get; init; }

    public static IEnumerable<ViewManualBillNoticesDataRow> Project(World world) => world.ManualBills.Select(b => new ViewManualBillNoticesDataRow
    {
        ItemRecordID = b.Charge.Item?.ItemRecordId,
        PatronID = b.Charge.Patron.PatronId,
        ItemBarcode = b.Charge.Item?.Barcode,
        BrowseTitle = b.Charge.Item?.Title.BrowseTitle,
        BrowseAuthor = b.Charge.Item?.Title.BrowseAuthor,
        AdminLanguageID = b.Charge.Patron.Language.LanguageId,
        MaterialTypeID = b.Charge.Item?.Title.MaterialTypeId,
        TxnDate = b.Charge.TxnDate,
        OutstandingAmount = b.Charge.Amount,
        TxnID = b.Charge.TxnId,
        ChargingOrgID = b.Charge.Patron.Branch.OrganizationId,
        ChargingOrgAbbr = b.Charge.Patron.Branch.Abbreviation,
        ChargingOrgName = b.Charge.Patron.Branch.Name,
        ChargingOrgPhone = b.Charge.Patron.Branch.PhoneNumber,
    });
}
