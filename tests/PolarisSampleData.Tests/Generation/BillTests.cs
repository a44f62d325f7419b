using PolarisSampleData.Domain;
using PolarisSampleData.Generation;

namespace PolarisSampleData.Tests.Generation;

/// <summary>
/// Overdue items past the last notice are billed as Polaris bills them: a bill (type 11) after the 3rd
/// notice, the item marked Lost, replacement cost and processing fee charged, BillsCount counting it.
/// </summary>
public sealed class BillTests
{
    public static TheoryData<int, int> Sets => new() { { 42, 25 }, { 1, 100 }, { 7, 400 } };

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_loan_is_billed_after_its_third_notice_and_its_item_is_lost(int seed, int patrons)
    {
        foreach (var world in WorldGenerator.Shards(new GenerationOptions(seed, new DateOnly(2025, 11, 24), patrons)))
        {
            var billed = world.Overdues.Where(o => o.Notices.Any(n => n.Level == NotificationType.Bill)).ToList();
            billed.Should().NotBeEmpty();
            foreach (var overdue in world.Overdues)
            {
                var because = $"patron {overdue.Patron.PatronId}'s item {overdue.Item.ItemRecordId}, due {overdue.DueDate:yyyy-MM-dd}";
                var daysOverdue = world.Today.DayNumber - DateOnly.FromDateTime(overdue.DueDate).DayNumber;
                overdue.Notices.Select(n => n.Level).Should().Equal(
                    new[] { (NotificationType.FirstOverdue, 1), (NotificationType.SecondOverdue, 8), (NotificationType.ThirdOverdue, 15), (NotificationType.Bill, 18) }
                        .Where(l => l.Item2 <= daysOverdue).Select(l => l.Item1), because);
                world.ItemStatusId(overdue.Item).Should().Be(daysOverdue >= 18 ? ItemStatus.Lost : ItemStatus.Out, because);
            }
            foreach (var patron in world.Patrons)
                world.LostItemCount(patron).Should().Be(billed.Count(o => o.Patron == patron));
            world.Logs.Sum(l => l.Count(NotificationType.Bill)).Should().Be(billed.Count, "BillsCount counts every bill");
            world.Notices.Where(n => n.Type == NotificationType.ThirdOverdue).Should().OnlyContain(n => n.Dispatch.Amount == null, "the 3rd notice warns, the bill charges");
        }
    }
}
