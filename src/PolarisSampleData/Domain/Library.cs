namespace PolarisSampleData.Domain;

/// <summary>The one branch every record belongs to: Daviess County Public Library (real reference facts).</summary>
internal static class Library
{
    public const int OrganizationId = 3;
    public const string Name = "Daviess County Public Library";
    public const string Abbreviation = "DCPL";
    public const string PhoneNumber = "270-684-0211";

    /// <summary>The library's public street address, printed as the return address on notices.</summary>
    public const string Address = "2020 Frederica Street, Owensboro, KY 42301";

    /// <summary>
    /// The library's offset from UTC at a local time: US Central, daylight time (UTC-5) from 02:00 on the
    /// second Sunday of March to 02:00 on the first Sunday of November, otherwise UTC-6: the rule since
    /// 2007, applied to every year (a set dated before 2007 gets today's rule). A rule, not the machine's
    /// time zone database, so the output is the same on every machine.
    /// </summary>
    public static TimeSpan UtcOffset(DateTime local)
    {
        var daylightStarts = NthSunday(local.Year, 3, 2).AddHours(2);
        var daylightEnds = NthSunday(local.Year, 11, 1).AddHours(2);
        return TimeSpan.FromHours(local >= daylightStarts && local < daylightEnds ? -5 : -6);

        static DateTime NthSunday(int year, int month, int n)
        {
            var first = new DateTime(year, month, 1);
            return first.AddDays((7 - (int)first.DayOfWeek) % 7 + 7 * (n - 1));
        }
    }
}
