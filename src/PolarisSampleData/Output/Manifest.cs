using System.Text.Json;
using System.Text.Json.Serialization;
using PolarisSampleData.Scenarios;

namespace PolarisSampleData.Output;

/// <summary>One written file: its name, data rows (header excluded) and SHA-256.</summary>
public sealed record ManifestFile(string Name, long Rows, long Bytes, string Sha256);

/// <summary>
/// <c>manifest.json</c>: what made the data set and what it holds. It carries no wall-clock time, so
/// the same options give the same manifest.
/// </summary>
public sealed record Manifest(string Tool, string Version, int Seed, string Today, ManifestOptions Options, IReadOnlyList<ManifestFile> Files)
{
    public const string FileName = "manifest.json";
    public const string ToolName = "polaris-gen";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json).ReplaceLineEndings("\n") + "\n";

    public static Manifest? TryParse(string json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<Manifest>(json, Json);
            return manifest?.Tool == ToolName ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// The generation options as recorded in the manifest: with the scenario the set was made from, unless it
/// is the plan's (so a set made without a scenario file records none, as before there were scenarios).
/// </summary>
public sealed record ManifestOptions(int Patrons, IReadOnlyList<string> Formats)
{
    public ScenarioSettings? Scenario { get; init; }

    /// <summary>Patrons per shard the set was made in, when not the default (a test's smaller shards): verify's identity order follows the shards.</summary>
    public int? ShardPatrons { get; init; }
}
