namespace PolarisSampleData.Verification;

/// <summary>A column whose values must exist in another table's column. Tables by SQL name, e.g. <c>Polaris.Patrons</c>.</summary>
public sealed record ForeignKey(string Table, string Column, string ReferencedTable, string ReferencedColumn);

/// <summary>A column whose every value matches a pattern; <see cref="Meaning"/> completes "is not ...".</summary>
public sealed record FormatRule(string Table, string Column, string Pattern, string Meaning);

/// <summary>A date column of current activity, which must fall inside the set's window around today.</summary>
public sealed record ActivityDate(string Table, string Column);

/// <summary>
/// The facts the checks test, as data: add a row here when a table or column joins the set. A rule on a
/// table that a set does not hold is skipped, so rules may name tables before generate writes them.
/// </summary>
public static class Rules
{
    private const string Patrons = "Polaris.Patrons";
    private const string Items = "Polaris.CircReserveItemRecords_View";
    private const string Organizations = "Polaris.Organizations";
    private const string DeliveryOptions = "Polaris.DeliveryOptions";
    private const string NotificationTypes = "Polaris.NotificationTypes";
    private const string MaterialTypes = "Results.MaterialTypes";
    private const string Bibs = "Polaris.BibliographicRecords";

    // Declared before the lists that use them: static fields initialize in text order.
    private static readonly (string Pattern, string Meaning) PatronBarcode = ("^233070[0-9]{8}$", "a patron barcode (233070 and 8 digits)");
    private static readonly (string Pattern, string Meaning) ItemBarcode = ("^333070[0-9]{8}$", "an item barcode (333070 and 8 digits)");
    private static readonly (string Pattern, string Meaning) Phone = ("^27055501[0-9]{2}$", "a fictional phone (2705550100 to 2705550199)");
    private static readonly (string Pattern, string Meaning) Email =
        ("^[a-z0-9]+\\.[a-z0-9]+@(gmail|yahoo|hotmail|outlook|icloud)\\.com$", "first.last@ gmail, yahoo, hotmail, outlook or icloud .com");

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

    /// <summary>Barcodes handed out in sequence, phones in the block reserved for fiction, emails first.last at a common provider.</summary>
    public static readonly IReadOnlyList<FormatRule> Formats =
    [
        .. Matching(PatronBarcode, (Patrons, "Barcode"), ("PolarisTransactions.NotificationLogs", "PatronBarcode"), ("Results.FineNoticesReport", "MinorPatronBarcode")),
        .. Matching(ItemBarcode, (Items, "Barcode"), ("Polaris.CircItemRecords", "Barcode"), ("Polaris.SysHoldRequests", "ItemBarcode"),
            ("Results.HoldNotices", "ItemBarcode"), ("Polaris.ViewOverdueNoticesData", "ItemBarcode"), ("Results.OverdueNotices", "ItemBarcode"),
            ("Results.FineNoticesReport", "ItemBarcode"), ("Results.ManualBillNotices", "ItemBarcode"), ("Polaris.ViewManualBillNoticesData", "ItemBarcode")),
        .. Matching(Phone, ("Polaris.PatronRegistration", "PhoneVoice1"), ("Polaris.PatronRegistration", "PhoneVoice2"),
            ("Polaris.PatronRegistration", "PhoneVoice3"), ("Results.CircReminders", "PhoneVoice")),
        .. Matching(Email, ("Polaris.PatronRegistration", "EmailAddress"), ("Polaris.PatronRegistration", "AltEmailAddress"),
            ("Results.CircReminders", "EmailAddress")),
    ];

    /// <summary>The dates of current activity, which the plan keeps inside 20 days before and 10 days after today.</summary>
    public static readonly IReadOnlyList<ActivityDate> ActivityDates =
    [
        new("Results.NotificationHistory", "NoticeDate"),
        new("PolarisTransactions.NotificationLogs", "NotificationDateTime"),
        new("Polaris.SysHoldRequests", "HoldNotificationDate"),
        new("Polaris.SysHoldRequests", "CreationDate"),
        new("Polaris.SysHoldRequests", "HoldTillDate"),
        new("Results.HoldNotices", "HoldTillDate"),
        new("Results.NotificationQueue", "CreationDate"),
        new("Polaris.ViewOverdueNoticesData", "DueDate"),
    ];

    private static IEnumerable<FormatRule> Matching((string Pattern, string Meaning) format, params (string Table, string Column)[] columns) =>
        columns.Select(c => new FormatRule(c.Table, c.Column, format.Pattern, format.Meaning));

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
