using Bogus;
using PolarisSampleData.Domain;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 6: when each scheduled export ran on each day of the past window, today included. Real
/// schedulers start a few seconds late, and the archive names carry those seconds.
/// </summary>
internal sealed class ShoutbombSchedulePhase(Faker faker, ActivityWindow window)
{
    public (IReadOnlyList<ShoutbombRun> Runs, IReadOnlyList<PhoneNoticesRun> PhoneNotices) Run()
    {
        var days = Enumerable.Range(0, ActivityWindow.DaysBack + 1).Select(offset => window.First.AddDays(offset)).ToList();
        var runs = days.SelectMany(day => ShoutbombRun.Schedule.Select(task =>
            new ShoutbombRun(task.Kind, Late(day, task.At)))).ToList();
        var phoneNotices = days.Select(day => new PhoneNoticesRun(day, Late(day, ShoutbombRun.PhoneNoticesAt))).ToList();
        return (runs, phoneNotices);
    }

    private DateTime Late(DateOnly day, TimeOnly at) => ActivityWindow.At(day, at).AddSeconds(faker.Random.Int(1, 40));
}
