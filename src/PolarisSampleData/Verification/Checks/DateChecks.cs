using PolarisSampleData.Scheduling;
using PolarisSampleData.Tables;
using static PolarisSampleData.Scheduling.TimeScheduler;
using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// The plan's window and hourly batches, judged on each date as the loader reads it (<see cref="RowJudge"/>),
/// from the generator's own <see cref="ActivityWindow"/> and <see cref="TimeScheduler"/>.
/// </summary>
internal static class DateChecks
{
    public static readonly IReadOnlyList<Check> All =
    [
        new("dates.window", Severity.Fail, $"Every date of current activity is inside today-{ActivityWindow.DaysBack} days .. today+{ActivityWindow.DaysAhead} days.",
            Rules.ActivityDates.Where(d => Layouts.Find(d.Table) is not null).Select(d => Recorded("dates.window", d.Table, d.Column)).ToList()),
        new("dates.hourly-batches", Severity.Fail, $"Notices leave in the hourly batches: NoticeDate between hh:01:00 and hh:59:59 for hh {FirstBatchHour:00} to {LastBatchHour:00}.",
            Rules.BatchTimes.Where(d => Layouts.Find(d.Table) is not null).Select(d => Recorded("dates.hourly-batches", d.Table, d.Column)).ToList()),
    ];
}
