using System.Globalization;
using PolarisSampleData.Domain;

using static PolarisSampleData.Shoutbomb.SqlcmdText;

namespace PolarisSampleData.Shoutbomb;

/// <summary>
/// The library's Shoutbomb export queries, run over the world as it stood at an upload time: the same
/// fields, joins, conditions and order as its sqlcmd scripts (see the reference README), one line per
/// row, each field as sqlcmd prints it (<c>null</c> for NULL).
/// </summary>
public static class SubmissionQueries
{
    public static IEnumerable<string?[]> Lines(World world, ShoutbombRun run) => run.Kind switch
    {
        ShoutbombKind.VoicePatrons => PhonePatrons(world, run.StartedAt, DeliveryOption.Voice),
        ShoutbombKind.TextPatrons => PhonePatrons(world, run.StartedAt, DeliveryOption.Text),
        ShoutbombKind.Renew => Renew(world, run.StartedAt),
        ShoutbombKind.Overdue => Overdue(world, run.StartedAt),
        _ => Holds(world, run.StartedAt),
    };

    /// <summary>
    /// Queued voice/text hold notices whose HoldTillDate is still ahead; a hold is queued when its copy
    /// is trapped, so the queue at the upload holds the holds trapped by then.
    /// </summary>
    public static IEnumerable<string?[]> Holds(World world, DateTime uploadedAt) =>
        world.Holds
            .Where(h => h.Patron.Delivery.IsPhone() && h.HoldNotificationDate <= uploadedAt && h.HoldTillDate > uploadedAt)
            .OrderBy(h => h.Patron.Barcode, StringComparer.Ordinal).ThenBy(h => h.SysHoldRequestId)
            .Select(h => new[]
            {
                h.Item.Title.BrowseTitle,
                Day(h.HoldNotificationDate),
                Number(h.SysHoldRequestId),
                Number(h.Patron.PatronId),
                Number(Library.OrganizationId),
                Day(h.HoldTillDate),
                h.Patron.Barcode,
            });

    /// <summary>
    /// Voice/text overdue, reminder, fine and bill notices queued in the 24 hours before the upload,
    /// joined to the checkout they are about (so only item notices on loans still out at the upload).
    /// </summary>
    public static IEnumerable<string?[]> Overdue(World world, DateTime uploadedAt)
    {
        var loans = world.Loans.ToLookup(l => (l.Patron.PatronId, l.Item.ItemRecordId));
        return world.Notices.Select(n => n.Dispatch)
            .Where(d => d.Patron.Delivery.IsPhone() && OverdueFileTypes.Contains(d.Type)
                && d.QueuedAt > uploadedAt.AddHours(-24) && d.QueuedAt <= uploadedAt && d.Item is not null)
            .SelectMany(d => loans[(d.Patron.PatronId, d.Item!.ItemRecordId)].Where(l => l.IsOutAt(uploadedAt)))
            .OrderBy(l => l.Patron.PatronId).ThenBy(l => l.Item.ItemRecordId)
            .Select(l => ItemLine(l, uploadedAt));
    }

    /// <summary>The notice types the overdue query takes from the queue.</summary>
    private static readonly HashSet<NotificationType> OverdueFileTypes =
        [NotificationType.FirstOverdue, NotificationType.AlmostOverdueReminder, NotificationType.Fine, NotificationType.Bill,
         NotificationType.SecondOverdue, NotificationType.ThirdOverdue];

    /// <summary>Voice/text patrons' loans falling due on the calendar day three days after the upload.</summary>
    public static IEnumerable<string?[]> Renew(World world, DateTime uploadedAt)
    {
        var dueDay = DateOnly.FromDateTime(uploadedAt).AddDays(3);
        return world.Loans
            .Where(l => l.Patron.Delivery.IsPhone() && l.IsOutAt(uploadedAt)
                && DateOnly.FromDateTime(l.TermAt(uploadedAt).DueDate) == dueDay
                && l.Item.Title.MaterialTypeId != JuvenileAudio)
            .OrderBy(l => l.Patron.PatronId).ThenBy(l => l.Item.ItemRecordId)
            .Select(l => ItemLine(l, uploadedAt));
    }

    /// <summary>The renew query leaves out MaterialTypeID 12 (Juvenile Audio).</summary>
    private const int JuvenileAudio = 12;

    /// <summary>Patrons registered for voice (3) or text (8) whose card had not lapsed three months before the upload.</summary>
    public static IEnumerable<string?[]> PhonePatrons(World world, DateTime uploadedAt, DeliveryOption option) =>
        world.Patrons
            .Where(p => p.Delivery == option && p.Phone is { Length: > 9 } && p.ExpirationDate > uploadedAt.AddMonths(-3))
            .OrderBy(p => p.Barcode, StringComparer.Ordinal)
            .Select(p => new[] { p.Phone!.Replace("-", "", StringComparison.Ordinal), p.Barcode });

    /// <summary>The 13 fields of the overdue and renew files; fields 6-9 are always empty.</summary>
    private static string?[] ItemLine(Loan loan, DateTime uploadedAt)
    {
        var (due, renewals) = loan.TermAt(uploadedAt);
        return
        [
            Number(loan.Patron.PatronId),
            loan.Item.Barcode,
            loan.Item.Title.BrowseTitle,
            Day(due),
            Number(loan.Item.ItemRecordId),
            "", "", "", "",
            Number(renewals),
            Number(loan.Item.Title.BibliographicRecordId),
            Number(loan.Item.RenewalLimit),
            loan.Patron.Barcode,
        ];
    }
}
