using PolarisSampleData.Domain;
using PolarisSampleData.Generation;
using PolarisSampleData.Output;

namespace PolarisSampleData.Tests.Support;

/// <summary>The seed-42 data set the fixtures hold, generated once per test run into a temp folder.</summary>
public sealed class GeneratedSet : IDisposable
{
    public static readonly GenerationOptions Options = new(42, new DateOnly(2025, 11, 24));

    public GeneratedSet()
    {
        World = WorldGenerator.Generate(Options);
        Folder = Path.Combine(Path.GetTempPath(), "polaris-gen-tests", Guid.NewGuid().ToString("N"));
        DataSetWriter.Write([World], Options, Folder, force: false);
        Data = new LoadedDataSet(Folder);
    }

    internal World World { get; }

    public string Folder { get; }

    public LoadedDataSet Data { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class GeneratedSetCollection : ICollectionFixture<GeneratedSet>
{
    public const string Name = "seed-42 data set";
}
