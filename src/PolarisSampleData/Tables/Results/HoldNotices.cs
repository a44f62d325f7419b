using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.HoldNotices</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record HoldNoticesRow
{
    public int? ItemRecordID { get; init; }
    public int? AssignedBranchID { get; init; }
    public int? PickupOrganizationID { get; init; }
    public int? PatronID { get; init; }
    public string? ItemBarcode { get; init; }
    public string? BrowseTitle { get; init; }
    public string? BrowseAuthor { get; init; }
    public string? ItemCallNumber { get; init; }
    public decimal? Price { get; init; }
    public string? Abbreviation { get; init; }
    public string? Name { get; init; }
    public string? PhoneNumberOne { get; init; }
    public int? DeliveryOptionID { get; init; }
    public DateTime? HoldTillDate { get; init; }
    public int? ItemFormatID { get; init; }
    public int? AdminLanguageID { get; init; }
    public int? NotificationTypeID { get; init; }
    public int? HoldPickupAreaID { get; init; }

    public static IEnumerable<HoldNoticesRow> Project(World world) => world.Holds.Select(h => new HoldNoticesRow
    {
        ItemRecordID = h.Item.ItemRecordId,
        AssignedBranchID = Library.OrganizationId,
        PickupOrganizationID = Library.OrganizationId,
        PatronID = h.Patron.PatronId,
        ItemBarcode = h.Item.Barcode,
        BrowseTitle = h.Item.Title.BrowseTitle,
        BrowseAuthor = h.Item.Title.BrowseAuthor,
        ItemCallNumber = h.Item.Title.CallNumber,
        Price = h.Item.Price,
        Abbreviation = Library.Abbreviation,
        Name = Library.Name,
        PhoneNumberOne = Library.PhoneNumber,
        DeliveryOptionID = (int)h.Patron.Delivery,
        HoldTillDate = h.HoldTillDate,
        ItemFormatID = h.Item.Title.MaterialTypeId,
        AdminLanguageID = Library.LanguageId,
        NotificationTypeID = (int)NotificationType.Hold,
        HoldPickupAreaID = 0,
    });
}
