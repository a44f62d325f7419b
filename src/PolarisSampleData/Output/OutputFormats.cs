namespace PolarisSampleData.Output;

/// <summary>What <c>generate</c> writes: the CSV export files, SQLite databases, a SQL Server load script.</summary>
[Flags]
public enum OutputFormats
{
    Csv = 1,
    Sqlite = 2,
    /// <summary>The load script reads the CSV files, so it always comes with them.</summary>
    Mssql = 4,
}

public static class OutputFormatNames
{
    private static readonly (string Name, OutputFormats Format)[] Names =
        [("csv", OutputFormats.Csv), ("sqlite", OutputFormats.Sqlite), ("mssql", OutputFormats.Mssql)];

    /// <summary>Parses "csv,sqlite,mssql" (any combination, any case); null with the offending name when one is unknown.</summary>
    public static (OutputFormats? Formats, string? Unknown) Parse(string text)
    {
        OutputFormats formats = 0;
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var known = Names.Where(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase)).Select(n => (OutputFormats?)n.Format).FirstOrDefault();
            if (known is null) return (null, name);
            formats |= known.Value;
        }
        return formats == 0 ? (null, text) : (formats, null);
    }

    public static IReadOnlyList<string> Describe(OutputFormats formats) =>
        Names.Where(n => formats.HasFlag(n.Format)).Select(n => n.Name).ToList();
}
