using Bogus;
using PolarisSampleData.Domain;
using PolarisSampleData.Scenarios;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 4b: the loans around the overdues. Active patrons have current loans falling due in the window's
/// days ahead (ten in the plan's), a picked-up hold's copy among them; every patron, the inactive ones included, returned loans during the window. Each loan
/// that was out three days before its due date got an almost-overdue reminder that morning, and a
/// renewed loan got an auto-renewal notice on its old due date. A few returns came back late and
/// left a fine behind (the charge phase bills them).
/// </summary>
internal sealed class LoanPhase(Faker faker, TimeScheduler scheduler, NoticeSchedule schedule)
{
    public const int FirstCircReminderId = 600_001;

    /// <summary>Runs on from shard to shard, so IDs stay unique in the whole set.</summary>
    private readonly IdSequence _ids = new(FirstCircReminderId);
    private int ReminderDaysBeforeDue => schedule.ReminderDaysBeforeDue;

    /// <summary>
    /// How many patrons returned something late, and so owe a fine: enough that the plan's 5-10 reach the
    /// minimum balance for a fine notice.
    /// </summary>
    public const int LateReturners = 10;

    /// <summary>The plan's "100+" CircReminders for 25 patrons: more than this many per patron.</summary>
    public const int RemindersPerPatron = 4;

    private ActivityWindow Window => scheduler.Window;

    /// <summary>A loan due on <paramref name="due"/> after <paramref name="renewals"/> renewals was checked out this many loan periods before, in opening hours.</summary>
    public static DateTime CheckOutFor(Faker faker, DateOnly due, Item item, int renewals) =>
        ActivityWindow.At(due.AddDays(-item.LoanDays * (renewals + 1)), OpeningHours.Draw(faker));

    public (IReadOnlyList<Loan> Loans, IReadOnlyList<Reminder> Reminders) Run(
        IReadOnlyList<Patron> patrons, IReadOnlyList<Item> items, ItemShelf shelf, IReadOnlyList<Hold> holds, IReadOnlyList<Overdue> overdues)
    {
        var current = patrons.Where(p => p.Scenario.Group != ScenarioGroup.NoCurrentActivity)
            .SelectMany(p => CurrentLoans(p, shelf))
            .Concat(holds.Where(h => h.IsFilled).Select(PickedUp))
            .ToList();

        // A returned loan must end before the copy's present use began: a picked-up hold's, at its trapping.
        var nextUse = items.ToDictionary(i => i.ItemRecordId, _ => ActivityWindow.EndOfDay(Window.Today));
        foreach (var hold in holds) nextUse[hold.Item.ItemRecordId] = hold.HoldNotificationDate;
        foreach (var loan in current.Concat(overdues.Select(o => o.Loan)))
            nextUse[loan.Item.ItemRecordId] = ActivityWindow.Earlier(nextUse[loan.Item.ItemRecordId], loan.CheckOutDate);
        var copies = new CopyCalendar(items.Select(i => (i, nextUse[i.ItemRecordId])));

        // Late returns are placed first: they are what the fines are made of, so they must find a copy.
        var lateReturners = faker.Random.Shuffle(patrons).Take(Scaled(LateReturners, patrons.Count)).Select(p => p.PatronId).ToHashSet();
        var requests = patrons.SelectMany(p => Enumerable.Range(0, faker.Random.Int(2, 4))
                .Select(i => (Patron: p, Late: i == 0 && lateReturners.Contains(p.PatronId))))
            .OrderByDescending(r => r.Late)
            .ToList();
        var returned = requests.Select(r => ReturnedLoan(r.Patron, r.Late, copies)).OfType<Loan>().ToList();

        // The plan wants reminders in volume: more returns, by patrons a reminder reaches, until there are more
        // than four for each patron or the copies are full (no free copy in a hundred draws running). These
        // were renewed once where the auto-renewal notice falls in the window, so it counts too.
        var reachable = patrons.Where(p => p.ReminderDelivery is not null).ToList();
        var reminderCount = ReminderCount(overdues.Select(o => o.Loan).Concat(current).Concat(returned));
        for (var misses = 0; reminderCount <= RemindersPerPatron * patrons.Count && reachable.Count > 0 && misses < 100;)
        {
            if (ReturnedLoan(faker.PickRandom<Patron>(reachable), late: false, copies, renewedWhereNoticed: true) is not { } extra)
            {
                misses++;
                continue;
            }
            (misses, reminderCount) = (0, reminderCount + ReminderCount([extra]));
            returned.Add(extra);
        }

        var loans = current.Concat(returned).ToList();
        var reminders = Remind(overdues.Select(o => o.Loan).Concat(loans));
        return (loans, reminders);
    }

    /// <summary>An active patron's current loans besides the one a story pins: none to this many.</summary>
    public const int MostUnpinnedCurrentLoans = 2;

    private IEnumerable<Loan> CurrentLoans(Patron patron, ItemShelf shelf)
    {
        var pinned = patron.Scenario.LoanDueInDays;
        var count = faker.Random.Int(0, MostUnpinnedCurrentLoans) + (pinned is null ? 0 : 1);
        for (var i = 0; i < count; i++)
        {
            var item = shelf.Take(faker, _ => true);
            var due = Window.Today.AddDays(i == 0 && pinned is { } days ? days : faker.Random.Int(1, Window.DaysAhead));
            var renewals = faker.Random.Bool(0.2f) ? Math.Min(1, item.RenewalLimit) : 0;
            yield return new Loan(patron, item, CheckOutFor(faker, due, item, renewals), ActivityWindow.EndOfDay(due), renewals, ReturnedDate: null);
        }
    }

