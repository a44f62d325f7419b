using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.OverdueNotices</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record OverdueNoticesRow
{
    public int? ItemRecordID { get; init; }
    public int? PatronID { get; init; }
    public string? ItemBarcode { get; init; }
    public DateTime? DueDate { get; init; }
    public string? BrowseTitle { get; init; }
    public string? BrowseAuthor { get; init; }
    public string? ItemCallNumber { get; init; }
    public decimal? Price { get; init; }
    public string? Abbreviation { get; init; }
    public string? Name { get; init; }
    public string? PhoneNumberOne { get; init; }
    public int? LoaningOrganizationID { get; init; }
    public int? FineCodeID { get; init; }
    public int? LoanUnits { get; init; }
    public int? BillingNotice { get; init; }
    public decimal? ReplacementCost { get; init; }
    public decimal? OverdueCharge { get; init; }
    public int? ReportingOrgID { get; init; }
    public int? DeliveryOptionID { get; init; }
    public int? ReturnAddressOrgID { get; init; }
    public int? NotificationTypeID { get; init; }
    public bool? IncludeClaimedItems { get; init; }
    public decimal? ProcessingCharge { get; init; }
    public int? AdminLanguageID { get; init; }
    public int? OverdueNoticeID { get; init; }
    public decimal? BaseProcessingCharge { get; init; }
    public decimal? BaseReplacementCost { get; init; }

    public static IEnumerable<OverdueNoticesRow> Project(World world) => world.Overdues.Select((o, index) => new OverdueNoticesRow
    {
        ItemRecordID = o.Item.ItemRecordId,
        PatronID = o.Patron.PatronId,
        ItemBarcode = o.Item.Barcode,
        DueDate = o.DueDate,
        BrowseTitle = o.Item.Title.BrowseTitle,
        BrowseAuthor = o.Item.Title.BrowseAuthor,
        ItemCallNumber = o.Item.Title.CallNumber,
        Price = o.Item.Price,
        Abbreviation = Library.Abbreviation,
        Name = Library.Name,
        PhoneNumberOne = Library.PhoneNumber,
        LoaningOrganizationID = Library.OrganizationId,
        FineCodeID = o.Item.FineCodeId,
        LoanUnits = o.Item.LoanDays,
        BillingNotice = o.IsBilling ? 1 : 0,
        ReplacementCost = o.IsBilling ? o.Item.Price : null,
        OverdueCharge = o.OverdueCharge(world.Today),
        ReportingOrgID = Library.OrganizationId,
        DeliveryOptionID = (int)o.Patron.Delivery,
        ReturnAddressOrgID = Library.OrganizationId,
        NotificationTypeID = (int)o.NoticeType,
        IncludeClaimedItems = false,
        ProcessingCharge = o.IsBilling ? Overdue.ProcessingCharge : null,
        AdminLanguageID = Library.LanguageId,
        OverdueNoticeID = FirstOverdueNoticeId + index,
        BaseProcessingCharge = o.IsBilling ? Overdue.ProcessingCharge : null,
        BaseReplacementCost = o.IsBilling ? o.Item.Price : null,
    });

    public const int FirstOverdueNoticeId = 2_100_001;
}
