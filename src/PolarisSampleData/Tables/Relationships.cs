namespace PolarisSampleData.Tables;

/// <summary>A column whose values must exist in another table's column. Tables by SQL name, e.g. <c>Polaris.Patrons</c>.</summary>
internal sealed record ForeignKey(string Table, string Column, string ReferencedTable, string ReferencedColumn);

/// <summary>
/// How the tables join, as data: every foreign key of every table the set holds. verify checks them
/// all, the SQLite export declares those it can. Add a row here when a table or column joins the set.
/// </summary>
internal static class Relationships
{
    public const string Patrons = "Polaris.Patrons";
    public const string Items = "Polaris.CircReserveItemRecords_View";
    public const string Organizations = "Polaris.Organizations";
    public const string DeliveryOptions = "Polaris.DeliveryOptions";
    public const string NotificationTypes = "Polaris.NotificationTypes";
    public const string MaterialTypes = "Results.MaterialTypes";
    public const string Bibs = "Polaris.BibliographicRecords";

    /// <summary>Every foreign key of every table: people, items, records and the reference IDs they carry.</summary>
    public static readonly IReadOnlyList<ForeignKey> ForeignKeys =
    [
        .. PatronAndItem("Polaris.PatronRegistration", item: null),
        Organization("Polaris.PatronRegistration", "RequestPickupBranchID"),
        Delivery("Polaris.PatronRegistration"),
        Organization(Patrons, "OrganizationID"),
        new(Patrons, "RecordStatusID", "Polaris.RecordStatuses", "RecordStatusID"),

        .. PatronAndItem("Polaris.PatronAddresses", item: null),
        new("Polaris.PatronAddresses", "AddressID", "Polaris.Addresses", "AddressID"),
        new("Polaris.PatronAddresses", "AddressTypeID", "Polaris.AddressTypes", "AddressTypeID"),
        new("Polaris.PatronAddresses", "AddressLabelID", "Polaris.AddressLabels", "AddressLabelID"),
        new("Polaris.Addresses", "PostalCodeID", "Polaris.PostalCodes", "PostalCodeID"),

        .. ItemRecord(Items),
        .. ItemRecord("Polaris.CircItemRecords"),
        new("Polaris.CircItemRecords", "ItemRecordID", Items, "ItemRecordID"),
        new(Bibs, "RecordStatusID", "Polaris.RecordStatuses", "RecordStatusID"),

        .. PatronAndItem("Polaris.SysHoldRequests", item: "TrappingItemRecordID"),
        Organization("Polaris.SysHoldRequests", "PickupBranchID"),
        new("Polaris.SysHoldRequests", "SysHoldStatusID", "Polaris.SysHoldStatuses", "SysHoldStatusID"),
        new("Polaris.SysHoldRequests", "BibliographicRecordID", Bibs, "BibliographicRecordID"),
        Delivery("Polaris.SysHoldRequests"),
        .. HoldHistory("Polaris.SysHoldHistory"),
        .. HoldHistory("Polaris.SysHoldHistoryDaily"),
        .. PatronAndItem("Results.HoldNotices", item: "ItemRecordID"),
        Organization("Results.HoldNotices", "AssignedBranchID"),
        Organization("Results.HoldNotices", "PickupOrganizationID"),
        new("Results.HoldNotices", "ItemFormatID", MaterialTypes, "MaterialTypeID"),
        Delivery("Results.HoldNotices"),
        Type("Results.HoldNotices"),

        .. PatronAndItem("Polaris.ItemCheckouts", item: "ItemRecordID"),
        Organization("Polaris.ItemCheckouts", "OrganizationID"),
        .. PatronAndItem("Polaris.ViewOverdueNoticesData", item: "ItemRecordID"),
        new("Polaris.ViewOverdueNoticesData", "ItemStatusID", "Polaris.ItemStatuses", "ItemStatusID"),
        Organization("Polaris.ViewOverdueNoticesData", "LoaningOrganizationID"),
        new("Polaris.ViewOverdueNoticesData", "FineCodeID", "Polaris.FineCodes", "FineCodeID"),
        .. PatronAndItem("Results.OverdueNotices", item: "ItemRecordID"),
        Organization("Results.OverdueNotices", "LoaningOrganizationID"),
        Organization("Results.OverdueNotices", "ReportingOrgID"),
        new("Results.OverdueNotices", "FineCodeID", "Polaris.FineCodes", "FineCodeID"),
        Delivery("Results.OverdueNotices"),
        Type("Results.OverdueNotices"),
        .. PatronAndItem("Results.CircReminders", item: "ItemRecordID"),
        Organization("Results.CircReminders", "ReportingOrgID"),
        Delivery("Results.CircReminders"),
        Type("Results.CircReminders"),

        .. PatronAndItem("Results.FineNotices", item: null),
        Organization("Results.FineNotices", "ReportingOrgID"),
        Delivery("Results.FineNotices"),
        Type("Results.FineNotices"),
        .. PatronAndItem("Results.FineNoticesReport", item: "ItemRecordID"),
        Organization("Results.FineNoticesReport", "ReportingOrgID"),
        Delivery("Results.FineNoticesReport"),
        .. PatronAndItem("Polaris.PatronFineNotices", item: null),
        Organization("Polaris.PatronFineNotices", "ReportingOrgID"),
        Delivery("Polaris.PatronFineNotices"),
        .. PatronAndItem("Results.ManualBillNotices", item: "ItemRecordID"),
        Organization("Results.ManualBillNotices", "ReportingOrgID"),
        new("Results.ManualBillNotices", "MaterialTypeID", MaterialTypes, "MaterialTypeID"),
        Delivery("Results.ManualBillNotices"),
        Type("Results.ManualBillNotices"),
        .. PatronAndItem("Polaris.ViewManualBillNoticesData", item: "ItemRecordID"),
        new("Polaris.ViewManualBillNoticesData", "MaterialTypeID", MaterialTypes, "MaterialTypeID"),

        .. PatronAndItem("Results.NotificationQueue", item: "ItemRecordID"),
        Organization("Results.NotificationQueue", "ReportingOrgID"),
        Delivery("Results.NotificationQueue"),
        Type("Results.NotificationQueue"),
        new("Results.NotificationHistory", "PatronId", Patrons, "PatronID"),
        new("Results.NotificationHistory", "ItemRecordId", Items, "ItemRecordID"),
        new("Results.NotificationHistory", "NotificationTypeId", NotificationTypes, "NotificationTypeID"),
        new("Results.NotificationHistory", "ReportingOrgId", Organizations, "OrganizationID"),
        new("Results.NotificationHistory", "DeliveryOptionId", DeliveryOptions, "DeliveryOptionID"),
        new("Results.NotificationHistory", "NotificationStatusId", "Polaris.NotificationStatuses", "NotificationStatusID"),
        .. PatronAndItem("PolarisTransactions.NotificationLogs", item: null),
        Organization("PolarisTransactions.NotificationLogs", "ReportingOrgID"),
        Delivery("PolarisTransactions.NotificationLogs"),
        Type("PolarisTransactions.NotificationLogs"),
        new("PolarisTransactions.NotificationLogs", "NotificationStatusID", "Polaris.NotificationStatuses", "NotificationStatusID"),

        Organization(Organizations, "ParentOrganizationID"),
        Organization("Polaris.ShelfLocations", "OrganizationID"),
        Organization("Polaris.StatisticalCodes", "OrganizationID"),
    ];

