using PolarisSampleData.Generation;
using PolarisSampleData.Output;
using PolarisSampleData.Scenarios;

namespace PolarisSampleData.Verification;

/// <summary>Whether manifest.json was there and could be read as a polaris-gen manifest.</summary>
internal enum ManifestState
{
    Read,
    Missing,
    Unreadable,
}

/// <summary>A data set folder before it is loaded: where it is and what its manifest says.</summary>
/// <param name="ManifestAsWritten">
/// Whether manifest.json is byte for byte what generate writes for the values read from it: the manifest
/// has no checksum of its own, so an edit to a value no check reads (the seed, a row count) shows only so.
/// </param>
internal sealed record DataSetFolder(string Path, ManifestState ManifestState, Manifest? Manifest, bool ManifestAsWritten = true)
{
    /// <summary>A scenario to judge the set by instead of its manifest's (verify --scenario).</summary>
    public ScenarioSettings? GivenScenario { get; init; }

    /// <summary>The scenario the set is judged by: the one given, else the manifest's, else the plan's.</summary>
    public ScenarioSettings Scenario => GivenScenario ?? Manifest?.Options?.Scenario ?? ScenarioSettings.Default;

    /// <summary>Patrons per shard of the set, whole blocks of its scenario's roster: the shards generate made it in.</summary>
    internal int ShardPatrons => GenerationOptions.ShardSize(Manifest?.Options?.ShardPatrons is > 0 and var given ? given : GenerationOptions.DefaultShardPatrons,
        Scenario.RosterSize);

    /// <summary>The shards generate made the set in: their size, and how many there were where the manifest says how many patrons.</summary>
    internal Shards Shards => new(ShardPatrons, Manifest?.Options?.Patrons is > 0 and var patrons ? (patrons + ShardPatrons - 1) / ShardPatrons : null);

    /// <summary>Larger than any manifest polaris-gen writes; a bigger file is not read into memory.</summary>
    private const long MaxManifestBytes = 16 << 20;

    public static DataSetFolder Open(string folder)
    {
        var path = System.IO.Path.GetFullPath(folder);
        if (File.Exists(path))
            throw new DataSetException($"'{folder}' is a file, not a data set folder. Fix: pass the folder that generate wrote, e.g. ./data.");
        if (!Directory.Exists(path))
            throw new DataSetException($"data set folder '{folder}' does not exist. Fix: pass the folder that generate wrote, e.g. ./data.");
        var manifestPath = System.IO.Path.Combine(path, Manifest.FileName);
        if (!File.Exists(manifestPath)) return new DataSetFolder(path, ManifestState.Missing, null);
        var (manifest, asWritten) = ReadManifest(manifestPath);
        return new DataSetFolder(path, manifest is null ? ManifestState.Unreadable : ManifestState.Read, manifest, asWritten);
    }

    /// <summary>The date the set was built around: <paramref name="today"/> (--today) when given, else manifest.json's.</summary>
    public (DateOnly Today, string Source) ResolveToday(DateOnly? today)
    {
        if (today is { } given) return (given, "--today");
        if (CsvFormat.ParseDay(Manifest?.Today) is { } recorded)
        {
            if (recorded < GenerationOptions.EarliestToday || recorded > GenerationOptions.LatestToday)
                throw new DataSetException($"the today in '{System.IO.Path.Combine(Path, Manifest.FileName)}', {Manifest!.Today}, is outside {GenerationOptions.TodayRange}, where every date of a set fits SQL Server's datetime. Fix: pass --today yyyy-MM-dd in that range.");
            return (recorded, Manifest.FileName);
        }
        var why = ManifestState switch
        {
            ManifestState.Missing => "it has no manifest.json",
            ManifestState.Unreadable => "its manifest.json is not a readable polaris-gen manifest",
            _ => "its manifest.json gives no today in yyyy-MM-dd form",
        };
        throw new DataSetException($"cannot tell the date '{Path}' was built around: {why}. Fix: pass --today yyyy-MM-dd.");
    }

    private static (Manifest? Manifest, bool AsWritten) ReadManifest(string path)
    {
        try
        {
            // A FIFO or a device would be read forever or block: only a regular file can be a manifest.
            if (RegularFile.WhyNot(path) is not null || new FileInfo(path).Length > MaxManifestBytes) return (null, false);
            var text = File.ReadAllText(path);
            var manifest = Manifest.TryParse(text);
            // The JSON may name every property and still hold nulls where a hand edit broke it.
            return manifest?.Files is { } files && files.All(f => f?.Name is not null && f.Sha256 is not null)
                ? (manifest, text == manifest.ToJson())
                : (null, false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataSetException($"cannot read '{path}': {e.Message} Fix: make the file readable.", e);
        }
    }
}

/// <summary>How generate split a set: patrons per shard, and the number of shards where the manifest tells the patrons.</summary>
internal sealed record Shards(int PatronsPerShard, int? Count);
