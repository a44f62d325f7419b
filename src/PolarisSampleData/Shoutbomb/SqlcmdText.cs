using System.Globalization;

namespace PolarisSampleData.Shoutbomb;

/// <summary>
/// Rows as sqlcmd -h-1 -W -s "|" prints them: no header, fields pipe-separated, NULL as the word,
/// numbers unpadded, dates converted to yyyy-MM-dd.
/// </summary>
internal static class SqlcmdText
{
    public static string Line(params ReadOnlySpan<string?> fields)
    {
        if (!fields.Contains(null)) return string.Join('|', fields);
        var shown = fields.ToArray();
        for (var i = 0; i < shown.Length; i++) shown[i] ??= "NULL";
        return string.Join('|', shown);
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>yyyy-MM-dd, which is a date's round-trip format: its fast path, not the custom-format parser.</summary>
    public static string Day(DateTime value) => DateOnly.FromDateTime(value).ToString("O", CultureInfo.InvariantCulture);
}
