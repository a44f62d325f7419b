using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.NotificationHistory</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record NotificationHistoryRow
{
    [SqlType("int")] public int? PatronId { get; init; }
    [SqlType("int")] public int? ItemRecordId { get; init; }
    [SqlType("int")] public int? TxnId { get; init; }
    [SqlType("int")] public int? NotificationTypeId { get; init; }
    [SqlType("int")] public int? ReportingOrgId { get; init; }
    [SqlType("int")] public int? DeliveryOptionId { get; init; }
    [SqlType("datetime")] public DateTime? NoticeDate { get; init; }
    [SqlType("money")] public decimal? Amount { get; init; }
    [SqlType("int")] public int? NotificationStatusId { get; init; }
    [SqlType("nvarchar(600)")] public string? Title { get; init; }

    public static IEnumerable<NotificationHistoryRow> Project(World world) => world.Notices.Select(n => new NotificationHistoryRow
    {
        PatronId = n.Patron.PatronId,
        ItemRecordId = n.Item?.ItemRecordId,
        TxnId = n.Dispatch.TxnId,
        NotificationTypeId = (int)n.Type,
        ReportingOrgId = n.Patron.Branch.OrganizationId,
        DeliveryOptionId = (int)n.Delivery,
        NoticeDate = n.NoticeDate,
        Amount = n.Dispatch.Amount,
        NotificationStatusId = (int)n.Status,
        Title = n.Item?.Title.BrowseTitle,
    });
}
