using Bogus;
using PolarisSampleData.Domain;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 4: each patron's overdue loans. Due dates (23:59:59) fall over the past 20 days; the level
/// follows the days overdue (1-7 first notice, 8-14 second, 15+ third/billing). The notice for that
/// level was queued by overnight processing at 02:00 on the day the level was reached and sent in a
/// morning batch.
/// </summary>
public sealed class OverduePhase(Faker faker, TimeScheduler scheduler)
{
    public static NotificationType LevelFor(int daysOverdue) => daysOverdue switch
    {
        <= 7 => NotificationType.FirstOverdue,
        <= 14 => NotificationType.SecondOverdue,
        _ => NotificationType.ThirdOverdue,
    };

    /// <summary>Days after the due date on which each level's notice is produced.</summary>
    public static int DaysOverdueAtNotice(NotificationType level) => level switch
    {
        NotificationType.SecondOverdue => 8,
        NotificationType.ThirdOverdue => 15,
        _ => 1,
    };

    public IReadOnlyList<Overdue> Run(IReadOnlyList<Patron> patrons, ItemShelf shelf)
    {
        var overdues = new List<Overdue>();
        foreach (var patron in patrons.Where(p => p.Scenario.Overdues > 0))
        {
            var loans = DaysOverdue(patron.Scenario)
                .Select(days => (Item: shelf.Take(faker, _ => true), Days: days, Level: LevelFor(days)))
                .ToList();
            var byNoticeDay = loans.GroupBy(l => NoticeDay(l.Days, l.Level)).OrderBy(g => g.Key);
            foreach (var day in byNoticeDay)
            {
                var batch = TimeScheduler.Batch(day.Key, TimeScheduler.OverdueBatch);
                var sendTimes = scheduler.Reserve(batch, patron.PatronId, day.Count());
                overdues.AddRange(day.Select((loan, i) =>
                {
                    var due = scheduler.Window.Today.AddDays(-loan.Days);
                    var renewals = faker.Random.Int(0, loan.Item.RenewalLimit);
                    return new Overdue(
                        Loan: new Loan(patron, loan.Item, LoanPhase.CheckOutFor(faker, due, loan.Item, renewals), ActivityWindow.EndOfDay(due), renewals, ReturnedDate: null),
                        NoticeType: loan.Level,
                        QueuedDate: ActivityWindow.At(day.Key, TimeScheduler.OvernightProcessing),
                        Batch: batch,
                        NoticeDate: sendTimes[i]);
                }));
            }
        }
        return overdues;
    }

    private DateOnly NoticeDay(int daysOverdue, NotificationType level) =>
        scheduler.Window.Today.AddDays(-daysOverdue + DaysOverdueAtNotice(level));

    /// <summary>Distinct due dates, unless the scenario has every item due the same day.</summary>
    private IReadOnlyList<int> DaysOverdue(Scenario scenario) => scenario.DueDateTiming == DueDateTiming.SameDueDate
        ? Enumerable.Repeat(faker.Random.Int(1, ActivityWindow.DaysBack), scenario.Overdues).ToList()
        : faker.Random.Shuffle(Enumerable.Range(1, ActivityWindow.DaysBack)).Take(scenario.Overdues).ToList();
}
