using PolarisSampleData.Domain;

namespace PolarisSampleData.Output;

/// <summary>
/// A file or database that a data set is written into shard by shard: each shard's rows are appended
/// in turn, then the output is closed and described for the manifest.
/// </summary>
internal interface IShardOutput : IDisposable
{
    /// <summary>Appends the shard's rows; returns how many. Shards come in order, the first first.</summary>
    long Append(World shard);

    /// <summary>Closes the output and describes the files it wrote.</summary>
    IReadOnlyList<ManifestFile> Finish();
}
