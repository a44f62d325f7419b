using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.ViewOverdueNoticesData</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record ViewOverdueNoticesDataRow
{
    public int? ItemRecordID { get; init; }
    public int? ItemStatusID { get; init; }
    public int? PatronID { get; init; }
    public string? ItemBarcode { get; init; }
    public DateTime? DueDate { get; init; }
    public string? BrowseTitle { get; init; }
    public string? BrowseAuthor { get; init; }
    public string? ItemCallNumber { get; init; }
    public string? CallNumberVolumeCopy { get; init; }
    public decimal? Price { get; init; }
    public string? Name { get; init; }
    public string? Abbreviation { get; init; }
    public string? PhoneNumberOne { get; init; }
    public int? LoaningOrganizationID { get; init; }
    public int? FineCodeID { get; init; }
    public int? LoanUnits { get; init; }
    public int? OvdNoticeCount { get; init; }
    public int? AdminLanguageID { get; init; }

    public static IEnumerable<ViewOverdueNoticesDataRow> Project(World world) => world.Overdues.Select(o => new ViewOverdueNoticesDataRow
    {
        ItemRecordID = o.Item.ItemRecordId,
        ItemStatusID = ItemStatus.Out,
        PatronID = o.Patron.PatronId,
        ItemBarcode = o.Item.Barcode,
        DueDate = o.DueDate,
        BrowseTitle = o.Item.Title.BrowseTitle,
        BrowseAuthor = o.Item.Title.BrowseAuthor,
        ItemCallNumber = o.Item.Title.CallNumber,
        Price = o.Item.Price,
        Name = Library.Name,
        Abbreviation = Library.Abbreviation,
        PhoneNumberOne = Library.PhoneNumber,
        LoaningOrganizationID = Library.OrganizationId,
        FineCodeID = o.Item.FineCodeId,
        LoanUnits = o.Item.LoanDays,
        OvdNoticeCount = o.OverdueNoticeCount,
        AdminLanguageID = Library.LanguageId,
    });
}
