using PolarisSampleData.Domain;
using PolarisSampleData.Generation;
using PolarisSampleData.Output;

namespace PolarisSampleData.Tests.Output;

/// <summary>A set written shard by shard while the next is generated: a failure on either side leaves nothing behind.</summary>
public sealed class PipelineTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("polaris-gen-pipeline-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public void A_generation_failure_mid_set_surfaces_as_itself_and_leaves_no_folder()
    {
        var options = new GenerationOptions(42, new DateOnly(2025, 11, 24), 500);
        var target = Path.Combine(_parent, "data");

        var write = () => DataSetWriter.Write(FailingAfter(WorldGenerator.Shards(options), shards: 2), options, target, force: false,
            OutputFormats.Csv | OutputFormats.Sqlite);

        write.Should().Throw<InvalidOperationException>().WithMessage("generation broke");
        Directory.EnumerateFileSystemEntries(_parent).Should().BeEmpty("neither the data set nor its staging folder may stay");
    }

    [Fact]
    public void The_shards_of_a_set_join_into_one_file_per_table_with_one_header()
    {
        var options = new GenerationOptions(42, new DateOnly(2025, 11, 24), 250);
        var target = Path.Combine(_parent, "data");

        var manifest = DataSetWriter.Write(WorldGenerator.Shards(options), options, target, force: false).Manifest;

        var patrons = File.ReadAllLines(Path.Combine(target, "Polaris.Polaris.Patrons.csv"));
        patrons.Should().HaveCount(251, "three shards' patrons under one header");
        patrons.Skip(1).Should().NotContain(line => line.StartsWith("PatronID", StringComparison.Ordinal));
        manifest.Files.Single(f => f.Name == "Polaris.Polaris.NotificationTypes.csv").Rows.Should().Be(22, "reference rows are written once");
        manifest.Options.Patrons.Should().Be(250);
    }

    private static IEnumerable<World> FailingAfter(IEnumerable<World> source, int shards)
    {
        foreach (var shard in source.Take(shards)) yield return shard;
        throw new InvalidOperationException("generation broke");
    }
}
