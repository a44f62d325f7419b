namespace PolarisSampleData.Scheduling;

/// <summary>
/// "Today" and the window of activity around it: the plan's 30 days (20 back, 10 ahead) unless a scenario
/// sets another. Today is the only clock: it is passed in, never read from the machine.
/// </summary>
internal sealed record ActivityWindow(DateOnly Today, int DaysBack = ActivityWindow.PlanDaysBack, int DaysAhead = ActivityWindow.PlanDaysAhead)
{
    public const int PlanDaysBack = 20;
    public const int PlanDaysAhead = 10;

    public DateOnly First => Today.AddDays(-DaysBack);

    /// <summary>
    /// Before the oldest checkout the set holds (a 28-day loan renewed twice, overdue since the window's first
    /// day): copies are in circulation by then, and counters' earlier history ends there.
    /// </summary>
    public DateTime BeforeSetLoans => Today.ToDateTime(new TimeOnly(10, 0)).AddDays(-DaysBack - 100);

    /// <summary>A card in the set was issued at least this many days ago: before any of its loans went out.</summary>
    public int EarliestRegistrationDaysAgo => DaysBack + 180;

    public static DateTime At(DateOnly day, TimeOnly time) => day.ToDateTime(time);

    public static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;

    public static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    /// <summary>Polaris stores due and hold-till dates as the last second of the day.</summary>
    public static DateTime EndOfDay(DateOnly day) => day.ToDateTime(new TimeOnly(23, 59, 59));
}
