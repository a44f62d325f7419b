using Bogus;
using PolarisSampleData.Domain;
using PolarisSampleData.Scenarios;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 3: each patron's holds, trapped and waiting on the hold shelf. A hold's pickup deadline
/// (HoldTillDate) falls 1-3, 4-7 or 8-10 days ahead; the item was trapped a shelf period before that,
/// and its notice went out in the next hourly batch, 1-59 minutes after trapping. Some patrons also had
/// a hold earlier in the window that they picked up, or that went unclaimed or was cancelled.
/// </summary>
/// <remarks>
/// A voice or text patron's notice leaves through Shoutbomb: the holds upload that carries it runs between
/// the trapping and the notice, so such a hold is trapped before one of the day's uploads in a hold batch's
/// hour (13:05, 17:05) and its notice logged in that batch after the upload.
/// </remarks>
/// <param name="holdsRuns">When each day's holds uploads ran.</param>
internal sealed class HoldPhase(Faker faker, TimeScheduler scheduler, IReadOnlyList<DateTime> holdsRuns, NoticeSchedule schedule)
{
    /// <summary>The holds uploads that run inside a hold batch's hour, by day.</summary>
    private readonly ILookup<DateOnly, DateTime> _carriers = holdsRuns
        .Where(run => scheduler.HoldBatches.Any(batch => batch.Hour == run.Hour)).ToLookup(DateOnly.FromDateTime);

    public const int FirstSysHoldRequestId = 880_001;

    /// <summary>Runs on from shard to shard, so IDs stay unique in the whole set.</summary>
    private readonly IdSequence _ids = new(FirstSysHoldRequestId);

    /// <summary>Days a trapped item waits on the hold shelf before it is released.</summary>
    private int HoldShelfDays => schedule.HoldShelfDays;

    /// <summary>Pickup deadlines early, in the middle and late in the shelf period, drawn alike: 1-3, 4-7 and 8-10 of ten days.</summary>
    private readonly (int From, int To)[] _pickupBuckets = PickupBuckets(schedule.HoldShelfDays);

    private static (int From, int To)[] PickupBuckets(int shelfDays)
    {
        var (early, middle) = ((3 * shelfDays + 5) / 10, (7 * shelfDays + 5) / 10);
        return [(1, early), (early + 1, middle), (middle + 1, shelfDays)];
    }

    public IReadOnlyList<Hold> Run(IReadOnlyList<Patron> patrons, ItemShelf shelf)
    {
        var holds = new List<Hold>();
        foreach (var patron in patrons.Where(p => p.Scenario.Holds > 0))
        {
            var items = PickItems(patron.Scenario, shelf);
            var daysAhead = PickupDaysAhead(patron.Scenario);
            foreach (var day in items.Zip(daysAhead).GroupBy(pair => pair.Second).OrderBy(g => g.Key))
                holds.AddRange(Trap(patron, [.. day.Select(pair => pair.First)], scheduler.Window.Today.AddDays(day.Key)));
        }
        foreach (var patron in patrons.Where(p => p.Scenario.EndedHold is not null))
            holds.Add(Ended(patron, patron.Scenario.EndedHold!.Value, shelf.Take(faker, _ => true)));
        // SysHoldRequestID is an IDENTITY column: a request placed earlier has the lower ID, within the shard.
        return [.. holds.OrderBy(h => h.CreationDate).ThenBy(h => h.Patron.PatronId).ThenBy(h => h.Item.ItemRecordId)
            .Select(h => h with { SysHoldRequestId = _ids.Next(), SecondNotice = SecondNotice(h) })];
    }