    /// <summary>The checkout a picked-up hold became: the copy out to the patron from the pickup, for a loan period.</summary>
    private static Loan PickedUp(Hold hold) => new(hold.Patron, hold.Item, hold.Ending!.At,
        ActivityWindow.EndOfDay(DateOnly.FromDateTime(hold.Ending.At).AddDays(hold.Item.LoanDays)), Renewals: 0, ReturnedDate: null);

    /// <summary>A loan returned during the window, on a copy that was free then; none if no copy was.</summary>
    private Loan? ReturnedLoan(Patron patron, bool late, CopyCalendar copies, bool renewedWhereNoticed = false)
    {
        // Due late enough in the window that its reminder, three days before, is in it too.
        var earliest = ReminderDaysBeforeDue - Window.DaysBack;
        var due = Window.Today.AddDays(late ? faker.Random.Int(earliest, -2) : faker.Random.Int(earliest, 0));
        var returnedAt = late ? ReturnedLate(due) : ReturnedAfterReminder(due);
        if (copies.PickFreeUntil(faker, returnedAt) is not { } item) return null;
        // A renewal whose notice falls before the window only holds the copy longer.
        var renewed = renewedWhereNoticed ? due.AddDays(-item.LoanDays) >= Window.First : faker.Random.Bool(0.15f);
        var renewals = renewed ? Math.Min(1, item.RenewalLimit) : 0;
        var loan = new Loan(patron, item, CheckOutFor(faker, due, item, renewals), ActivityWindow.EndOfDay(due), renewals, returnedAt);
        copies.BusyFrom(item, loan.CheckOutDate);
        return loan;
    }

    /// <summary>A roster count (per 25 patrons) for a set of <paramref name="patrons"/>.</summary>
    public static int Scaled(int perRoster, int patrons) => (int)Math.Round(perRoster * patrons / (double)Roster.Size, MidpointRounding.AwayFromZero);

    /// <summary>Back 1-10 days after the due date, and before today.</summary>
    private DateTime ReturnedLate(DateOnly due)
    {
        var latest = Window.Today.DayNumber - 1 - due.DayNumber;
        return ActivityWindow.At(due.AddDays(faker.Random.Int(1, Math.Min(10, latest))), OpeningHours.DrawAfterMorningBatches(faker));
    }

    /// <summary>Back on time, after the reminder went out (patrons bring items back when reminded).</summary>
    private DateTime ReturnedAfterReminder(DateOnly due)
    {
        var reminded = due.AddDays(-ReminderDaysBeforeDue);
        return ActivityWindow.At(reminded.AddDays(faker.Random.Int(1, ReminderDaysBeforeDue)), OpeningHours.DrawAfterMorningBatches(faker));
    }

    /// <summary>
    /// Overnight processing creates a reminder three days before each due date (and an auto-renewal
    /// notice on a renewed loan's old due date) for loans still out; they leave in the morning account batch.
    /// </summary>
    private List<Reminder> Remind(IEnumerable<Loan> loans)
    {
        var due = RemindersDue(loans)
            .OrderBy(r => r.Day).ThenBy(r => r.Loan.Patron.PatronId).ThenBy(r => r.Loan.Item.ItemRecordId)
            .ToList();
        return due.Select(r =>
        {
            var batch = TimeScheduler.Batch(r.Day, scheduler.Batches.AccountBatch);
            var patron = r.Loan.Patron;
            var sent = scheduler.Reserve(batch, patron.PatronId, 1, faker.Random.Int, separateMessage: patron.ReminderDelivery != patron.Delivery)[0];
            return new Reminder(_ids.Next(), r.Loan, r.AutoRenewal, ActivityWindow.At(r.Day, TimeScheduler.OvernightProcessing), batch, sent);
        }).ToList();
    }

    private int ReminderCount(IEnumerable<Loan> loans) => RemindersDue(loans).Count();

    /// <summary>The reminders of loans whose patron a reminder can reach (<see cref="Patron.ReminderDelivery"/>).</summary>
    private IEnumerable<(Loan Loan, DateOnly Day, bool AutoRenewal)> RemindersDue(IEnumerable<Loan> loans) =>
        loans.Where(loan => loan.Patron.ReminderDelivery is not null)
            .SelectMany(loan => ReminderDays(loan).Select(r => (Loan: loan, r.Day, r.AutoRenewal)))
            .Where(r => r.Day >= Window.First && r.Day <= Window.Today);

    private IEnumerable<(DateOnly Day, bool AutoRenewal)> ReminderDays(Loan loan)
    {
        var dueDay = DateOnly.FromDateTime(loan.DueDate);
        var reminderDay = dueDay.AddDays(-ReminderDaysBeforeDue);
        if (loan.ReturnedDate is not { } returned || returned > ActivityWindow.At(reminderDay, scheduler.Batches.AccountBatch))
            yield return (reminderDay, false);
        if (loan.Renewals > 0)
            yield return (dueDay.AddDays(-loan.Item.LoanDays), true);
    }
}
