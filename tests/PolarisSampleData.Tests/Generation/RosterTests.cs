using PolarisSampleData.Domain;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Generation;

/// <summary>The plan's roster, delivery mix and PII formats, as written.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class RosterTests(GeneratedSet set)
{
    [Fact]
    public void Roster_has_the_plans_twenty_five_patrons_and_scenarios()
    {
        var patrons = set.World.Patrons;
        patrons.Select(p => p.Scenario.Letter).Should().Equal(Enumerable.Range('A', 25).Select(c => ((char)c).ToString()));
        Count(ScenarioGroup.HighVolume).Should().Be(3);
        Count(ScenarioGroup.MultiHold).Should().Be(3);
        Count(ScenarioGroup.MixedActivity).Should().Be(4);
        Count(ScenarioGroup.SingleItem).Should().Be(10);
        Count(ScenarioGroup.NoCurrentActivity).Should().Be(5);

        int Count(ScenarioGroup group) => patrons.Count(p => p.Scenario.Group == group);
    }

    [Fact]
    public void Each_patron_has_the_holds_and_overdues_the_plan_gives_them()
    {
        foreach (var patron in set.World.Patrons)
        {
            set.World.Holds.Count(h => h.Patron == patron && h.IsHeld).Should().Be(patron.Scenario.Holds, patron.Scenario.Letter);
            set.World.Holds.Count(h => h.Patron == patron && !h.IsHeld).Should().Be(patron.Scenario.EndedHold is null ? 0 : 1, patron.Scenario.Letter);
            set.World.Overdues.Count(o => o.Patron == patron).Should().Be(patron.Scenario.Overdues, patron.Scenario.Letter);
        }
        var b = set.World.Overdues.Where(o => o.Patron.Scenario.Letter == "B").ToList();
        b.Select(o => o.DueDate).Distinct().Should().ContainSingle("patron B forgot five items due the same day");
        set.World.Logs.Where(l => l.Patron.Scenario.Letter == "B" && l.Notices.Any(n => n.Type.IsOverdue()))
            .Should().NotBeEmpty().And.OnlyContain(l => l.Notices.Count(n => n.Type.IsOverdue()) == 5, "each overdue level's one message covers all five");
        var a = set.World.Overdues.Where(o => o.Patron.Scenario.Letter == "A").ToList();
        a.Select(o => o.DueDate).Distinct().Should().HaveCount(7, "patron A's due dates vary");
        var e = set.World.Holds.Where(h => h.Patron.Scenario.Letter == "E").ToList();
        e.Select(h => h.HoldTillDate).Distinct().Should().HaveCount(2, "patron E picks up on different dates");
        var d = set.World.Holds.Where(h => h.Patron.Scenario.Letter == "D").ToList();
        d.Select(h => h.Item.Title.Topic).Distinct().Should().ContainSingle("patron D's holds share a topic");
        d.Select(h => h.Item.Title.BibliographicRecordId).Distinct().Should().HaveCount(3);
    }

    [Fact]
    public void Delivery_mix_is_fifteen_email_five_sms_three_voice_two_mail()
    {
        var registration = set.Data["Polaris.Polaris.PatronRegistration"];
        registration.GroupBy(r => r["DeliveryOptionID"]).ToDictionary(g => g.Key, g => g.Count())
            .Should().BeEquivalentTo(new Dictionary<string, int> { ["2"] = 15, ["8"] = 5, ["3"] = 3, ["1"] = 2 });
        registration.Where(r => r["DeliveryOptionID"] == "2").Should().OnlyContain(r => r["EmailAddress"].Length > 0);
        registration.Where(r => r["DeliveryOptionID"] is "3" or "8").Should().OnlyContain(r => r["PhoneVoice1"].Length > 0);
    }

    [Fact]
    public void Fake_pii_has_the_plans_formats_and_cannot_reach_anyone()
    {
        var patrons = set.Data["Polaris.Polaris.Patrons"];
        patrons.Select(p => p["Barcode"]).Should().OnlyContain(b => System.Text.RegularExpressions.Regex.IsMatch(b, @"^233070\d{8}$") && Barcodes.HasValidCheckDigit(b)).And.OnlyHaveUniqueItems();
        set.Data["Polaris.Polaris.CircReserveItemRecords_View"].Select(i => i["Barcode"])
            .Should().OnlyContain(b => System.Text.RegularExpressions.Regex.IsMatch(b, @"^333070\d{8}$") && Barcodes.HasValidCheckDigit(b)).And.OnlyHaveUniqueItems();

        foreach (var r in set.Data["Polaris.Polaris.PatronRegistration"])
        {
            if (r["PhoneVoice1"].Length > 0) r["PhoneVoice1"].Should().MatchRegex(@"^(27055501\d\d|270-555-01\d\d)$");
            if (r["EmailAddress"].Length > 0)
            {
                r["EmailAddress"].Should().MatchRegex(@"^[a-z0-9]+\.[a-z0-9]+\d*@(gmail\.com|yahoo\.com|hotmail\.com|outlook\.com|icloud\.com|aol\.com)$");
                r["EmailAddress"].Should().StartWith(Letters(r["NameFirst"]) + "." + Letters(r["NameLast"]));
            }
            r["PasswordHash"].Should().MatchRegex(@"^\$2a\$10\$[./A-Za-z0-9]{53}$");
            r["ObfuscatedPassword"].Should().MatchRegex(@"^[A-Za-z0-9+/]{22}==$");
            char.IsUpper(r["NameFirst"][0]).Should().BeTrue();
        }
        set.Data["Polaris.Polaris.PatronRegistration"].Should().Contain(r => r["NameMiddle"].Length == 0, "some middle names are blank");

        static string Letters(string name) => new(PolarisSampleData.Generation.Ascii.Fold(name).ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
    }

    [Fact]
    public void Items_cover_the_plans_collections_and_price_range()
    {
        var items = set.World.Items;
        items.Should().HaveCount(100);
        set.World.Titles.Should().HaveCount(50);
        items.Select(i => i.Title.Collection).Distinct().Should().HaveCount(5);
        items.Should().OnlyContain(i => i.Price >= 7.99m && i.Price <= 39.99m);
        foreach (var item in items)
        {
            var expectedPrefix = item.Title.Collection switch
            {
                Collection.Fiction => "F ",
                Collection.JuvenileFiction => "JF ",
                Collection.Dvd => "DVD ",
                Collection.VideoGame => "VG ",
                _ => "",
            };
            item.Title.CallNumber.Should().StartWith(expectedPrefix);
        }
        items.Where(i => i.Title.Collection == Collection.NonFiction)
            .Should().OnlyContain(i => char.IsDigit(i.Title.CallNumber[0]), "non-fiction shelves by Dewey number");
    }
}