    private static IEnumerable<ForeignKey> PatronAndItem(string table, string? item)
    {
        yield return new ForeignKey(table, "PatronID", Patrons, "PatronID");
        if (item is not null) yield return new ForeignKey(table, item, Items, "ItemRecordID");
    }

    private static IEnumerable<ForeignKey> ItemRecord(string table) =>
    [
        new(table, "ItemStatusID", "Polaris.ItemStatuses", "ItemStatusID"),
        new(table, "RecordStatusID", "Polaris.RecordStatuses", "RecordStatusID"),
        new(table, "AssociatedBibRecordID", Bibs, "BibliographicRecordID"),
        new(table, "MaterialTypeID", MaterialTypes, "MaterialTypeID"),
        new(table, "LastUsePatronID", Patrons, "PatronID"),
        new(table, "FineCodeID", "Polaris.FineCodes", "FineCodeID"),
        new(table, "LoanPeriodCodeID", "Polaris.LoanPeriodCodes", "LoanPeriodCodeID"),
        new(table, "ShelfLocationID", "Polaris.ShelfLocations", "ShelfLocationID"),
        new(table, "StatisticalCodeID", "Polaris.StatisticalCodes", "StatisticalCodeID"),
        Organization(table, "LastUseBranchID"),
        Organization(table, "AssignedBranchID"),
        Organization(table, "LoaningOrgID"),
        Organization(table, "HomeBranchID"),
        Organization(table, "HoldPickupBranchID"),
    ];

    private static IEnumerable<ForeignKey> HoldHistory(string table) =>
    [
        new(table, "SysHoldRequestID", "Polaris.SysHoldRequests", "SysHoldRequestID"),
        new(table, "SysHoldStatusID", "Polaris.SysHoldStatuses", "SysHoldStatusID"),
        new(table, "ItemRecordID", Items, "ItemRecordID"),
        Organization(table, "OrganizationID"),
    ];

    private static ForeignKey Organization(string table, string column) => new(table, column, Organizations, "OrganizationID");

    private static ForeignKey Delivery(string table) => new(table, "DeliveryOptionID", DeliveryOptions, "DeliveryOptionID");

    private static ForeignKey Type(string table) => new(table, "NotificationTypeID", NotificationTypes, "NotificationTypeID");
}
