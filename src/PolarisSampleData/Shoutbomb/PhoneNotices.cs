using System.Globalization;
using PolarisSampleData.Domain;

namespace PolarisSampleData.Shoutbomb;

/// <summary>
/// Polaris' PhoneNotices export ("enhanced profile", 25 fields): the voice and text notices of one
/// day's notice runs. Almost-overdue reminders are not in it; phone patrons get those through the
/// integration's renew file.
/// </summary>
public static class PhoneNotices
{
    public const int FieldCount = 25;

    /// <summary>Polaris writes an empty value as a single space.</summary>
    public const string Empty = " ";

    private static readonly HashSet<NotificationType> Exported =
        [NotificationType.FirstOverdue, NotificationType.Hold, NotificationType.Fine, NotificationType.Bill,
         NotificationType.SecondOverdue, NotificationType.ThirdOverdue, NotificationType.ManualBill];

    public static IEnumerable<string[]> Lines(World world, DateOnly day)
    {
        var holds = world.Holds.ToDictionary(h => (h.Patron.PatronId, h.Item.ItemRecordId));
        var dueDates = world.Overdues.ToDictionary(o => (o.Patron.PatronId, o.Item.ItemRecordId), o => o.DueDate);
        return world.Notices
            .Where(n => n.Delivery.IsPhone() && Exported.Contains(n.Type) && DateOnly.FromDateTime(n.NoticeDate) == day)
            .Select(n =>
            {
                var key = (n.Patron.PatronId, n.Item?.ItemRecordId ?? 0);
                var hold = n.Type == NotificationType.Hold ? holds[key] : null;
                DateTime? date = hold?.HoldTillDate ?? (n.Type.IsOverdue() ? dueDates[key] : null);
                return Line(n, hold, date);
            });
    }

    /// <summary>The i-tiva notice type: 1 overdues, 2 holds, 3 hold cancels, 4 fines and bills.</summary>
    public static int ItivaType(NotificationType type) => type switch
    {
        NotificationType.Hold => 2,
        _ when type.IsOverdue() => 1,
        _ => 4,
    };

    /// <summary>The notification level: 2 and 3 for second and third overdues, 1 for everything else.</summary>
    public static int Level(NotificationType type) => type switch
    {
        NotificationType.SecondOverdue => 2,
        NotificationType.ThirdOverdue => 3,
        _ => 1,
    };

    private static string[] Line(Notice notice, Hold? hold, DateTime? date)
    {
        var patron = notice.Patron;
        var item = notice.Item;
        var dispatch = notice.Dispatch;
        string[] fields =
        [
            patron.Delivery == DeliveryOption.Voice ? "V" : "T",
            "eng",
            Number(ItivaType(notice.Type)),
            Number(Level(notice.Type)),
            patron.Barcode,
            Empty,
            patron.FirstName,
            patron.LastName,
            patron.Phone ?? Empty,
            patron.Email ?? Empty,
            Library.Abbreviation,
            Library.Name,
            item?.Barcode ?? Empty,
            date?.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture) ?? Empty,
            item?.Title.BrowseTitle ?? Empty,
            Number(Library.OrganizationId),
            Number(Library.LanguageId),
            Number((int)notice.Type),
            Number((int)patron.Delivery),
            Number(patron.PatronId),
            item is null ? Empty : Number(item.ItemRecordId),
            Number(hold?.SysHoldRequestId ?? 0),
            Empty,
            dispatch.TxnId is { } txn ? Number(txn) : Empty,
            dispatch.Amount is { } amount ? amount.ToString("0.00", CultureInfo.InvariantCulture) : Empty,
        ];
        return fields;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
