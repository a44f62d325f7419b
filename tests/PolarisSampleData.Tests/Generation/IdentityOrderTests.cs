using PolarisSampleData.Generation;

namespace PolarisSampleData.Tests.Generation;

/// <summary>
/// IDENTITY columns grow with time: a record created earlier has the lower ID, exactly within a shard
/// (the 25-patron set is one), as a real server's records do.
/// </summary>
public sealed class IdentityOrderTests
{
    public static TheoryData<int, int> Sets => new() { { 42, 25 }, { 1, 100 }, { 7, 400 } };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Patrons_registered_earlier_have_lower_ids_and_barcodes(int seed, int patrons)
    {
        foreach (var world in WorldGenerator.Shards(new GenerationOptions(seed, new DateOnly(2025, 11, 24), patrons)))
        {
            var byId = world.Patrons.OrderBy(p => p.PatronId).ToList();
            byId.Select(p => p.RegistrationDate).Should().BeInAscendingOrder();
            byId.Select(p => p.Barcode).Should().BeInAscendingOrder(StringComparer.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Holds_placed_earlier_have_lower_ids(int seed, int patrons)
    {
        foreach (var world in WorldGenerator.Shards(new GenerationOptions(seed, new DateOnly(2025, 11, 24), patrons)))
            world.Holds.OrderBy(h => h.SysHoldRequestId).Select(h => h.CreationDate).Should().BeInAscendingOrder();
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Titles_and_copies_created_earlier_have_lower_ids_and_every_copy_follows_its_title(int seed, int patrons)
    {
        foreach (var world in WorldGenerator.Shards(new GenerationOptions(seed, new DateOnly(2025, 11, 24), patrons)))
        {
            world.Titles.OrderBy(t => t.BibliographicRecordId).Select(t => t.CreationDate).Should().BeInAscendingOrder();
            var items = world.Items.OrderBy(i => i.ItemRecordId).ToList();
            items.Select(i => i.FirstAvailableDate).Should().BeInAscendingOrder();
            items.Select(i => i.Barcode).Should().BeInAscendingOrder(StringComparer.Ordinal);
            world.Items.Should().OnlyContain(i => i.Title.CreationDate < i.FirstAvailableDate);
        }
    }
}