    /// <summary>
    /// The patron's copies trapped together for pickup by <paramref name="holdTill"/>: requested earlier,
    /// asked for by a pick list, trapped a shelf period before the deadline and notified in one batch.
    /// </summary>
    private List<Hold> Trap(Patron patron, IReadOnlyList<Item> items, DateOnly holdTill)
    {
        var trapped = holdTill.AddDays(-HoldShelfDays);
        var carrier = patron.Delivery.IsPhone() && _carriers[trapped].ToList() is [_, ..] carriers ? faker.PickRandom(carriers) : (DateTime?)null;
        var batch = carrier is { } upload
            ? TimeScheduler.Batch(trapped, scheduler.HoldBatches.Single(b => b.Hour == upload.Hour))
            : TimeScheduler.Batch(trapped, faker.PickRandom<TimeOnly>(scheduler.HoldBatches));
        var sendTimes = scheduler.Reserve(batch, patron.PatronId, items.Count, faker.Random.Int, notBefore: carrier);
        return items.Select((item, i) =>
        {
            var (created, lag) = (RequestedBefore(trapped), NotificationLag(carrier is { } upload ? sendTimes[i] - upload : TimeSpan.Zero));
            return new Hold(
                SysHoldRequestId: 0,
                Patron: patron,
                Item: item,
                CreationDate: created,
                PendingDate: PickListAfter(created, sendTimes[i] - lag),
                Batch: batch,
                NoticeDate: sendTimes[i],
                NotificationLag: lag,
                HoldTillDate: ActivityWindow.EndOfDay(holdTill));
        }).ToList();
    }

    /// <summary>
    /// A hold that left the shelf before today: unclaimed at the end of its last held day (trapped 11-19
    /// days ago), or cancelled a day or more after trapping and before today, with a cancel notice in the
    /// next hourly batch; or picked up.
    /// </summary>
    private Hold Ended(Patron patron, HoldEnd end, Item item)
    {
        if (end == HoldEnd.PickedUp) return PickedUp(patron, item);
        var today = scheduler.Window.Today;
        // Trapped a day or more into the window, so the request before it is inside the window too.
        var trapped = today.AddDays(-faker.Random.Int(end == HoldEnd.Unclaimed ? HoldShelfDays + 1 : 2, scheduler.Window.DaysBack - 1));
        var hold = Trap(patron, [item], trapped.AddDays(HoldShelfDays)).Single();
        if (end == HoldEnd.Unclaimed) return hold with { Ending = new HoldEnding(end, hold.HoldTillDate, Notice: null) };
        var day = trapped.AddDays(faker.Random.Int(1, Math.Min(HoldShelfDays, today.DayNumber - 1 - trapped.DayNumber)));
        // Cancelled while the desk is open and a later batch still runs that day.
        var at = ActivityWindow.At(day, OpeningHours.Between(faker, scheduler.Batches.First, scheduler.Batches.Last));
        var batch = TimeScheduler.Batch(day, new TimeOnly(at.Hour + 1, scheduler.Batches.AccountBatch.Minute));
        return hold with { Ending = new HoldEnding(end, at, (batch, scheduler.Reserve(batch, patron.PatronId, 1, faker.Random.Int)[0])) };
    }

    /// <summary>
    /// A hold picked up a day or more after trapping, at the desk in opening hours, on a day whose loan falls due
    /// after today and inside the window's days ahead: the copy is still out to the patron, not yet overdue.
    /// </summary>
    private Hold PickedUp(Patron patron, Item item)
    {
        // Always some day: the scenario window's least (20 back, 10 ahead) leaves 28 days, the longest loan, plus the two a trapping needs.
        var window = scheduler.Window;
        var latest = window.Today.AddDays(Math.Min(0, window.DaysAhead - item.LoanDays));
        var earliest = window.First.AddDays(2);
        if (earliest < window.Today.AddDays(1 - item.LoanDays)) earliest = window.Today.AddDays(1 - item.LoanDays);
        var day = earliest.AddDays(faker.Random.Int(0, latest.DayNumber - earliest.DayNumber));
        var trapped = day.AddDays(-faker.Random.Int(1, Math.Min(HoldShelfDays, day.DayNumber - window.First.DayNumber - 1)));
        var hold = Trap(patron, [item], trapped.AddDays(HoldShelfDays)).Single();
        return hold with { Ending = new HoldEnding(HoldEnd.PickedUp, ActivityWindow.At(day, OpeningHours.Draw(faker)), Notice: null) };
    }

