namespace PolarisSampleData.Scheduling;

/// <summary>
/// SQL Server's datetime keeps the time of day in ticks of 1/300 s, so a getdate() value shows
/// milliseconds ending in 0, 3 or 7. Moments the set draws (a desk transaction, a notice leaving) carry
/// such milliseconds; deliberate whole times (23:59:59 due dates, the 02:00 overnight run) stay whole.
/// </summary>
internal static class SqlDateTime
{
    public const int TicksPerSecond = 300;

    /// <summary><paramref name="value"/> at the nearest tick, as datetime would store it.</summary>
    public static DateTime Round(DateTime value)
    {
        var second = new DateTime(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, value.Kind);
        var ticks = (long)Math.Round((value - second).TotalSeconds * TicksPerSecond, MidpointRounding.AwayFromZero);
        return second.Add(Ticks(ticks));
    }

    /// <summary>A span of <paramref name="ticks"/> 1/300 s ticks, in whole milliseconds as datetime shows them.</summary>
    public static TimeSpan Ticks(long ticks) =>
        TimeSpan.FromSeconds(ticks / TicksPerSecond) + TimeSpan.FromMilliseconds(Math.Round(ticks % TicksPerSecond * 1000.0 / TicksPerSecond, MidpointRounding.AwayFromZero));

    /// <summary>A moment in the second after a whole-second time: a drawn tick of it.</summary>
    public static TimeSpan AnyTickOfASecond(Draw draw) => Ticks(draw(0, TicksPerSecond - 1));
}
