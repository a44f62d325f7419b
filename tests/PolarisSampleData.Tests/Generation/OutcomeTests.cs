using PolarisSampleData.Domain;
using PolarisSampleData.Generation;

namespace PolarisSampleData.Tests.Generation;

/// <summary>
/// A delivery outcome belongs to the address or number, not to the draw: a bouncing email address fails
/// every notice sent to it and a disconnected number every call, while a busy or unanswered call is
/// only that call's.
/// </summary>
public sealed class OutcomeTests
{
    public static TheoryData<int, int> Sets => new() { { 42, 25 }, { 1, 100 }, { 7, 400 } };

    private static readonly NotificationStatus[] Delivered =
        [NotificationStatus.CallCompletedVoice, NotificationStatus.CallCompletedAnsweringMachine, NotificationStatus.EmailCompleted];

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_bad_address_fails_every_notice_and_a_good_one_none(int seed, int patrons)
    {
        foreach (var world in WorldGenerator.Shards(new GenerationOptions(seed, new DateOnly(2025, 11, 24), patrons)))
        foreach (var sent in world.Logs.GroupBy(l => (l.Patron, l.Delivery)))
        {
            var (patron, delivery) = sent.Key;
            var statuses = sent.Select(l => l.Status).Distinct().ToList();
            var because = $"patron {patron.PatronId} ({patron.Scenario.Letter}) by {delivery}";
            if (delivery == DeliveryOption.Email && patron.Scenario.EmailBounces)
                statuses.Should().ContainSingle(because).Which.Should().BeOneOf(NotificationStatus.EmailFailedInvalidAddress, NotificationStatus.EmailFailed);
            else if (delivery == DeliveryOption.Voice && patron.Scenario.PhoneDisconnected)
                statuses.Should().Equal([NotificationStatus.CallBadNumber], because);
            else if (delivery == DeliveryOption.Email)
                statuses.Should().Equal([NotificationStatus.EmailCompleted], because);
            else
                statuses.Should().NotContain([NotificationStatus.CallBadNumber, NotificationStatus.EmailFailedInvalidAddress, NotificationStatus.EmailFailed], because);
        }
    }

    [Fact]
    public void The_roster_has_a_bouncing_address_and_a_disconnected_number_that_notices_reach()
    {
        var world = WorldGenerator.Shards(new GenerationOptions(42, new DateOnly(2025, 11, 24), 25)).Single();
        world.Logs.Where(l => l.Patron.Scenario.Letter == "O" && l.Delivery == DeliveryOption.Email)
            .Should().NotBeEmpty().And.OnlyContain(l => !Delivered.Contains(l.Status));
        world.Logs.Where(l => l.Patron.Scenario.Letter == "M" && l.Delivery == DeliveryOption.Voice)
            .Should().NotBeEmpty().And.OnlyContain(l => l.Status == NotificationStatus.CallBadNumber);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_failing_text_number_fails_in_one_roster_block_of_four_and_Polaris_still_logs_its_texts_as_sent(int seed, int patrons)
    {
        var worlds = WorldGenerator.Shards(new GenerationOptions(seed, new DateOnly(2025, 11, 24), patrons)).ToList();
        foreach (var patron in worlds.SelectMany(w => w.Patrons))
            patron.Scenario.TextFails.Should().Be((patron.Scenario.Letter, (patron.PatronId - 100_001) / Roster.Size % 4) switch
            {
                ("B", 0) => TextFailure.InvalidNumber,
                ("H", 0) => TextFailure.OptedOut,
                _ => (TextFailure?)null,
            }, $"patron {patron.PatronId} ({patron.Scenario.Letter})");
        var undelivered = worlds.SelectMany(w => w.UndeliveredTexts).ToList();
        undelivered.Should().NotBeEmpty().And.OnlyContain(t => t.Log.Delivery == DeliveryOption.Text && t.Log.Status == NotificationStatus.Sent
            && t.Why == t.Log.Patron.Scenario.TextFails);
        undelivered.Select(t => t.Log.Patron).Distinct().Should().OnlyContain(p => p.Scenario.TextFails != null);
    }

    [Fact]
    public void The_readmes_outcome_rates_are_what_a_thousand_patrons_give()
    {
        var logs = WorldGenerator.Shards(new GenerationOptions(42, new DateOnly(2025, 11, 24), 1000)).SelectMany(w => w.Logs).ToList();
        string Shares(DeliveryOption delivery, params NotificationStatus[] statuses)
        {
            var sent = logs.Where(l => l.Delivery == delivery).ToList();
            return string.Join(" / ", statuses.Select(status =>
                Math.Round(100.0 * sent.Count(l => l.Status == status) / sent.Count, 1, MidpointRounding.AwayFromZero).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%"));
        }
        var readme = File.ReadAllText(Path.Combine(Support.Repository.Root, "README.md"));
        readme.Should().Contain($"| {Shares(DeliveryOption.Email, NotificationStatus.EmailCompleted, NotificationStatus.EmailFailedInvalidAddress, NotificationStatus.EmailFailed)} |")
            .And.Contain($"| {Shares(DeliveryOption.Voice, NotificationStatus.CallCompletedVoice, NotificationStatus.CallCompletedAnsweringMachine)} |")
            .And.Contain($"| {Shares(DeliveryOption.Voice, NotificationStatus.CallHangUp, NotificationStatus.CallBusy, NotificationStatus.CallNoAnswer, NotificationStatus.CallBadNumber)} |");
    }

    [Fact]
    public void At_a_thousand_patrons_a_few_percent_of_emails_bounce_and_busy_lines_outnumber_bad_numbers()
    {
        var logs = WorldGenerator.Shards(new GenerationOptions(42, new DateOnly(2025, 11, 24), 1000)).SelectMany(w => w.Logs).ToList();
        var emails = logs.Where(l => l.Delivery == DeliveryOption.Email).ToList();
        var bounced = emails.Count(l => l.Status != NotificationStatus.EmailCompleted) / (double)emails.Count;
        bounced.Should().BeInRange(0.01, 0.08, "a few percent of emails bounce");
        var calls = logs.Where(l => l.Delivery == DeliveryOption.Voice).ToList();
        calls.Count(l => l.Status is NotificationStatus.CallBusy or NotificationStatus.CallNoAnswer)
            .Should().BeGreaterThan(calls.Count(l => l.Status == NotificationStatus.CallBadNumber), "busy and unanswered calls are more common than bad numbers");
        calls.Count(l => Delivered.Contains(l.Status)).Should().BeGreaterThan(calls.Count * 3 / 4, "most calls are answered");
    }
}
