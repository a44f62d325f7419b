using PolarisSampleData.Domain;

using static PolarisSampleData.Shoutbomb.SqlcmdText;

namespace PolarisSampleData.Shoutbomb;

/// <summary>
/// The library's Shoutbomb export queries, run over a world (or shard) as it stood at an upload time:
/// the same fields, joins, conditions and order as its sqlcmd scripts (see the reference README), each
/// line as sqlcmd prints it. What does not change between uploads (who is registered for phone
/// notices, their holds and loans, the lines that never change) is taken from the world once, so 21
/// days of uploads cost little more than one.
/// </summary>
internal sealed class SubmissionQueries
{
    private readonly World _world;
    private readonly List<(Hold Hold, string Line)> _phoneHolds;
    private readonly List<Dispatch> _phoneItemNotices;
    private readonly ILookup<(int PatronId, int ItemRecordId), Loan> _loans;
    private readonly List<Loan> _phoneLoans;
    private readonly Dictionary<DeliveryOption, List<(Patron Patron, string Line)>> _phonePatrons;

    public SubmissionQueries(World world)
    {
        _world = world;
        // The query reads Results.HoldNotices, which lists the holds on the shelf today (an ended hold's earlier
        // uploads are not rebuilt; the roster ends only email and mail patrons' holds).
        _phoneHolds = world.Holds.Where(h => h.IsHeld && h.Patron.Delivery.IsPhone())
            .OrderBy(h => h.Patron.Barcode, StringComparer.Ordinal).ThenBy(h => h.SysHoldRequestId)
            .Select(h => (h, HoldLine(h))).ToList();
        _phoneItemNotices = world.Notices.Select(n => n.Dispatch)
            .Where(d => d.Delivery.IsPhone() && OverdueFileTypes.Contains(d.Type) && d.Item is not null).ToList();
        _loans = world.Loans.ToLookup(l => (l.Patron.PatronId, l.Item.ItemRecordId));
        _phoneLoans = world.Loans.Where(l => l.Patron.Delivery.IsPhone() && l.Item.Title.MaterialTypeId != JuvenileAudio).ToList();
        _phonePatrons = new[] { DeliveryOption.Voice, DeliveryOption.Text }.ToDictionary(option => option, option =>
            world.Patrons.Where(p => p.Delivery == option && p.Phone is { Length: > 9 })
                .OrderBy(p => p.Barcode, StringComparer.Ordinal)
                .Select(p => (p, Line([p.Phone!.Replace("-", "", StringComparison.Ordinal), p.Barcode]))).ToList());
    }

    public IEnumerable<string> Lines(ShoutbombRun run) => run.Kind switch
    {
        ShoutbombKind.VoicePatrons => PhonePatrons(run.StartedAt, DeliveryOption.Voice).Select(p => p.Line),
        ShoutbombKind.TextPatrons => PhonePatrons(run.StartedAt, DeliveryOption.Text).Select(p => p.Line),
        ShoutbombKind.Renew => RenewUploaded(run.StartedAt).Select(l => ItemLine(l, run.StartedAt)),
        ShoutbombKind.Overdue => OverdueUploaded(run.StartedAt).Select(l => ItemLine(l, run.StartedAt)),
        _ => Holds(run.StartedAt).Select(h => h.Line),
    };

    /// <summary>The holds whose lines the holds run at <paramref name="uploadedAt"/> submits.</summary>
    public IEnumerable<Hold> HoldsUploaded(DateTime uploadedAt) => Holds(uploadedAt).Select(h => h.Hold);

    /// <summary>The patrons the voice_patrons or text_patrons run at <paramref name="uploadedAt"/> lists.</summary>
    public IEnumerable<Patron> Listed(DateTime uploadedAt, DeliveryOption option) => PhonePatrons(uploadedAt, option).Select(p => p.Patron);

    /// <summary>
    /// Queued voice/text hold notices whose HoldTillDate is still ahead; a hold is queued when its copy
    /// is trapped, so the queue at the upload holds the holds trapped by then. Ordered by patron barcode.
    /// </summary>
    private IEnumerable<(Hold Hold, string Line)> Holds(DateTime uploadedAt) =>
        _phoneHolds.Where(h => h.Hold.HoldNotificationDate <= uploadedAt && h.Hold.HoldTillDate > uploadedAt);

