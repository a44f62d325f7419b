using PolarisSampleData.Generation;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Generation;

/// <summary>Names, addresses, email providers and phone numbers as a US library's registrations hold them.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class ContactTests(GeneratedSet set)
{
    private static readonly List<Domain.World> Shards = [.. WorldGenerator.Shards(new GenerationOptions(5, new DateOnly(2025, 11, 24), 2000))];
    private static readonly List<Domain.Patron> Patrons = [.. Shards.SelectMany(w => w.Patrons)];

    [Fact]
    public void Surnames_follow_their_us_frequency_with_apostrophes_and_hyphens_in_their_share()
    {
        var surnames = Patrons.Select(p => p.LastName).ToList();

        surnames.GroupBy(n => n).MaxBy(g => g.Count())!.Key.Should().Be("Smith");
        (surnames.Count(n => n.Contains('\'', StringComparison.Ordinal)) / (double)surnames.Count).Should().BeInRange(0.001, 0.02);
        (surnames.Count(n => n.Contains('-', StringComparison.Ordinal)) / (double)surnames.Count).Should().BeInRange(0.003, 0.04);
        Patrons.Select(p => p.FirstName).Should().Contain(["James", "Mary"]);
    }

    [Fact]
    public void Addresses_spread_over_the_countys_postal_codes_with_owensboro_most_common_and_streets_named_as_streets()
    {
        var addresses = Shards.SelectMany(w => w.Addresses).ToList();
        var cities = addresses.GroupBy(a => a.PostalCode.City).ToDictionary(g => g.Key, g => g.Count());

        cities.MaxBy(c => c.Value).Key.Should().Be("OWENSBORO");
        cities.Should().HaveCountGreaterThan(5);
        addresses.Should().OnlyContain(a => System.Text.RegularExpressions.Regex.IsMatch(a.StreetOne, @"^[1-9]\d{2,3} [A-Z][a-z]+ (St|Ave|Rd|Dr|Ln|Ct|Way|Pl)$"));
    }

    [Fact]
    public void Households_are_families_and_a_shared_phone_shares_a_home()
    {
        var members = new List<bool>();
        foreach (var world in Shards)
        {
            var homes = world.PatronAddresses.GroupBy(pa => pa.Address.AddressId).ToList();
            homes.Should().HaveCount(world.Addresses.Count, "every address is somebody's home");
            members.AddRange(homes.SelectMany(home => home.OrderBy(pa => pa.Patron.PatronId).Skip(1)
                .Select(pa => pa.Patron.LastName == home.MinBy(h => h.Patron.PatronId)!.Patron.LastName)));
            foreach (var patron in world.Patrons.Where(p => p.Scenario.SharesPhoneWith is not null))
            {
                var mate = world.Patrons.Single(p => p.Scenario.Letter == patron.Scenario.SharesPhoneWith && (p.PatronId - 100_001) / 25 == (patron.PatronId - 100_001) / 25);
                world.HomeOf(patron).Should().Be(world.HomeOf(mate));
                patron.Phone.Should().Be(mate.Phone);
            }
        }
        members.Should().NotBeEmpty("some patrons live together");
        (members.Count(shares => shares) / (double)members.Count).Should().BeInRange(0.75, 0.95, "most members share the family's name");
    }

    [Fact]
    public void Gmail_is_the_most_common_provider_by_far()
    {
        var providers = Patrons.Where(p => p.Email is not null).GroupBy(p => p.Email![(p.Email!.IndexOf('@') + 1)..])
            .ToDictionary(g => g.Key, g => g.Count());
        var emails = providers.Values.Sum();

        providers.MaxBy(p => p.Value).Key.Should().Be("gmail.com");
        (providers["gmail.com"] / (double)emails).Should().BeInRange(0.45, 0.6);
        providers.Keys.Should().BeEquivalentTo(PolarisSampleData.Scenarios.ScenarioSettings.Default.EmailProviders.Select(p => p.Domain));
    }

    [Fact]
    public void Some_phones_are_stored_with_dashes_as_staff_typed_them()
    {
        var phones = Patrons.Where(p => p.Phone is not null).Select(p => p.Phone!).ToList();
        var dashed = phones.Count(p => p.Contains('-', StringComparison.Ordinal)) / (double)phones.Count;

        dashed.Should().BeInRange(0.1, 0.3);
        phones.Should().OnlyContain(p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^(27055501\d\d|270-555-01\d\d)$"));
    }

    [Fact]
    public void The_shoutbomb_patron_lists_carry_phones_without_dashes()
    {
        var lines = Directory.GetFiles(Path.Combine(set.Folder, "shoutbomb"), "*_patrons_submitted_*.txt")
            .SelectMany(f => File.ReadAllText(f).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)).ToList();

        lines.Should().NotBeEmpty().And.OnlyContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^27055501\d\d\|\d{14}$"));
    }
}
