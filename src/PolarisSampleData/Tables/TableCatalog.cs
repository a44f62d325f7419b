using PolarisSampleData.Tables.Polaris;
using PolarisSampleData.Tables.PolarisTransactions;
using PolarisSampleData.Tables.Reference;
using PolarisSampleData.Tables.Results;

namespace PolarisSampleData.Tables;

/// <summary>
/// Every table a data set holds, in the plan's generation order, then the reference tables.
/// Query-result exports (NotificationHistory, CircReminders) are comma-delimited as the originals were.
/// </summary>
public static class TableCatalog
{
    public static readonly IReadOnlyList<ITable> All =
    [
        new Table<PatronsRow>("Polaris", "Patrons", PatronsRow.Project),
        new Table<PatronRegistrationRow>("Polaris", "PatronRegistration", PatronRegistrationRow.Project),
        new Table<AddressesRow>("Polaris", "Addresses", AddressesRow.Project),
        new Table<PatronAddressesRow>("Polaris", "PatronAddresses", PatronAddressesRow.Project),
        new Table<BibliographicRecordsRow>("Polaris", "BibliographicRecords", BibliographicRecordsRow.Project),
        new Table<CircItemRecordsRow>("Polaris", "CircItemRecords", CircItemRecordsRow.Project),
        new Table<CircReserveItemRecordsViewRow>("Polaris", "CircReserveItemRecords_View", CircReserveItemRecordsViewRow.Project),
        new Table<SysHoldRequestsRow>("Polaris", "SysHoldRequests", SysHoldRequestsRow.Project),
        new Table<HoldNoticesRow>("Results", "HoldNotices", HoldNoticesRow.Project),
        new Table<SysHoldHistoryRow>("Polaris", "SysHoldHistory", SysHoldHistoryRow.Project),
        new Table<SysHoldHistoryDailyRow>("Polaris", "SysHoldHistoryDaily", SysHoldHistoryDailyRow.Project),
        new Table<ItemCheckoutsRow>("Polaris", "ItemCheckouts", ItemCheckoutsRow.Project),
        new Table<NotificationQueueRow>("Results", "NotificationQueue", NotificationQueueRow.Project),
        new Table<ViewOverdueNoticesDataRow>("Polaris", "ViewOverdueNoticesData", ViewOverdueNoticesDataRow.Project),
        new Table<OverdueNoticesRow>("Results", "OverdueNotices", OverdueNoticesRow.Project),
        new Table<CircRemindersRow>("Results", "CircReminders", CircRemindersRow.Project, Separator: ','),
        new Table<FineNoticesRow>("Results", "FineNotices", FineNoticesRow.Project),
        new Table<FineNoticesReportRow>("Results", "FineNoticesReport", FineNoticesReportRow.Project),
        new Table<PatronFineNoticesRow>("Polaris", "PatronFineNotices", PatronFineNoticesRow.Project),
        new Table<ManualBillNoticesRow>("Results", "ManualBillNotices", ManualBillNoticesRow.Project),
        new Table<ViewManualBillNoticesDataRow>("Polaris", "ViewManualBillNoticesData", ViewManualBillNoticesDataRow.Project),
        new Table<NotificationHistoryRow>("Results", "NotificationHistory", NotificationHistoryRow.Project, Separator: ','),
        new Table<NotificationLogsRow>("PolarisTransactions", "NotificationLogs", NotificationLogsRow.Project),

        new Table<AddressLabelsRow>("Polaris", "AddressLabels", _ => AddressLabelsRow.Rows),
        new Table<AddressTypesRow>("Polaris", "AddressTypes", _ => AddressTypesRow.Rows),
        new Table<DeliveryOptionsRow>("Polaris", "DeliveryOptions", _ => DeliveryOptionsRow.Rows),
        new Table<FineCodesRow>("Polaris", "FineCodes", _ => FineCodesRow.Rows),
        new Table<ItemStatusesRow>("Polaris", "ItemStatuses", _ => ItemStatusesRow.Rows),
        new Table<LoanPeriodCodesRow>("Polaris", "LoanPeriodCodes", _ => LoanPeriodCodesRow.Rows),
        new Table<NotificationStatusesRow>("Polaris", "NotificationStatuses", _ => NotificationStatusesRow.Rows),
        new Table<NotificationTypesRow>("Polaris", "NotificationTypes", _ => NotificationTypesRow.Rows),
        new Table<OrganizationsRow>("Polaris", "Organizations", _ => OrganizationsRow.Rows),
        new Table<PostalCodesRow>("Polaris", "PostalCodes", _ => PostalCodesRow.Rows),
        new Table<RecordStatusesRow>("Polaris", "RecordStatuses", _ => RecordStatusesRow.Rows),
        new Table<ShelfLocationsRow>("Polaris", "ShelfLocations", _ => ShelfLocationsRow.Rows),
        new Table<StatisticalCodesRow>("Polaris", "StatisticalCodes", _ => StatisticalCodesRow.Rows),
        new Table<SysHoldStatusesRow>("Polaris", "SysHoldStatuses", _ => SysHoldStatusesRow.Rows),
        new Table<MaterialTypesRow>("Results", "MaterialTypes", _ => MaterialTypesRow.Rows),
    ];
}
