using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.HoldNotices</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record HoldNoticesRow
{
    [SqlType("int")] public int? ItemRecordID { get; init; }
    [SqlType("int")] public int? AssignedBranchID { get; init; }
    [SqlType("int")] public int? PickupOrganizationID { get; init; }
    [SqlType("int")] public int? PatronID { get; init; }
    [SqlType("nvarchar(20)")] public string? ItemBarcode { get; init; }
    [SqlType("nvarchar(255)")] public string? BrowseTitle { get; init; }
    [SqlType("nvarchar(255)")] public string? BrowseAuthor { get; init; }
    [SqlType("nvarchar(370)")] public string? ItemCallNumber { get; init; }
    [SqlType("money")] public decimal? Price { get; init; }
    [SqlType("nvarchar(15)")] public string? Abbreviation { get; init; }
    [SqlType("nvarchar(50)")] public string? Name { get; init; }
    [SqlType("nvarchar(20)")] public string? PhoneNumberOne { get; init; }
    [SqlType("int")] public int? DeliveryOptionID { get; init; }
    [SqlType("datetime")] public DateTime? HoldTillDate { get; init; }
    [SqlType("int")] public int? ItemFormatID { get; init; }
    [SqlType("int")] public int? AdminLanguageID { get; init; }
    [SqlType("int")] public int? NotificationTypeID { get; init; }
    [SqlType("int")] public int? HoldPickupAreaID { get; init; }

    public static IEnumerable<HoldNoticesRow> Project(World world) => world.Holds.Where(h => h.IsHeld).Select(h => new HoldNoticesRow
    {
        ItemRecordID = h.Item.ItemRecordId,
        AssignedBranchID = h.Item.Branch.OrganizationId,
        PickupOrganizationID = h.Patron.Branch.OrganizationId,
        PatronID = h.Patron.PatronId,
        ItemBarcode = h.Item.Barcode,
        BrowseTitle = h.Item.Title.BrowseTitle,
        BrowseAuthor = h.Item.Title.BrowseAuthor,
        ItemCallNumber = h.Item.Title.CallNumber,
        Price = h.Item.Price,
        Abbreviation = h.Patron.Branch.Abbreviation,
        Name = h.Patron.Branch.Name,
        PhoneNumberOne = h.Patron.Branch.PhoneNumber,
        DeliveryOptionID = (int)h.Patron.Delivery,
        HoldTillDate = h.HoldTillDate,
        ItemFormatID = h.Item.Title.MaterialTypeId,
        AdminLanguageID = h.Patron.Language.LanguageId,
        NotificationTypeID = (int)NotificationType.Hold,
        HoldPickupAreaID = 0,
    });
}
