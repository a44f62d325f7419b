namespace PolarisSampleData.Scheduling;

/// <summary>
/// "Today" and the plan's 30-day window around it (20 days back, 10 ahead). Today is the only clock:
/// it is passed in, never read from the machine.
/// </summary>
internal sealed record ActivityWindow(DateOnly Today)
{
    public const int DaysBack = 20;
    public const int DaysAhead = 10;

    public DateOnly First => Today.AddDays(-DaysBack);

    /// <summary>
    /// Before the oldest checkout the set holds (a 28-day loan renewed twice, 20 days overdue): copies are in
    /// circulation by then, and counters' earlier history ends there.
    /// </summary>
    public DateTime BeforeSetLoans => Today.ToDateTime(new TimeOnly(10, 0)).AddDays(-120);

    public static DateTime At(DateOnly day, TimeOnly time) => day.ToDateTime(time);

    public static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;

    public static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    /// <summary>Polaris stores due and hold-till dates as the last second of the day.</summary>
    public static DateTime EndOfDay(DateOnly day) => day.ToDateTime(new TimeOnly(23, 59, 59));
}
