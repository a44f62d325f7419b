using System.Globalization;

namespace PolarisSampleData.Shoutbomb;

/// <summary>Values as sqlcmd -W prints them: numbers unpadded, dates converted to yyyy-MM-dd.</summary>
public static class SqlcmdText
{
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Day(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