    private static string HoldLine(Hold h) => Line(
    [
        Uploaded(h.Item.Title),
        Day(h.HoldNotificationDate),
        Number(h.SysHoldRequestId),
        Number(h.Patron.PatronId),
        Number(h.Patron.Branch.OrganizationId),
        Day(h.HoldTillDate),
        h.Patron.Barcode,
    ]);

    /// <summary>How far back from its run the overdue query takes queued notices.</summary>
    public static readonly TimeSpan OverdueLookBack = TimeSpan.FromHours(24);

    /// <summary>
    /// Voice/text overdue, reminder, fine and bill notices queued in the 24 hours before the upload,
    /// joined to the checkout they are about (so only item notices on loans still out at the upload).
    /// </summary>
    public IEnumerable<Loan> OverdueUploaded(DateTime uploadedAt) =>
        _phoneItemNotices
            .Where(d => d.QueuedAt > uploadedAt - OverdueLookBack && d.QueuedAt <= uploadedAt)
            .SelectMany(d => _loans[(d.Patron.PatronId, d.Item!.ItemRecordId)].Where(l => l.IsOutAt(uploadedAt)))
            .OrderBy(l => l.Patron.PatronId).ThenBy(l => l.Item.ItemRecordId);

    /// <summary>The notice types the overdue query takes from the queue.</summary>
    public static readonly IReadOnlySet<NotificationType> OverdueFileTypes = new HashSet<NotificationType>
        {
            NotificationType.FirstOverdue, NotificationType.AlmostOverdueReminder, NotificationType.Fine, NotificationType.Bill,
            NotificationType.SecondOverdue, NotificationType.ThirdOverdue,
        };

    /// <summary>Voice/text patrons' loans falling due on the calendar day three days after the upload, except Juvenile Audio.</summary>
    public IEnumerable<Loan> RenewUploaded(DateTime uploadedAt)
    {
        var dueDay = DateOnly.FromDateTime(uploadedAt).AddDays(RenewDaysAhead);
        return _phoneLoans
            .Where(l => l.IsOutAt(uploadedAt) && DateOnly.FromDateTime(l.TermAt(uploadedAt).DueDate) == dueDay)
            .OrderBy(l => l.Patron.PatronId).ThenBy(l => l.Item.ItemRecordId);
    }

    /// <summary>The renew run selects the loans falling due on the calendar day this many days after it.</summary>
    public const int RenewDaysAhead = 3;

    /// <summary>The renew query leaves out MaterialTypeID 12 (Juvenile Audio).</summary>
    public const int JuvenileAudio = 12;

    /// <summary>Patrons registered for voice (3) or text (8) whose card had not lapsed three months before the upload, by barcode.</summary>
    private IEnumerable<(Patron Patron, string Line)> PhonePatrons(DateTime uploadedAt, DeliveryOption option) =>
        _phonePatrons[option].Where(p => p.Patron.ExpirationDate > uploadedAt.AddMonths(-3));

    /// <summary>A title as the queries select it: a <c>|</c> in it, which would split the line, written as <c>-</c>.</summary>
    private static string Uploaded(Title title) => title.BrowseTitle.Replace('|', '-');

    /// <summary>The 13 fields of the overdue and renew files; fields 6-9 are always empty.</summary>
    private static string ItemLine(Loan loan, DateTime uploadedAt)
    {
        var (due, renewals) = loan.TermAt(uploadedAt);
        return Line(
        [
            Number(loan.Patron.PatronId),
            loan.Item.Barcode,
            Uploaded(loan.Item.Title),
            Day(due),
            Number(loan.Item.ItemRecordId),
            "", "", "", "",
            Number(renewals),
            Number(loan.Item.Title.BibliographicRecordId),
            Number(loan.Item.RenewalLimit),
            loan.Patron.Barcode,
        ]);
    }
}
