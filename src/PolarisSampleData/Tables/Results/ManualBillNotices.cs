using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.ManualBillNotices</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record ManualBillNoticesRow
{
    [SqlType("int")] public int? TxnID { get; init; }
    [SqlType("int")] public int? ItemRecordID { get; init; }
    [SqlType("int")] public int? PatronID { get; init; }
    [SqlType("nvarchar(20)")] public string? ItemBarcode { get; init; }
    [SqlType("nvarchar(255)")] public string? BrowseTitle { get; init; }
    [SqlType("nvarchar(255)")] public string? BrowseAuthor { get; init; }
    [SqlType("nvarchar(370)")] public string? ItemCallNumber { get; init; }
    [SqlType("nvarchar(15)")] public string? Abbreviation { get; init; }
    [SqlType("nvarchar(50)")] public string? Name { get; init; }
    [SqlType("nvarchar(20)")] public string? PhoneNumber { get; init; }
    [SqlType("int")] public int? ReportingOrgID { get; init; }
    [SqlType("int")] public int? DeliveryOptionID { get; init; }
    [SqlType("int")] public int? ReturnAddressOrgID { get; init; }
    [SqlType("int")] public int? NotificationTypeID { get; init; }
    [SqlType("int")] public int? AdminLanguageID { get; init; }
    [SqlType("int")] public int? MaterialTypeID { get; init; }
    [SqlType("int"), LeftNull] public int? FeeReasonCodeID { get; init; }
    [SqlType("nvarchar(255)")] public string? AddedMessage { get; init; }
    [SqlType("int")] public int? ChargingLibraryID { get; init; }
    [SqlType("datetime")] public DateTime? TxnDate { get; init; }
    [SqlType("money")] public decimal? Amount { get; init; }

    public static IEnumerable<ManualBillNoticesRow> Project(World world) => world.ManualBills.Select(b => new ManualBillNoticesRow
    {
        TxnID = b.Charge.TxnId,
        ItemRecordID = b.Charge.Item?.ItemRecordId,
        PatronID = b.Charge.Patron.PatronId,
        ItemBarcode = b.Charge.Item?.Barcode,
        BrowseTitle = b.Charge.Item?.Title.BrowseTitle,
        BrowseAuthor = b.Charge.Item?.Title.BrowseAuthor,
        ItemCallNumber = b.Charge.Item?.Title.CallNumber,
        Abbreviation = b.Charge.Patron.Branch.Abbreviation,
        Name = b.Charge.Patron.Branch.Name,
        PhoneNumber = b.Charge.Patron.Branch.PhoneNumber,
        ReportingOrgID = b.Charge.Patron.Branch.OrganizationId,
        DeliveryOptionID = (int)b.Charge.Patron.Delivery,
        ReturnAddressOrgID = b.Charge.Patron.Branch.OrganizationId,
        NotificationTypeID = (int)NotificationType.ManualBill,
        AdminLanguageID = b.Charge.Patron.Language.LanguageId,
        MaterialTypeID = b.Charge.Item?.Title.MaterialTypeId,
        AddedMessage = b.Charge.Reason,
        ChargingLibraryID = b.Charge.Patron.Branch.OrganizationId,
        TxnDate = b.Charge.TxnDate,
        Amount = b.Charge.Amount,
    });
}
