using PolarisSampleData.Domain;
using PolarisSampleData.Generation;
using PolarisSampleData.Output;

namespace PolarisSampleData.Tests.Support;

/// <summary>A data set generated once per test run into a temp folder, and the world it was written from.</summary>
public abstract class WrittenSet : IDisposable
{
    protected WrittenSet(GenerationOptions options)
    {
        World = WorldGenerator.Generate(options);
        Folder = Path.Combine(Path.GetTempPath(), "polaris-gen-tests", Guid.NewGuid().ToString("N"));
        DataSetWriter.Write([World], options, Folder, force: false);
    }

    internal World World { get; }

    public string Folder { get; }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}

/// <summary>The seed-42 data set the fixtures hold.</summary>
public sealed class GeneratedSet : WrittenSet
{
    public static readonly GenerationOptions Options = new(42, new DateOnly(2025, 11, 24));

    public GeneratedSet() : base(Options) => Data = new LoadedDataSet(Folder);

    public LoadedDataSet Data { get; }
}

[CollectionDefinition(Name)]
public sealed class GeneratedSetCollection : ICollectionFixture<GeneratedSet>
{
    public const string Name = "seed-42 data set";
}
