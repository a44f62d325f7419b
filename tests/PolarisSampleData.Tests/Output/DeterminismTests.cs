using PolarisSampleData.Generation;
using PolarisSampleData.Output;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Output;

/// <summary>Same seed and today give the same bytes; the committed fixtures are exactly what the code makes.</summary>
public sealed class DeterminismTests : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "polaris-gen-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
    }

    private string Generate(string name, GenerationOptions options)
    {
        var folder = Path.Combine(_scratch, name);
        DataSetWriter.Write(WorldGenerator.Shards(options), options, folder, force: false);
        return folder;
    }

    [Fact]
    public void Committed_samples_equal_a_fresh_seed_42_run_byte_for_byte()
    {
        // Refresh on purpose with the README's fixture command when a change is meant to alter the data.
        var samples = Path.Combine(Repository.Root, "samples", "seed-42");
        var fresh = Generate("seed-42", GeneratedSet.Options);
        Files(fresh).Should().Equal(Files(samples), "the fixture folder holds exactly the files generate writes");
        foreach (var name in Files(fresh))
            File.ReadAllBytes(Path.Combine(fresh, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(samples, name)))
                .Should().BeTrue($"samples/seed-42/{name} must equal what --seed 42 --today 2025-11-24 generates");
    }

    [Fact]
    public void A_larger_set_in_every_format_is_byte_identical_run_to_run_though_files_are_written_in_parallel()
    {
        var options = GeneratedSet.Options with { Patrons = 60 };
        string Run(string name)
        {
            var folder = Path.Combine(_scratch, name);
            DataSetWriter.Write(WorldGenerator.Shards(options), options, folder, force: false, OutputFormats.Csv | OutputFormats.Sqlite | OutputFormats.Mssql);
            return File.ReadAllText(Path.Combine(folder, Manifest.FileName));
        }
        Run("first").Should().Be(Run("second"), "the manifest lists every file's SHA-256");
    }

    [Fact]
    public void A_sharded_set_is_the_same_on_one_core_as_on_all()
    {
        // The runtime sizes its thread pool from DOTNET_PROCESSOR_COUNT, so each run is its own process.
        string Run(string name, int cores)
        {
            var folder = Path.Combine(_scratch, name);
            var start = new System.Diagnostics.ProcessStartInfo("dotnet",
                [Path.Combine(AppContext.BaseDirectory, "polaris-gen.dll"), "generate", "--patrons", "350", "--today", "2025-11-24",
                 "--format", "csv,sqlite", "--out", folder, "--quiet"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["DOTNET_PROCESSOR_COUNT"] = cores.ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var process = System.Diagnostics.Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.Should().Be(0, error.Result);
            return File.ReadAllText(Path.Combine(folder, Manifest.FileName));
        }

        Run("one-core", 1).Should().Be(Run("all-cores", Environment.ProcessorCount), "the manifest lists every file's SHA-256");
    }

    [Fact]
    public void Another_seed_gives_other_people_and_items_but_the_same_roster()
    {
        var a = WorldGenerator.Generate(GeneratedSet.Options);
        var b = WorldGenerator.Generate(GeneratedSet.Options with { Seed = 7 });
        b.Patrons.Select(p => p.FirstName + p.LastName).Should().NotEqual(a.Patrons.Select(p => p.FirstName + p.LastName));
        b.Titles.Select(t => t.BrowseTitle).Should().NotEqual(a.Titles.Select(t => t.BrowseTitle));
        b.Patrons.Select(p => p.Scenario).Should().Equal(a.Patrons.Select(p => p.Scenario));
    }

    [Fact]
    public void Manifest_lists_every_file_with_its_rows_and_hash()
    {
        var folder = Generate("manifest", GeneratedSet.Options);
        var manifest = Manifest.TryParse(File.ReadAllText(Path.Combine(folder, Manifest.FileName)));
        manifest.Should().NotBeNull();
        manifest!.Seed.Should().Be(42);
        manifest.Today.Should().Be("2025-11-24");
        manifest.Files.Select(f => f.Name).Should().Equal(Files(folder).Where(f => f != Manifest.FileName));
        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(folder, file.Name);
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))).Should().Be(file.Sha256);
            if (!file.Name.StartsWith("shoutbomb/", StringComparison.Ordinal))
                file.Rows.Should().Be(File.ReadAllLines(path).Length - 1, file.Name);
        }
    }

    private static List<string> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
}
