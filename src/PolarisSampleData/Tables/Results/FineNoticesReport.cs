using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.FineNoticesReport</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record FineNoticesReportRow
{
    public int? PatronID { get; init; }
    public string? PatronName { get; init; }
    public int? ReportingOrgID { get; init; }
    public int? ReturnAddrOrgID { get; init; }
    public string? ReportingOrgName { get; init; }
    public string? ReportingOrgAbbreviation { get; init; }
    public string? ReportingOrgPhoneVoice { get; init; }
    public decimal? TotalAmountOwed { get; init; }
    public int? MinorPatronID { get; init; }
    public string? MinorPatronBarcode { get; init; }
    public string? MinorPatronName { get; init; }
    public int? ItemRecordID { get; init; }
    public string? ItemBarcode { get; init; }
    public string? CallNumber { get; init; }
    public string? Author { get; init; }
    public string? Title { get; init; }
    public DateTime? TxnDate { get; init; }
    public decimal? Amount { get; init; }
    public int? OwedOrganizationID { get; init; }
    public string? OwedOrganizationAbbr { get; init; }
    public int? DeliveryOptionID { get; init; }
    public int? PatronAddressID { get; init; }
    public string? PatronAddress { get; init; }
    public string? ReportingOrgAddress { get; init; }
    public string? PatronCity { get; init; }
    public string? PatronZip { get; init; }
    public int? AdminLanguageID { get; init; }
    public int? TxnID { get; init; }

    /// <summary>One line per charge on each fine notice; a notice's lines add up to its TotalAmountOwed.</summary>
    public static IEnumerable<FineNoticesReportRow> Project(World world)
    {
        var homes = world.PatronAddresses.ToDictionary(pa => pa.Patron.PatronId, pa => pa.Address);
        return world.FineNotices.SelectMany(f => f.Charges.Select(c => new FineNoticesReportRow
        {
            PatronID = f.Patron.PatronId,
            PatronName = f.Patron.FullName,
            ReportingOrgID = Library.OrganizationId,
            ReturnAddrOrgID = Library.OrganizationId,
            ReportingOrgName = Library.Name,
            ReportingOrgAbbreviation = Library.Abbreviation,
            ReportingOrgPhoneVoice = Library.PhoneNumber,
            TotalAmountOwed = f.Total,
            ItemRecordID = c.Item?.ItemRecordId,
            ItemBarcode = c.Item?.Barcode,
            CallNumber = c.Item?.Title.CallNumber,
            Author = c.Item?.Title.BrowseAuthor,
            Title = c.Item?.Title.BrowseTitle ?? c.Reason,
            TxnDate = c.TxnDate,
            Amount = c.Amount,
            OwedOrganizationID = Library.OrganizationId,
            OwedOrganizationAbbr = Library.Abbreviation,
            DeliveryOptionID = (int)f.Patron.Delivery,
            PatronAddressID = homes[f.Patron.PatronId].AddressId,
            PatronAddress = homes[f.Patron.PatronId].StreetOne,
            ReportingOrgAddress = Library.Address,
            PatronCity = homes[f.Patron.PatronId].PostalCode.City,
            PatronZip = homes[f.Patron.PatronId].PostalCode.Code,
            AdminLanguageID = Library.LanguageId,
            TxnID = c.TxnId,
        }));
    }
}
