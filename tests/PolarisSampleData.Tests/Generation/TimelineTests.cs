using PolarisSampleData.Domain;
using PolarisSampleData.Generation;

namespace PolarisSampleData.Tests.Generation;

/// <summary>Every person's dates in the order a life runs: born, registered, active, renewed.</summary>
public sealed class TimelineTests
{
    public static TheoryData<int, int> Sets => new() { { 42, 25 }, { 1, 100 }, { 7, 400 }, { 2024, 400 } };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Patrons_are_registered_at_five_or_older_and_active_only_after_registering(int seed, int patrons)
    {
        foreach (var world in WorldGenerator.Shards(new GenerationOptions(seed, new DateOnly(2025, 11, 24), patrons)))
        foreach (var patron in world.Patrons)
        {
            var because = $"patron {patron.PatronId} ({patron.Scenario.Letter})";
            patron.Birthdate.AddYears(PatronPhase.MinimumAgeAtRegistration).Should().BeOnOrBefore(patron.RegistrationDate, because);
            patron.RegistrationDate.Should().BeBefore(patron.ExpirationDate, because);
            patron.LastActivityDate.Should().BeAfter(patron.RegistrationDate, because);
            world.LastActivityDate(patron).Should().BeAfter(patron.RegistrationDate, because);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Only_a_lapsed_card_sees_activity_after_it_expired(int seed, int patrons)
    {
        foreach (var world in WorldGenerator.Shards(new GenerationOptions(seed, new DateOnly(2025, 11, 24), patrons)))
        foreach (var patron in world.Patrons.Where(p => world.LastActivityDate(p) > p.ExpirationDate))
            patron.Scenario.RegistrationExpired.Should().BeTrue($"patron {patron.PatronId} ({patron.Scenario.Letter}) was active after the card expired");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_phone_hold_notice_is_logged_after_the_holds_upload_that_carried_it(int seed, int patrons)
    {
        foreach (var world in WorldGenerator.Shards(new GenerationOptions(seed, new DateOnly(2025, 11, 24), patrons)))
        {
            var uploads = world.ShoutbombRuns.Where(r => r.Kind == ShoutbombKind.Holds).Select(r => r.StartedAt).ToList();
            var phoneHolds = world.Holds.Where(h => h.Patron.Delivery.IsPhone()).ToList();
            phoneHolds.Should().NotBeEmpty();
            foreach (var hold in phoneHolds)
                uploads.Should().Contain(at => at >= hold.HoldNotificationDate && at <= hold.NoticeDate,
                    $"hold {hold.SysHoldRequestId} of patron {hold.Patron.PatronId} was trapped at {hold.HoldNotificationDate:HH:mm:ss} and its notice logged at {hold.NoticeDate:HH:mm:ss}");
        }
    }
}
