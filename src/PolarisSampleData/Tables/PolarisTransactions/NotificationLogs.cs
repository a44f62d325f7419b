using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.PolarisTransactions;

/// <summary>Columns of <c>PolarisTransactions.Polaris.NotificationLogs</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record NotificationLogsRow
{
    public int? PatronID { get; init; }
    public DateTime? NotificationDateTime { get; init; }
    public int? NotificationTypeID { get; init; }
    public int? DeliveryOptionID { get; init; }
    public string? DeliveryString { get; init; }
    public int? OverduesCount { get; init; }
    public int? HoldsCount { get; init; }
    public int? CancelsCount { get; init; }
    public int? RecallsCount { get; init; }
    public int? NotificationStatusID { get; init; }
    public string? Details { get; init; }
    public int? RoutingsCount { get; init; }
    public int? ReportingOrgID { get; init; }
    public string? PatronBarcode { get; init; }
    public bool? Reported { get; init; }
    public int? Overdues2ndCount { get; init; }
    public int? Overdues3rdCount { get; init; }
    public int? BillsCount { get; init; }
    public int? LanguageID { get; init; }
    public string? CarrierName { get; init; }
    public int? ManualBillCount { get; init; }
    public int? NotificationLogID { get; init; }

    public static IEnumerable<NotificationLogsRow> Project(World world) => world.Logs.Select(log => new NotificationLogsRow
    {
        PatronID = log.Patron.PatronId,
        NotificationDateTime = log.NotificationDateTime,
        NotificationTypeID = (int)log.Type,
        DeliveryOptionID = (int)log.Patron.Delivery,
        DeliveryString = log.Patron.DeliveryString,
        OverduesCount = log.Count(NotificationType.FirstOverdue),
        HoldsCount = log.Count(NotificationType.Hold),
        CancelsCount = 0,
        RecallsCount = 0,
        NotificationStatusID = (int)log.Status,
        RoutingsCount = 0,
        ReportingOrgID = Library.OrganizationId,
        PatronBarcode = log.Patron.Barcode,
        Reported = true,
        Overdues2ndCount = log.Count(NotificationType.SecondOverdue),
        Overdues3rdCount = log.Count(NotificationType.ThirdOverdue),
        BillsCount = log.Count(NotificationType.Bill),
        LanguageID = Library.LanguageId,
        ManualBillCount = log.Count(NotificationType.ManualBill),
        NotificationLogID = log.NotificationLogId,
    });
}
