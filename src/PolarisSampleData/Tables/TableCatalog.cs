using PolarisSampleData.Tables.Polaris;
using PolarisSampleData.Tables.PolarisTransactions;
using PolarisSampleData.Tables.Reference;
using PolarisSampleData.Tables.Results;

namespace PolarisSampleData.Tables;

/// <summary>
/// Every table a data set holds, in the plan's generation order, then the reference tables.
/// Query-result exports (NotificationHistory, CircReminders) are comma-delimited as the originals were.
/// </summary>
internal static class TableCatalog
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

        Table<AddressLabelsRow>.Reference("Polaris", "AddressLabels", AddressLabelsRow.Rows),
        Table<AddressTypesRow>.Reference("Polaris", "AddressTypes", AddressTypesRow.Rows),
        Table<DeliveryOptionsRow>.Reference("Polaris", "DeliveryOptions", DeliveryOptionsRow.Rows),
        Table<FineCodesRow>.Reference("Polaris", "FineCodes", FineCodesRow.Rows),
        Table<ItemStatusesRow>.Reference("Polaris", "ItemStatuses", ItemStatusesRow.Rows),
        Table<LoanPeriodCodesRow>.Reference("Polaris", "LoanPeriodCodes", LoanPeriodCodesRow.Rows),
        Table<NotificationStatusesRow>.Reference("Polaris", "NotificationStatuses", NotificationStatusesRow.Rows),
        Table<NotificationTypesRow>.Reference("Polaris", "NotificationTypes", NotificationTypesRow.Rows),
        Table<OrganizationsRow>.Reference("Polaris", "Organizations", OrganizationsRow.For),
        Table<PostalCodesRow>.Reference("Polaris", "PostalCodes", PostalCodesRow.Rows),
        Table<RecordStatusesRow>.Reference("Polaris", "RecordStatuses", RecordStatusesRow.Rows),
        Table<ShelfLocationsRow>.Reference("Polaris", "ShelfLocations", ShelfLocationsRow.Rows),
        Table<StatisticalCodesRow>.Reference("Polaris", "StatisticalCodes", StatisticalCodesRow.Rows),
        Table<SysHoldStatusesRow>.Reference("Polaris", "SysHoldStatuses", SysHoldStatusesRow.Rows),
        Table<MaterialTypesRow>.Reference("Results", "MaterialTypes", MaterialTypesRow.Rows),
    ];
}
