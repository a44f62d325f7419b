using PolarisSampleData.Domain;
using PolarisSampleData.Generation;

namespace PolarisSampleData.Tests.Generation;

/// <summary>Circulation counters agree with the loans a reader can see, and with what a loan period allows.</summary>
public sealed class CounterTests
{
    public static TheoryData<int, string> Sets => new() { { 42, "2025-11-24" }, { 3, "2026-01-06" } };

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_copy_counts_every_loan_of_it_and_went_out_no_more_often_than_its_loan_period_allows(int seed, string today)
    {
        var (day, worlds) = Worlds(seed, today);
        foreach (var world in worlds)
        foreach (var item in world.Items)
        {
            var counts = world.Circulation(item);
            var loans = world.Loans.Where(l => l.Item == item).ToList();
            counts.ThisYear.Should().BeGreaterThanOrEqualTo(loans.Count(l => l.CheckOutDate.Year == day.Year), $"item {item.ItemRecordId}");
            counts.LastYear.Should().BeLessThanOrEqualTo(365 / item.LoanDays, $"item {item.ItemRecordId} on a {item.LoanDays}-day loan");
            counts.Lifetime.Should().BeGreaterThanOrEqualTo(counts.ThisYear + counts.LastYear).And.BeGreaterThanOrEqualTo(loans.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_patron_counts_every_loan_and_saved_at_least_the_price_of_what_they_borrowed(int seed, string today)
    {
        var (day, worlds) = Worlds(seed, today);
        foreach (var world in worlds)
        foreach (var patron in world.Patrons)
        {
            var loans = world.Loans.Where(l => l.Patron == patron).ToList();
            var thisYear = loans.Where(l => l.CheckOutDate.Year == day.Year).ToList();
            var counts = world.Circulation(patron);
            counts.ThisYear.Should().BeGreaterThanOrEqualTo(thisYear.Count);
            counts.Lifetime.Should().BeGreaterThanOrEqualTo(counts.ThisYear + counts.LastYear).And.BeGreaterThanOrEqualTo(loans.Count);
            world.Saved(patron).ThisYear.Should().BeGreaterThanOrEqualTo(thisYear.Sum(l => l.Item.Price));
            world.Saved(patron).Lifetime.Should().BeGreaterThanOrEqualTo(world.Saved(patron).ThisYear);
        }
        var lifetimes = worlds.SelectMany(w => w.Patrons.Select(p => (p.Scenario.Group, w.Circulation(p).Lifetime))).ToList();
        lifetimes.Where(l => l.Group == ScenarioGroup.HighVolume).Average(l => l.Lifetime)
            .Should().BeGreaterThan(lifetimes.Where(l => l.Group != ScenarioGroup.HighVolume).Average(l => l.Lifetime), "heavy borrowers borrowed more");
    }

    private static (DateOnly Day, List<World> Worlds) Worlds(int seed, string today)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        return (day, [.. WorldGenerator.Shards(new GenerationOptions(seed, day, 100))]);
    }
}
