using PolarisSampleData.Domain;
using PolarisSampleData.Generation;

namespace PolarisSampleData.Tests.Generation;

/// <summary>
/// Fine notices (type 8) go out as Polaris sends them: only for a balance above the library's minimum
/// (0.50) and never on the day the charge was made.
/// </summary>
public sealed class FineNoticeTests
{
    public static TheoryData<int, int> Sets => new() { { 42, 25 }, { 1, 100 }, { 7, 400 } };

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_fine_notice_lists_a_balance_of_at_least_the_minimum_a_day_or_more_after_the_charge(int seed, int patrons)
    {
        foreach (var world in WorldGenerator.Shards(new GenerationOptions(seed, new DateOnly(2025, 11, 24), patrons)))
        {
            var noticed = world.FineNotices.Select(f => f.Patron.PatronId).ToHashSet();
            world.FineNotices.Should().NotBeEmpty();
            foreach (var notice in world.FineNotices)
            {
                notice.Total.Should().BeGreaterThan(0.50m, $"patron {notice.Patron.PatronId}'s fine notice");
                DateOnly.FromDateTime(notice.NoticeDate).Should().BeAfter(DateOnly.FromDateTime(notice.Charges.Max(c => c.TxnDate)),
                    $"patron {notice.Patron.PatronId}'s fine notice is not sent on the day of the charge");
            }
            var unnoticed = world.Charges.Where(c => c.Reason is "Overdue fine" or "Replacement library card" && !noticed.Contains(c.Patron.PatronId))
                .GroupBy(c => c.Patron.PatronId).ToList();
            unnoticed.Should().NotBeEmpty("some late returners owe less than the minimum");
            unnoticed.Should().OnlyContain(owed => owed.Sum(c => c.Amount) <= 0.50m, "a balance above the minimum gets a notice");
        }
    }
}
