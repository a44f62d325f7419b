using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Generation;

/// <summary>
/// Almost-overdue and auto-renewal reminders (type 7) go as Polaris sends them: by email to every patron with
/// an address whatever the preference, by text to a text patron without one, never by voice or mail.
/// </summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class ReminderTests(GeneratedSet set)
{
    [Fact]
    public void Every_reminder_goes_by_email_where_the_patron_has_one_and_else_by_text()
    {
        var registration = set.Data["Polaris.Polaris.PatronRegistration"].ToDictionary(r => r["PatronID"]);
        var reminders = set.Data["Results.Polaris.NotificationHistory"].Where(n => n["NotificationTypeId"] == "7").ToList();
        var logs = set.Data["PolarisTransactions.Polaris.NotificationLogs"].Where(l => l["NotificationTypeID"] == "7").ToList();

        reminders.Should().NotBeEmpty();
        foreach (var (patron, option) in reminders.Select(n => (n["PatronId"], n["DeliveryOptionId"]))
                     .Concat(logs.Select(l => (l["PatronID"], l["DeliveryOptionID"])))
                     .Concat(set.Data["Results.Polaris.CircReminders"].Select(r => (r["PatronID"], r["DeliveryOptionID"]))))
        {
            var registered = registration[patron];
            option.Should().Be(registered["EmailAddress"].Length > 0 ? "2" : "8", $"patron {patron} registered {registered["DeliveryOptionID"]}");
            if (option == "8") registered["DeliveryOptionID"].Should().Be("8");
        }
        reminders.Select(n => n["DeliveryOptionId"]).Distinct().Should().BeEquivalentTo(["2", "8"], "the roster has text patrons without email");
    }

    [Fact]
    public void A_reminder_to_a_patron_who_prefers_another_channel_is_its_own_message_to_the_email_address()
    {
        var registration = set.Data["Polaris.Polaris.PatronRegistration"].ToDictionary(r => r["PatronID"]);
        var logs = set.Data["PolarisTransactions.Polaris.NotificationLogs"]
            .Where(l => l["DeliveryOptionID"] == "2" && registration[l["PatronID"]]["DeliveryOptionID"] != "2").ToList();

        logs.Should().NotBeEmpty("phone and mail patrons with an email address get their reminders by email");
        logs.Should().OnlyContain(l => l["NotificationTypeID"] == "7" && l["DeliveryString"] == registration[l["PatronID"]]["EmailAddress"]);
    }

    [Fact]
    public void The_plans_hundred_reminders_remain() =>
        set.Data["Results.Polaris.CircReminders"].Should().HaveCountGreaterThan(100);
}
