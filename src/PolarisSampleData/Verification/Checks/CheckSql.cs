using System.Globalization;
using PolarisSampleData.Domain;
using PolarisSampleData.Tables;

namespace PolarisSampleData.Verification.Checks;

/// <summary>What the checks' SQL is written with: the tables' names, the notice types and delivery options as SQL lists, literals.</summary>
internal static class CheckSql
{
    public const string Patrons = "Polaris.Patrons";
    public const string Registration = "Polaris.PatronRegistration";
    public const string HoldRequests = "Polaris.SysHoldRequests";
    public const string HoldNotices = "Results.HoldNotices";
    public const string Queue = "Results.NotificationQueue";
    public const string Overdues = "Polaris.ViewOverdueNoticesData";
    public const string History = "Results.NotificationHistory";
    public const string Logs = "PolarisTransactions.NotificationLogs";
    public const string Checkouts = "Polaris.ItemCheckouts";

    /// <summary>The types the plan follows from queue to history to log: holds and the three overdue levels.</summary>
    public static readonly NotificationType[] FlowTypes =
        [NotificationType.FirstOverdue, NotificationType.Hold, NotificationType.SecondOverdue, NotificationType.ThirdOverdue];

    /// <summary>What overdue processing queues about a loan: the three levels and the bill.</summary>
    public static readonly NotificationType[] OverdueTypes =
        [NotificationType.FirstOverdue, NotificationType.Bill, NotificationType.SecondOverdue, NotificationType.ThirdOverdue];

    /// <summary>The delivery options that leave through Shoutbomb.</summary>
    public static readonly DeliveryOption[] PhoneOptions = [DeliveryOption.Voice, DeliveryOption.Text];

    /// <summary>IDs as an SQL list: <c>1, 12, 13</c>.</summary>
    public static string Ids<T>(params IEnumerable<T> values) where T : struct, Enum => string.Join(", ", Numbers(values));

    /// <summary>IDs as a row filter takes them.</summary>
    public static IEnumerable<long> Numbers<T>(params IEnumerable<T> values) where T : struct, Enum =>
        values.Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture));

    /// <summary>What a query reads of a table: these columns of every row (narrow it with <see cref="TableRead.Where"/>).</summary>
    public static TableRead Read(string table, params string[] columns) => new(table, columns);

    /// <summary>A SQL string literal, as quote() shows text.</summary>
    public static string Text(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>The file a table is loaded from, as a SQL literal.</summary>
    public static string FileOf(string table) => Text(Layouts.Get(table).FileName);
}
