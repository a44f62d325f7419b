using PolarisSampleData.Domain;
using PolarisSampleData.Generation;
using PolarisSampleData.Scenarios;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Tests.Generation;

/// <summary>
/// Holds end as Polaris ends them: the patrons with no current activity each had a hold earlier in the
/// window that went unclaimed at the end of its last held day or was cancelled, with a cancel notice, and
/// C picked one up: its copy became C's checkout.
/// </summary>
public sealed class HoldEndingTests
{
    /// <summary>The plan's sets, and one whose morning batch runs at 10:00, when the desk has been open an hour: a hold can end before the batch is done.</summary>
    public static TheoryData<int, int, int> Sets => new() { { 42, 25, 9 }, { 1, 100, 9 }, { 7, 400, 9 }, { 3, 5000, 10 } };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Earlier_holds_were_picked_up_or_went_unclaimed_or_were_cancelled(int seed, int patrons, int firstBatch)
    {
        var options = new GenerationOptions(seed, new DateOnly(2025, 11, 24), patrons)
        {
            Scenario = ScenarioSettings.Default with { BatchHours = new BatchHours(firstBatch, ScenarioSettings.Default.BatchHours.Last) },
        };
        foreach (var world in WorldGenerator.Shards(options))
        {
            var today = world.Today.ToDateTime(TimeOnly.MinValue);
            var ended = world.Holds.Where(h => !h.IsHeld).ToList();
            ended.Select(h => h.Patron).Should().BeEquivalentTo(world.Patrons.Where(p => p.Scenario.EndedHold is not null), "one ended hold each");
            foreach (var hold in ended)
            {
                var ending = hold.Ending!;
                var because = $"hold {hold.SysHoldRequestId} of {hold.Patron.Scenario.Letter}";
                ending.Kind.Should().Be(hold.Patron.Scenario.EndedHold, because);
                hold.CreationDate.Should().BeOnOrAfter(world.Today.AddDays(-20).ToDateTime(TimeOnly.MinValue), because);
                world.ItemStatusId(hold.Item).Should().NotBe(ItemStatus.Held, because);
                // The hold's notices (the patron may also have borrowed the copy before, and been reminded of it).
                var notices = world.Notices.Where(n => n.Patron == hold.Patron && n.Item == hold.Item
                    && n.Type is NotificationType.Hold or NotificationType.SecondHold or NotificationType.HoldCancel).ToList();
                if (ending.Kind == HoldEnd.PickedUp)
                {
                    // Picked up after the notice, while on the shelf, on a day whose loan is still out and not yet due.
                    ending.At.Date.Should().BeAfter(hold.HoldNotificationDate.Date, because).And.BeOnOrBefore(world.Today.ToDateTime(TimeOnly.MinValue));
                    ending.At.Should().BeBefore(hold.HoldTillDate, because);
                    var loan = world.CurrentLoans.Should().ContainSingle(l => l.Item == hold.Item, because).Subject;
                    (loan.Patron, loan.CheckOutDate, loan.Renewals).Should().Be((hold.Patron, ending.At, 0), because);
                    loan.DueDate.Should().Be(ending.At.Date.AddDays(hold.Item.LoanDays + 1).AddSeconds(-1), because)
                        .And.BeAfter(today.AddDays(1), because).And.BeBefore(today.AddDays(11), because);
                    world.ItemStatusId(hold.Item).Should().Be(ItemStatus.Out, because);
                    notices.Should().NotContain(n => n.Type == NotificationType.HoldCancel
                        || (n.Type == NotificationType.SecondHold && n.NoticeDate >= ending.At), because + ": no pick-up notice after the pickup");
                    continue;
                }
                ending.At.Should().BeBefore(today, because);
                if (ending.Kind == HoldEnd.Unclaimed)
                {
                    ending.At.Should().Be(hold.HoldTillDate, because);
                    notices.Select(n => n.Type).Should().Equal([NotificationType.Hold, NotificationType.SecondHold], because);
                }
                else
                {
                    ending.At.Should().BeAfter(hold.HoldNotificationDate).And.BeBefore(hold.HoldTillDate, because);
                    var cancel = notices.Should().ContainSingle(n => n.Type == NotificationType.HoldCancel, because).Subject;
                    cancel.Batch.Should().Be(ending.At.Date.AddHours(ending.At.Hour + 1).AddMinutes(1), because + ": the next hourly batch");
                    (cancel.NoticeDate - ending.At).Should().BePositive().And.BeLessThan(TimeSpan.FromHours(2), because);
                    notices.Should().NotContain(n => n.Type == NotificationType.SecondHold && n.NoticeDate >= ending.At, because + ": no second notice after the cancel");
                }
            }
        }
    }
}
