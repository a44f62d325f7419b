using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.PatronFineNotices</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record PatronFineNoticesRow
{
    [SqlType("int"), PrimaryKey] public int? PatronID { get; init; }
    [SqlType("int"), PrimaryKey] public int? ReportingOrgID { get; init; }
    [SqlType("datetime")] public DateTime? FineNoticeDate { get; init; }
    [SqlType("money")] public decimal? Amount { get; init; }
    [SqlType("int")] public int? DeliveryOptionID { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? FineNotice2ndDate { get; init; }

    public static IEnumerable<PatronFineNoticesRow> Project(World world) => world.FineNotices.Select(f => new PatronFineNoticesRow
    {
        PatronID = f.Patron.PatronId,
        ReportingOrgID = f.Patron.Branch.OrganizationId,
        FineNoticeDate = f.NoticeDate,
        Amount = f.Total,
        DeliveryOptionID = (int)f.Patron.Delivery,
    });
}
