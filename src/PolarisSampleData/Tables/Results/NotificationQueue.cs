using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.NotificationQueue</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record NotificationQueueRow
{
    public int? ItemRecordID { get; init; }
    public int? NotificationTypeID { get; init; }
    public int? PatronID { get; init; }
    public int? DeliveryOptionID { get; init; }
    public bool? Processed { get; init; }
    public int? MinorPatronID { get; init; }
    public int? ReportingOrgID { get; init; }
    public decimal? Amount { get; init; }
    public DateTime? CreationDate { get; init; }
    public bool? IsAdditionalTxt { get; init; }
    public int? NotificationQueueID { get; init; }

    /// <summary>Hold notices are queued when the copy is trapped; overdue notices by overnight processing.</summary>
    public static IEnumerable<NotificationQueueRow> Project(World world)
    {
        var queued = world.Holds.Select(h => (h.Patron, h.Item, Type: NotificationType.Hold, Created: h.HoldNotificationDate))
            .Concat(world.Overdues.Select(o => (o.Patron, o.Item, Type: o.NoticeType, Created: o.QueuedDate)))
            .OrderBy(q => q.Created).ThenBy(q => q.Patron.PatronId).ThenBy(q => q.Item.ItemRecordId);
        return queued.Select((q, index) => new NotificationQueueRow
        {
            ItemRecordID = q.Item.ItemRecordId,
            NotificationTypeID = (int)q.Type,
            PatronID = q.Patron.PatronId,
            DeliveryOptionID = (int)q.Patron.Delivery,
            Processed = true,
            ReportingOrgID = Library.OrganizationId,
            CreationDate = q.Created,
            IsAdditionalTxt = false,
            NotificationQueueID = FirstNotificationQueueId + index,
        });
    }

    public const int FirstNotificationQueueId = 1_500_001;
}
