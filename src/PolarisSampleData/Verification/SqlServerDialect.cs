using System.Globalization;
using System.Text.RegularExpressions;
using PolarisSampleData.Output;

namespace PolarisSampleData.Verification;

/// <summary>
/// Lets SQL written for the Polaris server run over a loaded set: three-part names become SQLite's
/// two-part ones (<c>Results.Polaris.HoldNotices</c> is <c>Results.HoldNotices</c>), and
/// <c>DATEDIFF(unit, a, b)</c> counts unit boundaries crossed, as SQL Server does.
/// </summary>
internal static partial class SqlServerDialect
{
    public static string Translate(string sql)
    {
        // String literals come first in each pattern and are given back unchanged.
        var twoPart = ThreePartName().Replace(sql, m => m.Groups["literal"].Success ? m.Value : $"{m.Groups["db"].Value}.{m.Groups["table"].Value}");
        return DateDiffUnit().Replace(twoPart, m => m.Groups["literal"].Success ? m.Value : $"DATEDIFF('{m.Groups["unit"].Value.ToUpperInvariant()}',");
    }

    /// <summary>DATEDIFF over the export's datetime text; null when either side is null or not a date.</summary>
    public static long? DateDiff(string unit, string? start, string? end)
    {
        if (Parse(start) is not { } a || Parse(end) is not { } b) return null;
        return unit switch
        {
            "YEAR" or "YY" or "YYYY" => b.Year - a.Year,
            "MONTH" or "MM" or "M" => (b.Year - a.Year) * 12 + b.Month - a.Month,
            "DAY" or "DD" or "D" => (long)(b.Date - a.Date).TotalDays,
            "HOUR" or "HH" => Boundaries(a, b, TimeSpan.TicksPerHour),
            "MINUTE" or "MI" or "N" => Boundaries(a, b, TimeSpan.TicksPerMinute),
            "SECOND" or "SS" or "S" => Boundaries(a, b, TimeSpan.TicksPerSecond),
            "MILLISECOND" or "MS" => Boundaries(a, b, TimeSpan.TicksPerMillisecond),
            _ => throw new ArgumentException($"DATEDIFF unit '{unit}' is not supported; use YEAR, MONTH, DAY, HOUR, MINUTE, SECOND or MILLISECOND."),
        };
    }

    private static long Boundaries(DateTime a, DateTime b, long unitTicks) => b.Ticks / unitTicks - a.Ticks / unitTicks;

    private static DateTime? Parse(string? text) =>
        DateTime.TryParseExact(text, [CsvFormat.DateTimeFormat, CsvFormat.SecondsFormat, CsvFormat.DayFormat], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value : null;

    [GeneratedRegex(@"(?<literal>'(?:[^']|'')*')|\[?\b(?<db>Polaris|Results|PolarisTransactions)\]?\.\[?Polaris\]?\.\[?(?<table>\w+)\]?", RegexOptions.IgnoreCase)]
    private static partial Regex ThreePartName();

    [GeneratedRegex(@"(?<literal>'(?:[^']|'')*')|\bDATEDIFF\s*\(\s*(?<unit>[A-Za-z]+)\s*,", RegexOptions.IgnoreCase)]
    private static partial Regex DateDiffUnit();
}