    /// <summary>
    /// A hold still on the shelf the schedule's SecondHoldNoticeDays after its trapping day, through that morning's
    /// batch, gets the second pick-up notice in it, by today: a hold picked up or cancelled before the batch is done
    /// is no longer waiting for a notice.
    /// </summary>
    private SecondPickupNotice? SecondNotice(Hold hold)
    {
        var day = DateOnly.FromDateTime(hold.HoldNotificationDate).AddDays(schedule.SecondHoldNoticeDays);
        var queued = ActivityWindow.At(day, TimeScheduler.OvernightProcessing);
        var batch = TimeScheduler.Batch(day, scheduler.Batches.AccountBatch);
        // Trapped a day or more before the 02:00 run: on the shelf through the batch, it was when the run queued the notice.
        if (day > scheduler.Window.Today || !hold.IsOnShelfAt(batch.AddMinutes(59))) return null;
        return new SecondPickupNotice(queued, batch, scheduler.Reserve(batch, hold.Patron.PatronId, 1, faker.Random.Int)[0]);
    }

    private List<Item> PickItems(Scenario scenario, ItemShelf shelf)
    {
        // A patron holds a title once; patrons on a topic hold several titles of it.
        var topic = scenario.HoldsShareTopic ? faker.PickRandom<string>(shelf.TopicsWithTitles(scenario.Holds)) : null;
        var taken = new List<Item>();
        for (var i = 0; i < scenario.Holds; i++)
            taken.Add(shelf.Take(faker, item => taken.All(t => t.Title.BibliographicRecordId != item.Title.BibliographicRecordId), topic));
        return taken;
    }

    private IReadOnlyList<int> PickupDaysAhead(Scenario scenario)
    {
        var days = scenario.HoldTiming switch
        {
            HoldTiming.SameDay => Enumerable.Repeat(PickupDay(), scenario.Holds).ToList(),
            HoldTiming.DifferentDays => faker.Random.Shuffle(Enumerable.Range(1, HoldShelfDays)).Take(scenario.Holds).ToList(),
            _ => Enumerable.Range(0, scenario.Holds).Select(_ => PickupDay()).ToList(),
        };
        if (scenario.HoldTillInDays is { } pinned) days[0] = pinned;
        if (scenario.TrappedToday) days[0] = HoldShelfDays;
        return days;
    }

    private int PickupDay()
    {
        var (from, to) = faker.PickRandom(_pickupBuckets);
        return faker.Random.Int(from, to);
    }

    /// <summary>The patron placed the request 1-10 days before a copy came in (inside the window), during opening hours.</summary>
    private DateTime RequestedBefore(DateOnly trapped) =>
        ActivityWindow.At(trapped.AddDays(-faker.Random.Int(1, Math.Min(10, trapped.DayNumber - scheduler.Window.First.DayNumber))), OpeningHours.Draw(faker));

    /// <summary>
    /// When the pick list asked for a copy: the job starts at 07:30 the day after the request and takes up to
    /// a quarter of an hour (requests come a day or more before trapping, so the minute-before-trapping
    /// bound only guards a schedule that changes).
    /// </summary>
    private DateTime PickListAfter(DateTime created, DateTime trapped)
    {
        var pickList = created.Date.AddDays(1).Add(PickListRun + TimeSpan.FromSeconds(faker.Random.Int(0, 899)) + SqlDateTime.AnyTickOfASecond(faker.Random.Int));
        return pickList < trapped ? pickList : trapped.AddMinutes(-1);
    }

    private static readonly TimeSpan PickListRun = new(7, 30, 0);

    /// <summary>The plan's 1-59 minutes from trapping to the notice, and at least <paramref name="atLeast"/>.</summary>
    private TimeSpan NotificationLag(TimeSpan atLeast) =>
        TimeSpan.FromMinutes(faker.Random.Int(Math.Max(TimeScheduler.HoldNoticeFirstMinute, (int)Math.Ceiling(atLeast.TotalMinutes)), TimeScheduler.HoldNoticeLastMinute - 1))
        + TimeSpan.FromSeconds(faker.Random.Int(0, 59));
}
