using System.Globalization;
using System.Runtime.CompilerServices;
using PolarisSampleData.Domain;
using PolarisSampleData.Output;

using static PolarisSampleData.Shoutbomb.SqlcmdText;

namespace PolarisSampleData.Shoutbomb;

/// <summary>
/// Polaris' PhoneNotices export ("enhanced profile", 25 fields): the voice and text notices its morning
/// notice processing picked up, those queued since the previous day's export. Almost-overdue reminders
/// are not in it; phone patrons get those through the integration's renew file. A patron's notices
/// come together, in the order they were queued, as the calls and texts are made per patron.
/// </summary>
internal static class PhoneNotices
{
    /// <summary>Polaris writes an empty value as a single space.</summary>
    public const string Empty = " ";

    private static readonly HashSet<NotificationType> Exported =
        [NotificationType.FirstOverdue, NotificationType.Hold, NotificationType.Fine, NotificationType.Bill,
         NotificationType.SecondOverdue, NotificationType.ThirdOverdue, NotificationType.SecondHold, NotificationType.HoldCancel, NotificationType.ManualBill];

    /// <summary>
    /// The lines of every day's export, as the file holds them. A notice's line is the same whichever
    /// day picks it up, so the lines are made once and each day takes those queued since the day before.
    /// </summary>
    public static Func<PhoneNoticesRun, IEnumerable<string>> For(World world)
    {
        var holds = world.Holds.ToDictionary(h => (h.Patron.PatronId, h.Item.ItemRecordId));
        var dueDates = world.Overdues.ToDictionary(o => (o.Patron.PatronId, o.Item.ItemRecordId), o => o.DueDate);
        var exported = world.Notices
            .Where(n => n.Delivery.IsPhone() && Exported.Contains(n.Type))
            .OrderBy(n => n.Patron.PatronId).ThenBy(n => n.Dispatch.QueuedAt).ThenBy(n => n.Item?.ItemRecordId)
            .Select(n =>
            {
                var key = (n.Patron.PatronId, n.Item?.ItemRecordId ?? 0);
                var hold = n.Type is NotificationType.Hold or NotificationType.SecondHold or NotificationType.HoldCancel ? holds[key] : null;
                DateTime? date = hold?.HoldTillDate ?? (n.Type.IsOverdue() ? dueDates[key] : null);
                return (n.Dispatch.QueuedAt, Line: Quoted(Fields(n, hold, date)));
            })
            .ToList();
        return run =>
        {
            var previous = world.PhoneNoticesRuns.Where(r => r.WrittenAt < run.WrittenAt).Select(r => r.WrittenAt)
                .DefaultIfEmpty(run.WrittenAt.AddDays(-1)).Max();
            return exported.Where(n => n.QueuedAt > previous && n.QueuedAt <= run.WrittenAt).Select(n => n.Line);
        };
    }

    /// <summary>Every field quoted (quotes doubled), each followed by a comma, the last too.</summary>
    private static string Quoted(ReadOnlySpan<string> fields)
    {
        // Built in one buffer: a million-patron set writes over a million of these lines.
        var line = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[512]);
        foreach (var field in fields)
        {
            line.AppendLiteral("\"");
            line.AppendFormatted(field.Replace("\"", "\"\"", StringComparison.Ordinal));
            line.AppendLiteral("\",");
        }
        return line.ToStringAndClear();
    }

    /// <summary>The i-tiva notice type: 1 overdues, 2 holds (first and second pick-up notices), 3 hold cancels, 4 fines and bills.</summary>
    public static int ItivaType(NotificationType type) => type switch
    {
        NotificationType.Hold or NotificationType.SecondHold => 2,
        NotificationType.HoldCancel => 3,
        _ when type.IsOverdue() => 1,
        _ => 4,
    };

    private static string[] Fields(Notice notice, Hold? hold, DateTime? date)
    {
        var patron = notice.Patron;
        var item = notice.Item;
        var dispatch = notice.Dispatch;
        string[] fields =
        [
            notice.Delivery == DeliveryOption.Voice ? "V" : "T",
            patron.Language.PhoneNoticesCode,
            Number(ItivaType(notice.Type)),
            Number(notice.Type.OverdueLevel()),
            patron.Barcode,
            Empty,
            patron.FirstName,
            patron.LastName,
            patron.Phone ?? Empty,
            patron.Email ?? Empty,
            patron.Branch.Abbreviation,
            patron.Branch.Name,
            item?.Barcode ?? Empty,
            date?.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture) ?? Empty,
            item?.Title.BrowseTitle ?? Empty,
            Number(patron.Branch.OrganizationId),
            Number(patron.Language.LanguageId),
            Number((int)notice.Type),
            Number((int)notice.Delivery),
            Number(patron.PatronId),
            item is null ? Empty : Number(item.ItemRecordId),
            Number(hold?.SysHoldRequestId ?? 0),
            Empty,
            dispatch.TxnId is { } txn ? Number(txn) : Empty,
            dispatch.Amount is { } amount ? amount.ToString(CsvFormat.MoneyFormat, CultureInfo.InvariantCulture) : Empty,
        ];
        return fields;
    }
}
