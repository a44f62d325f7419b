using System.Globalization;

namespace PolarisSampleData.Shoutbomb;

/// <summary>
/// Rows as sqlcmd -h-1 -W -s "|" prints them: no header, fields pipe-separated, NULL as the word,
/// numbers unpadded, dates converted to yyyy-MM-dd.
/// </summary>
public static class SqlcmdText
{
    public static string Line(IEnumerable<string?> fields) => string.Join('|', fields.Select(f => f ?? "NULL"));

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Day(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
