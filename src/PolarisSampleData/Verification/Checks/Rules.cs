using System.Text.RegularExpressions;
using PolarisSampleData.Scenarios;
using PolarisSampleData.Tables;

namespace PolarisSampleData.Verification.Checks;


/// <summary>
/// A pattern every value of a column matches (and, for barcodes, carries its Mod-10 check digit);
/// <see cref="Meaning"/> completes "is not ...".
/// </summary>
internal sealed record Format(string Pattern, string Meaning, bool CheckDigit = false);

/// <summary>A column whose every value has a format: the same in every set, or the one the set's scenario gives.</summary>
internal sealed record FormatRule(string Table, string Column, Func<ScenarioSettings, Format> FormatIn);

/// <summary>Two dates of one row in the order a life or a loan runs: <see cref="Earlier"/> never after <see cref="Later"/>.</summary>
internal sealed record DateOrder(string Table, string Earlier, string Later);

/// <summary>An IDENTITY column <paramref name="Id"/> of <paramref name="Table"/> that grows with <paramref name="Date"/>, shard by shard of the rows' <paramref name="Patron"/>.</summary>
internal sealed record IdentityOrder(string Table, string Id, string Date, string? Patron = null);

/// <summary>A date column of current activity, which must fall inside the set's window around today.</summary>
internal sealed record ActivityDate(string Table, string Column);

/// <summary>
/// The facts the checks test, as data: add a row here when a table or column joins the set. A rule on a
/// table that a set does not hold is skipped, so rules may name tables before generate writes them.
/// </summary>
internal static class Rules
{
    // Declared before the lists that use them: static fields initialize in text order.
    private static readonly Format PatronBarcode = new("^233070[0-9]{8}$", "a patron barcode (233070, 7 digits and a Mod-10 check digit)", CheckDigit: true);
    private static readonly Format ItemBarcode = new("^333070[0-9]{8}$", "an item barcode (333070, 7 digits and a Mod-10 check digit)", CheckDigit: true);
    private static readonly Format Phone = new("^(27055501[0-9]{2}|270-555-01[0-9]{2})$", "a fictional phone (2705550100 to 2705550199, dashes allowed)");

    /// <summary>first.last at one of the scenario's email providers.</summary>
    public static Format EmailAt(IEnumerable<EmailProvider> providers)
    {
        var domains = providers.Select(p => p.Domain).ToList();
        return new($"^[a-z0-9]+\\.[a-z0-9]+@({string.Join('|', domains.Select(Regex.Escape))})$", $"first.last@ one of the scenario's email providers ({string.Join(", ", domains)})");
    }

    /// <summary>Barcodes handed out in sequence, phones in the block reserved for fiction, emails first.last at a common provider.</summary>
    public static readonly IReadOnlyList<FormatRule> Formats =
    [
        .. Matching(PatronBarcode, (Relationships.Patrons, "Barcode"), ("PolarisTransactions.NotificationLogs", "PatronBarcode"), ("Results.FineNoticesReport", "MinorPatronBarcode")),
        .. Matching(ItemBarcode, (Relationships.Items, "Barcode"), ("Polaris.CircItemRecords", "Barcode"), ("Polaris.SysHoldRequests", "ItemBarcode"),
            ("Results.HoldNotices", "ItemBarcode"), ("Polaris.ViewOverdueNoticesData", "ItemBarcode"), ("Results.OverdueNotices", "ItemBarcode"),
            ("Results.FineNoticesReport", "ItemBarcode"), ("Results.ManualBillNotices", "ItemBarcode"), ("Polaris.ViewManualBillNoticesData", "ItemBarcode")),
        .. Matching(Phone, ("Polaris.PatronRegistration", "PhoneVoice1"), ("Polaris.PatronRegistration", "PhoneVoice2"),
            ("Polaris.PatronRegistration", "PhoneVoice3"), ("Results.CircReminders", "PhoneVoice")),
        .. Matching(scenario => EmailAt(scenario.EmailProviders), ("Polaris.PatronRegistration", "EmailAddress"), ("Polaris.PatronRegistration", "AltEmailAddress"),
            ("Results.CircReminders", "EmailAddress")),
    ];

    /// <summary>The dates of current activity, which the scenario's window holds (the plan's: 20 days before and 10 days after today).</summary>
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

    /// <summary>
    /// Timelines: a patron is born, registered, then active (UpdateDate) and renewed; a hold is placed, then
    /// trapped, then held until its last day; a loan is due after it goes out. A lapsed card may still see
    /// activity (scenario L), so activity is not ordered against expiry.
    /// </summary>
    public static readonly IReadOnlyList<DateOrder> DateOrders =
    [
        new("Polaris.PatronRegistration", "Birthdate", "RegistrationDate"),
        new("Polaris.PatronRegistration", "RegistrationDate", "UpdateDate"),
        new("Polaris.PatronRegistration", "RegistrationDate", "ExpirationDate"),
        new(Relationships.Patrons, "RecordStatusDate", "LastActivityDate"),
        new("Polaris.SysHoldRequests", "CreationDate", "HoldNotificationDate"),
        new("Polaris.SysHoldRequests", "HoldNotificationDate", "HoldTillDate"),
        new("Polaris.ItemCheckouts", "CheckOutDate", "DueDate"),
    ];

    /// <summary>
    /// IDENTITY values grow with time: a patron registered later, and a hold request placed later, has the higher ID. A
    /// large set is made shard by shard, each shard's IDs following the last's, so the order holds within a shard.
    /// </summary>
    public static readonly IReadOnlyList<IdentityOrder> IdentityOrders =
    [
        new("Polaris.PatronRegistration", "PatronID", "RegistrationDate", "PatronID"),
        new("Polaris.SysHoldRequests", "SysHoldRequestID", "CreationDate", "PatronID"),
        // No patron names a title's or a copy's shard: their dates may drop only where a shard starts.
        new("Polaris.BibliographicRecords", "BibliographicRecordID", "CreationDate"),
        new("Polaris.CircItemRecords", "ItemRecordID", "FirstAvailableDate"),
    ];

    /// <summary>The dates of notices, which leave in the hourly batches (hh:01 to hh:59, hh 09 to 17).</summary>
    public static readonly IReadOnlyList<ActivityDate> BatchTimes = [new("Results.NotificationHistory", "NoticeDate")];

    private static IEnumerable<FormatRule> Matching(Format format, params (string Table, string Column)[] columns) => Matching(_ => format, columns);

    private static IEnumerable<FormatRule> Matching(Func<ScenarioSettings, Format> format, params (string Table, string Column)[] columns) =>
        columns.Select(c => new FormatRule(c.Table, c.Column, format));
}
