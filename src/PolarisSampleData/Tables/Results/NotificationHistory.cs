using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.NotificationHistory</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record NotificationHistoryRow
{
    public int? PatronId { get; init; }
    public int? ItemRecordId { get; init; }
    public int? TxnId { get; init; }
    public int? NotificationTypeId { get; init; }
    public int? ReportingOrgId { get; init; }
    public int? DeliveryOptionId { get; init; }
    public DateTime? NoticeDate { get; init; }
    public decimal? Amount { get; init; }
    public int? NotificationStatusId { get; init; }
    public string? Title { get; init; }

    public static IEnumerable<NotificationHistoryRow> Project(World world) => world.Notices.Select(n => new NotificationHistoryRow
    {
        PatronId = n.Patron.PatronId,
        ItemRecordId = n.Item?.ItemRecordId,
        TxnId = n.Dispatch.TxnId,
        NotificationTypeId = (int)n.Type,
        ReportingOrgId = Library.OrganizationId,
        DeliveryOptionId = (int)n.Delivery,
        NoticeDate = n.NoticeDate,
        Amount = n.Dispatch.Amount,
        NotificationStatusId = (int)n.Status,
        Title = n.Item?.Title.BrowseTitle,
    });
}
