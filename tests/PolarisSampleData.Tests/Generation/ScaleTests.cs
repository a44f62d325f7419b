using PolarisSampleData.Domain;
using PolarisSampleData.Generation;
using PolarisSampleData.Output;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Tests.Generation;

/// <summary>Sets larger than the roster: the same mixes and rules, unique keys, and every verify check passing.</summary>
public sealed class ScaleTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "polaris-gen-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(26, 100)]
    [InlineData(160, 100)]
    [InlineData(160, 50)]
    public void A_larger_set_passes_every_verify_check(int patrons, int shardPatrons)
    {
        // Small shards make the joins between shards (IDs running on, files appended to) show at test size.
        var options = new GenerationOptions(7, new DateOnly(2026, 3, 1), patrons) { ShardPatrons = shardPatrons };
        DataSetWriter.Write(WorldGenerator.Shards(options), options, _folder, force: false);
        var report = Verifier.Verify(_folder, null);
        var text = new StringWriter();
        ReportWriter.Write(report, ReportFormat.Text, text);
        report.Passed.Should().BeTrue(text.ToString());
    }

    [Fact]
    public void Keys_and_barcodes_stay_unique_and_phones_stay_fictional_past_a_hundred_patrons()
    {
        var world = Whole(new GenerationOptions(3, new DateOnly(2025, 11, 24), 250));
        world.Patrons.Should().HaveCount(250);
        world.Patrons.Select(p => p.Barcode).Should().OnlyHaveUniqueItems().And.OnlyContain(b => b.Length == 14);
        world.Items.Should().HaveCount(1000);
        world.Items.Select(i => i.Barcode).Should().OnlyHaveUniqueItems().And.OnlyContain(b => b.Length == 14);
        // A picked-up hold's copy is its patron's loan now.
        world.Holds.Where(h => !h.IsFilled).Select(h => h.Item.ItemRecordId).Concat(world.Loans.Where(l => l.IsCurrent).Select(l => l.Item.ItemRecordId))
            .Should().OnlyHaveUniqueItems("a copy is on one hold shelf or one loan at a time");
        world.Patrons.Where(p => p.Email is not null).Select(p => p.Email).Should().OnlyHaveUniqueItems("emails stay unique across shards");
        world.Patrons.Where(p => p.Phone is not null).Should().OnlyContain(p => p.Phone!.Replace("-", "", StringComparison.Ordinal).StartsWith("27055501", StringComparison.Ordinal));
        world.Patrons.Where(p => p.Phone is not null).GroupBy(p => p.Phone).Should().Contain(g => g.Count() > 1, "past 100 patrons households share the fictional phones");
        world.Patrons.GroupBy(p => p.Scenario.Letter).Should().OnlyContain(g => g.Count() == 10, "the roster repeats in blocks");
    }

    [Fact]
    public void A_batch_of_many_patrons_still_fits_its_hour()
    {
        var world = Whole(new GenerationOptions(5, new DateOnly(2025, 11, 24), 2_500));
        world.Notices.Should().OnlyContain(n => n.NoticeDate - n.Batch < TimeSpan.FromMinutes(58));
    }

    /// <summary>A set's shards as one list of each entity, for assertions across the whole set.</summary>
    private static (List<Patron> Patrons, List<Item> Items, List<Hold> Holds, List<Loan> Loans, List<Notice> Notices) Whole(GenerationOptions options)
    {
        var shards = WorldGenerator.Shards(options).ToList();
        return (shards.SelectMany(s => s.Patrons).ToList(), shards.SelectMany(s => s.Items).ToList(), shards.SelectMany(s => s.Holds).ToList(),
            shards.SelectMany(s => s.Loans).ToList(), shards.SelectMany(s => s.Notices).ToList());
    }
}
