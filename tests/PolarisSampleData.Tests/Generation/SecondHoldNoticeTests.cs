using PolarisSampleData.Domain;
using PolarisSampleData.Generation;
using PolarisSampleData.Tests.Support;
using static PolarisSampleData.Tests.Support.Values;

namespace PolarisSampleData.Tests.Generation;

/// <summary>
/// A hold still on the shelf three days after it was trapped gets the second pick-up notice (type 18)
/// that morning: queued at 02:00, sent in the 09:01 batch, recorded as SysHoldRequests.HoldNotification2ndDate.
/// </summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class SecondHoldNoticeTests(GeneratedSet set)
{
    public static TheoryData<int, int> Sets => new() { { 42, 25 }, { 1, 100 }, { 7, 400 } };

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_hold_on_the_shelf_three_days_gets_one_second_notice_that_morning(int seed, int patrons)
    {
        foreach (var world in WorldGenerator.Shards(new GenerationOptions(seed, new DateOnly(2025, 11, 24), patrons)))
        {
            var seconds = world.Notices.Where(n => n.Type == NotificationType.SecondHold).ToLookup(n => (n.Patron.PatronId, n.Item!.ItemRecordId));
            seconds.Should().NotBeEmpty();
            foreach (var hold in world.Holds)
            {
                var day = DateOnly.FromDateTime(hold.HoldNotificationDate).AddDays(3);
                var notices = seconds[(hold.Patron.PatronId, hold.Item.ItemRecordId)].ToList();
                // Queued at 02:00 for a hold still on the shelf through the 09:01 batch that sends it.
                if (day > world.Today || !hold.IsOnShelfAt(day.ToDateTime(new TimeOnly(2, 0))) || !hold.IsOnShelfAt(day.ToDateTime(new TimeOnly(10, 0))))
                {
                    notices.Should().BeEmpty($"hold {hold.SysHoldRequestId} was not on the shelf three days, through the morning batch");
                    continue;
                }
                var notice = notices.Should().ContainSingle($"hold {hold.SysHoldRequestId}").Subject;
                notice.Dispatch.QueuedAt.Should().Be(day.ToDateTime(new TimeOnly(2, 0)));
                notice.Batch.Should().Be(day.ToDateTime(new TimeOnly(9, 1)));
                notice.NoticeDate.Should().BeAfter(notice.Batch).And.BeBefore(hold.HoldTillDate);
                notice.Delivery.Should().Be(hold.Patron.Delivery);
            }
        }
    }

    [Fact]
    public void The_request_records_when_its_second_notice_was_queued()
    {
        var queued = set.Data["Results.Polaris.NotificationQueue"].Where(q => q["NotificationTypeID"] == "18")
            .ToDictionary(q => (q["PatronID"], q["ItemRecordID"]), q => q["CreationDate"]);
        queued.Should().NotBeEmpty();
        foreach (var request in set.Data["Polaris.Polaris.SysHoldRequests"])
            request["HoldNotification2ndDate"].Should().Be(queued.GetValueOrDefault((request["PatronID"], request["TrappingItemRecordID"]), ""),
                $"request {request["SysHoldRequestID"]}");
        set.Data["Polaris.Polaris.SysHoldRequests"].Where(r => r["HoldNotification2ndDate"].Length > 0)
            .Should().OnlyContain(r => Date(r["HoldNotification2ndDate"]) == Date(r["HoldNotificationDate"]).Date.AddDays(3).AddHours(2));
    }
}
