using PolarisSampleData.Domain;
using PolarisSampleData.Generation;
using PolarisSampleData.Scenarios;

namespace PolarisSampleData.Tests.Generation;

/// <summary>Every person's dates in the order a life runs: born, registered, active, renewed.</summary>
public sealed class TimelineTests
{
    /// <summary>Seed, patrons and the days of history: the plan's 20, and a scenario's longer windows (a loan then goes out long before today).</summary>
    public static TheoryData<int, int, int> Sets => new() { { 42, 25, 20 }, { 1, 100, 20 }, { 7, 400, 20 }, { 2024, 400, 20 }, { 3, 100, 90 }, { 5, 100, 365 } };

    private static IEnumerable<World> Shards(int seed, int patrons, int daysBack) =>
        WorldGenerator.Shards(new GenerationOptions(seed, new DateOnly(2025, 11, 24), patrons)
        {
            Scenario = ScenarioSettings.Default with { Window = new ScenarioWindow(daysBack, ScenarioWindow.MinDaysAhead) },
        });

    [Theory]
    [MemberData(nameof(Sets))]
    public void Patrons_are_registered_at_five_or_older_and_active_only_after_registering(int seed, int patrons, int daysBack)
    {
        foreach (var world in Shards(seed, patrons, daysBack))
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
    public void Only_a_lapsed_card_sees_activity_after_it_expired(int seed, int patrons, int daysBack)
    {
        foreach (var world in Shards(seed, patrons, daysBack))
        foreach (var patron in world.Patrons.Where(p => world.LastActivityDate(p) > p.ExpirationDate))
            patron.Scenario.RegistrationExpired.Should().BeTrue($"patron {patron.PatronId} ({patron.Scenario.Letter}) was active after the card expired");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_phone_hold_notice_is_logged_after_the_holds_upload_that_carried_it(int seed, int patrons, int daysBack)
    {
        foreach (var world in Shards(seed, patrons, daysBack))
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
