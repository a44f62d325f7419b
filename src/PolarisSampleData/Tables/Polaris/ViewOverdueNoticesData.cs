using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.ViewOverdueNoticesData</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record ViewOverdueNoticesDataRow
{
    [SqlType("int")] public int? ItemRecordID { get; init; }
    [SqlType("int")] public int? ItemStatusID { get; init; }
    [SqlType("int")] public int? PatronID { get; init; }
    [SqlType("nvarchar(20)")] public string? ItemBarcode { get; init; }
    [SqlType("datetime")] public DateTime? DueDate { get; init; }
    [SqlType("nvarchar(255)")] public string? BrowseTitle { get; init; }
    [SqlType("nvarchar(255)")] public string? BrowseAuthor { get; init; }
    [SqlType("nvarchar(370)")] public string? ItemCallNumber { get; init; }
    [SqlType("nvarchar(370)"), LeftNull] public string? CallNumberVolumeCopy { get; init; }
    [SqlType("money")] public decimal? Price { get; init; }
    [SqlType("nvarchar(50)")] public string? Name { get; init; }
    [SqlType("nvarchar(15)")] public string? Abbreviation { get; init; }
    [SqlType("nvarchar(20)")] public string? PhoneNumberOne { get; init; }
    [SqlType("int")] public int? LoaningOrganizationID { get; init; }
    [SqlType("int")] public int? FineCodeID { get; init; }
    [SqlType("int")] public int? LoanUnits { get; init; }
    [SqlType("int")] public int? OvdNoticeCount { get; init; }
    [SqlType("int")] public int? AdminLanguageID { get; init; }

    public static IEnumerable<ViewOverdueNoticesDataRow> Project(World world) => world.Overdues.Select(o => new ViewOverdueNoticesDataRow
    {
        ItemRecordID = o.Item.ItemRecordId,
        ItemStatusID = o.IsBilling ? ItemStatus.Lost : ItemStatus.Out,
        PatronID = o.Patron.PatronId,
        ItemBarcode = o.Item.Barcode,
        DueDate = o.DueDate,
        BrowseTitle = o.Item.Title.BrowseTitle,
        BrowseAuthor = o.Item.Title.BrowseAuthor,
        ItemCallNumber = o.Item.Title.CallNumber,
        Price = o.Item.Price,
        Name = o.Patron.Branch.Name,
        Abbreviation = o.Patron.Branch.Abbreviation,
        PhoneNumberOne = o.Patron.Branch.PhoneNumber,
        LoaningOrganizationID = o.Patron.Branch.OrganizationId,
        FineCodeID = o.Item.FineCodeId,
        LoanUnits = o.Item.LoanDays,
        OvdNoticeCount = o.OverdueNoticeCount,
        AdminLanguageID = o.Patron.Language.LanguageId,
    });
}
