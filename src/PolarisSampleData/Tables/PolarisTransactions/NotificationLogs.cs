using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.PolarisTransactions;

/// <summary>Columns of <c>PolarisTransactions.Polaris.NotificationLogs</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record NotificationLogsRow
{
    [SqlType("int")] public int? PatronID { get; init; }
    [SqlType("datetime")] public DateTime? NotificationDateTime { get; init; }
    [SqlType("int")] public int? NotificationTypeID { get; init; }
    [SqlType("int")] public int? DeliveryOptionID { get; init; }
    [SqlType("nvarchar(255)")] public string? DeliveryString { get; init; }
    [SqlType("int")] public int? OverduesCount { get; init; }
    [SqlType("int")] public int? HoldsCount { get; init; }
    [SqlType("int")] public int? CancelsCount { get; init; }
    [SqlType("int")] public int? RecallsCount { get; init; }
    [SqlType("int")] public int? NotificationStatusID { get; init; }
    [SqlType("nvarchar(255)"), LeftNull] public string? Details { get; init; }
    [SqlType("int")] public int? RoutingsCount { get; init; }
    [SqlType("int")] public int? ReportingOrgID { get; init; }
    [SqlType("nvarchar(20)")] public string? PatronBarcode { get; init; }
    [SqlType("bit")] public bool? Reported { get; init; }
    [SqlType("int")] public int? Overdues2ndCount { get; init; }
    [SqlType("int")] public int? Overdues3rdCount { get; init; }
    [SqlType("int")] public int? BillsCount { get; init; }
    [SqlType("int")] public int? LanguageID { get; init; }
    [SqlType("nvarchar(255)"), LeftNull] public string? CarrierName { get; init; }
    [SqlType("int")] public int? ManualBillCount { get; init; }
    [SqlType("int"), PrimaryKey] public int? NotificationLogID { get; init; }

    public static IEnumerable<NotificationLogsRow> Project(World world) => world.Logs.Select(log => new NotificationLogsRow
    {
        PatronID = log.Patron.PatronId,
        NotificationDateTime = log.NotificationDateTime,
        NotificationTypeID = (int)log.Type,
        DeliveryOptionID = (int)log.Delivery,
        DeliveryString = log.DeliveryString,
        OverduesCount = log.Count(NotificationType.FirstOverdue),
        HoldsCount = log.Count(NotificationType.Hold),
        CancelsCount = log.Count(NotificationType.HoldCancel),
        RecallsCount = 0,
        NotificationStatusID = (int)log.Status,
        RoutingsCount = 0,
        ReportingOrgID = log.Patron.Branch.OrganizationId,
        PatronBarcode = log.Patron.Barcode,
        Reported = true,
        Overdues2ndCount = log.Count(NotificationType.SecondOverdue),
        Overdues3rdCount = log.Count(NotificationType.ThirdOverdue),
        BillsCount = log.Count(NotificationType.Bill),
        LanguageID = log.Patron.Language.LanguageId,
        ManualBillCount = log.Count(NotificationType.ManualBill),
        NotificationLogID = log.NotificationLogId,
    });
}
