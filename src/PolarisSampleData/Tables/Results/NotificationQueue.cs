using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.NotificationQueue</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record NotificationQueueRow
{
    [SqlType("int")] public int? ItemRecordID { get; init; }
    [SqlType("int")] public int? NotificationTypeID { get; init; }
    [SqlType("int")] public int? PatronID { get; init; }
    [SqlType("int")] public int? DeliveryOptionID { get; init; }
    [SqlType("bit")] public bool? Processed { get; init; }
    [SqlType("int"), LeftNull] public int? MinorPatronID { get; init; }
    [SqlType("int")] public int? ReportingOrgID { get; init; }
    [SqlType("money")] public decimal? Amount { get; init; }
    [SqlType("datetime")] public DateTime? CreationDate { get; init; }
    [SqlType("bit")] public bool? IsAdditionalTxt { get; init; }
    [SqlType("int"), PrimaryKey] public int? NotificationQueueID { get; init; }

    /// <summary>
    /// Every notice as it was queued: holds when the copy was trapped, everything else by the
    /// overnight processing of the day it went out. The rows stay after processing (Processed = 1).
    /// </summary>
    public static IEnumerable<NotificationQueueRow> Project(World world) =>
        world.Notices.Select(n => n.Dispatch)
            .OrderBy(d => d.QueuedAt).ThenBy(d => d.Patron.PatronId).ThenBy(d => d.Item?.ItemRecordId).ThenBy(d => d.Type)
            .Select((d, index) => new NotificationQueueRow
            {
                ItemRecordID = d.Item?.ItemRecordId,
                NotificationTypeID = (int)d.Type,
                PatronID = d.Patron.PatronId,
                DeliveryOptionID = (int)d.Delivery,
                Processed = true,
                ReportingOrgID = d.Patron.Branch.OrganizationId,
                Amount = d.Amount,
                CreationDate = d.QueuedAt,
                IsAdditionalTxt = false,
                NotificationQueueID = FirstNotificationQueueId + world.Start.QueuedNotices + index,
            });

    public const int FirstNotificationQueueId = 1_500_001;
}
