using Bogus;
using PolarisSampleData.Domain;
using PolarisSampleData.Scenarios;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 4: each patron's overdue loans. Due dates (23:59:59) fall over the window's past (20 days in the plan). A loan earns
/// the notice schedule's levels: by default a 1st notice the day after its due date, a 2nd at 8 days overdue, a 3rd at 15
/// (the plan's billing territory) and at 18 a bill (type 11) that marks the item Lost; each was queued by overnight
/// processing at 02:00 that day and sent in the morning overdue batch (10:01).
/// </summary>
internal sealed class OverduePhase(Faker faker, TimeScheduler scheduler, NoticeSchedule schedule)
{
    /// <summary>Each level and the number of days overdue on which its notice is produced (the bill after a few days' grace, as the 3rd notice warns).</summary>
    private readonly IReadOnlyList<(NotificationType Level, int DaysOverdue)> _levels =
        [.. new[] { NotificationType.FirstOverdue, NotificationType.SecondOverdue, NotificationType.ThirdOverdue, NotificationType.Bill }.Zip(schedule.OverdueDays)];

    public IReadOnlyList<Overdue> Run(IReadOnlyList<Patron> patrons, ItemShelf shelf)
    {
        var overdues = new List<Overdue>();
        foreach (var patron in patrons.Where(p => p.Scenario.Overdues > 0))
        {
            var loans = DaysOverdue(patron.Scenario).Select(days => Lend(patron, shelf, days)).ToList();
            var notices = loans.SelectMany(loan => _levels
                    .Where(l => l.DaysOverdue <= DaysOverdueToday(loan))
                    .Select(l => (Loan: loan, l.Level, Day: DateOnly.FromDateTime(loan.DueDate).AddDays(l.DaysOverdue))))
                .GroupBy(n => n.Day).OrderBy(g => g.Key)
                .SelectMany(day =>
                {
                    var batch = TimeScheduler.Batch(day.Key, scheduler.Batches.OverdueBatch);
                    var sendTimes = scheduler.Reserve(batch, patron.PatronId, day.Count(), faker.Random.Int);
                    return day.Select((n, i) => (n.Loan, Notice: new OverdueNotice(n.Level, ActivityWindow.At(day.Key, TimeScheduler.OvernightProcessing), batch, sendTimes[i])));
                })
                .ToList();
            overdues.AddRange(loans.Select(loan => new Overdue(loan, notices.Where(n => n.Loan == loan).Select(n => n.Notice).ToList())));
        }
        return overdues;
    }

    private int DaysOverdueToday(Loan loan) => scheduler.Window.Today.DayNumber - DateOnly.FromDateTime(loan.DueDate).DayNumber;

    private Loan Lend(Patron patron, ItemShelf shelf, int daysOverdue)
    {
        var item = shelf.Take(faker, _ => true);
        var due = scheduler.Window.Today.AddDays(-daysOverdue);
        var renewals = faker.Random.Int(0, item.RenewalLimit);
        return new Loan(patron, item, LoanPhase.CheckOutFor(faker, due, item, renewals), ActivityWindow.EndOfDay(due), renewals, ReturnedDate: null);
    }

    /// <summary>
    /// Distinct due dates, unless the scenario has every item due the same day; each item overdue long enough for
    /// its 1st notice, as the roster's overdue items are the ones notices were sent about.
    /// </summary>
    private IReadOnlyList<int> DaysOverdue(Scenario scenario)
    {
        var (first, last) = (schedule.FirstOverdueDays, scheduler.Window.DaysBack);
        return scenario.DueDateTiming == DueDateTiming.SameDueDate
            ? Enumerable.Repeat(faker.Random.Int(first, last), scenario.Overdues).ToList()
            : faker.Random.Shuffle(Enumerable.Range(first, last - first + 1)).Take(scenario.Overdues).ToList();
    }
}
