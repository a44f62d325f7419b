using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.FineNoticesReport</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record FineNoticesReportRow
{
    [SqlType("int")] public int? PatronID { get; init; }
    [SqlType("nvarchar(165)")] public string? PatronName { get; init; }
    [SqlType("int")] public int? ReportingOrgID { get; init; }
    [SqlType("int")] public int? ReturnAddrOrgID { get; init; }
    [SqlType("nvarchar(80)")] public string? ReportingOrgName { get; init; }
    [SqlType("nvarchar(15)")] public string? ReportingOrgAbbreviation { get; init; }
    [SqlType("nvarchar(32)")] public string? ReportingOrgPhoneVoice { get; init; }
    [SqlType("money")] public decimal? TotalAmountOwed { get; init; }
    [SqlType("int"), LeftNull] public int? MinorPatronID { get; init; }
    [SqlType("nvarchar(20)"), LeftNull] public string? MinorPatronBarcode { get; init; }
    [SqlType("nvarchar(165)"), LeftNull] public string? MinorPatronName { get; init; }
    [SqlType("int")] public int? ItemRecordID { get; init; }
    [SqlType("nvarchar(20)")] public string? ItemBarcode { get; init; }
    [SqlType("nvarchar(370)")] public string? CallNumber { get; init; }
    [SqlType("nvarchar(400)")] public string? Author { get; init; }
    [SqlType("nvarchar(600)")] public string? Title { get; init; }
    [SqlType("datetime")] public DateTime? TxnDate { get; init; }
    [SqlType("money")] public decimal? Amount { get; init; }
    [SqlType("int")] public int? OwedOrganizationID { get; init; }
    [SqlType("nvarchar(15)")] public string? OwedOrganizationAbbr { get; init; }
    [SqlType("int")] public int? DeliveryOptionID { get; init; }
    [SqlType("int")] public int? PatronAddressID { get; init; }
    [SqlType("nvarchar(400)")] public string? PatronAddress { get; init; }
    [SqlType("nvarchar(400)")] public string? ReportingOrgAddress { get; init; }
    [SqlType("nvarchar(32)")] public string? PatronCity { get; init; }
    [SqlType("nvarchar(17)")] public string? PatronZip { get; init; }
    [SqlType("int")] public int? AdminLanguageID { get; init; }
    [SqlType("int")] public int? TxnID { get; init; }

    /// <summary>One line per charge on each fine notice; a notice's lines add up to its TotalAmountOwed.</summary>
    public static IEnumerable<FineNoticesReportRow> Project(World world)
    {
        return world.FineNotices.SelectMany(f => f.Charges.Select(c => new FineNoticesReportRow
        {
            PatronID = f.Patron.PatronId,
            PatronName = f.Patron.FullName,
            ReportingOrgID = f.Patron.Branch.OrganizationId,
            ReturnAddrOrgID = f.Patron.Branch.OrganizationId,
            ReportingOrgName = f.Patron.Branch.Name,
            ReportingOrgAbbreviation = f.Patron.Branch.Abbreviation,
            ReportingOrgPhoneVoice = f.Patron.Branch.PhoneNumber,
            TotalAmountOwed = f.Total,
            ItemRecordID = c.Item?.ItemRecordId,
            ItemBarcode = c.Item?.Barcode,
            CallNumber = c.Item?.Title.CallNumber,
            Author = c.Item?.Title.BrowseAuthor,
            Title = c.Item?.Title.BrowseTitle ?? c.Reason,
            TxnDate = c.TxnDate,
            Amount = c.Amount,
            OwedOrganizationID = f.Patron.Branch.OrganizationId,
            OwedOrganizationAbbr = f.Patron.Branch.Abbreviation,
            DeliveryOptionID = (int)f.Patron.Delivery,
            PatronAddressID = world.HomeOf(f.Patron).AddressId,
            PatronAddress = world.HomeOf(f.Patron).StreetOne,
            ReportingOrgAddress = f.Patron.Branch.Address,
            PatronCity = world.HomeOf(f.Patron).PostalCode.City,
            PatronZip = world.HomeOf(f.Patron).PostalCode.Code,
            AdminLanguageID = f.Patron.Language.LanguageId,
            TxnID = c.TxnId,
        }));
    }
}
