using System.Globalization;

namespace PolarisSampleData.Tests.Support;

/// <summary>Parses the export's text values the way an importer would.</summary>
public static class Values
{
    public static DateTime Date(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);

    public static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
