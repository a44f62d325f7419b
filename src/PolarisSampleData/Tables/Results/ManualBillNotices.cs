using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.ManualBillNotices</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record ManualBillNoticesRow
{
    public int? TxnID { get; init; }
    public int? ItemRecordID { get; init; }
    public int? PatronID { get; init; }
    public string? ItemBarcode { get; init; }
    public string? BrowseTitle { get; init; }
    public string? BrowseAuthor { get; init; }
    public string? ItemCallNumber { get; init; }
    public string? Abbreviation { get; init; }
    public string? Name { get; init; }
    public string? PhoneNumber { get; init; }
    public int? ReportingOrgID { get; init; }
    public int? DeliveryOptionID { get; init; }
    public int? ReturnAddressOrgID { get; init; }
    public int? NotificationTypeID { get; init; }
    public int? AdminLanguageID { get; init; }
    public int? MaterialTypeID { get; init; }
    public int? FeeReasonCodeID { get; init; }
    public string? AddedMessage { get; init; }
    public int? ChargingLibraryID { get; init; }
    public DateTime? TxnDate { get; init; }
    public decimal? Amount { get; init; }

    public static IEnumerable<ManualBillNoticesRow> Project(World world) => world.ManualBills.Select(b => new ManualBillNoticesRow
    {
        TxnID = b.Charge.TxnId,
        ItemRecordID = b.Charge.Item?.ItemRecordId,
        PatronID = b.Charge.Patron.PatronId,
        ItemBarcode = b.Charge.Item?.Barcode,
        BrowseTitle = b.Charge.Item?.Title.BrowseTitle,
        BrowseAuthor = b.Charge.Item?.Title.BrowseAuthor,
        ItemCallNumber = b.Charge.Item?.Title.CallNumber,
        Abbreviation = Library.Abbreviation,
        Name = Library.Name,
        PhoneNumber = Library.PhoneNumber,
        ReportingOrgID = Library.OrganizationId,
        DeliveryOptionID = (int)b.Charge.Patron.Delivery,
        ReturnAddressOrgID = Library.OrganizationId,
        NotificationTypeID = (int)NotificationType.ManualBill,
        AdminLanguageID = Library.LanguageId,
        MaterialTypeID = b.Charge.Item?.Title.MaterialTypeId,
        AddedMessage = b.Charge.Reason,
        ChargingLibraryID = Library.OrganizationId,
        TxnDate = b.Charge.TxnDate,
        Amount = b.Charge.Amount,
    });
}
