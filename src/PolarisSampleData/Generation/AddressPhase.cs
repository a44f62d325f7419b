using Bogus;
using PolarisSampleData.Domain;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 1b: a street address in the library's real postal codes for each household the patron phase
/// formed (about three for every four patrons). Each patron gets the household's as their notice address.
/// </summary>
internal sealed class AddressPhase(Faker faker)
{
    public const int FirstAddressId = 500_001;

    /// <summary>Runs on from shard to shard, so IDs stay unique in the whole set.</summary>
    private readonly IdSequence _ids = new(FirstAddressId);

    /// <summary>
    /// Most patrons live in Owensboro; the county towns and Spencer County share the rest. Bogus' weights are
    /// shares that add up to 1 (larger ones made every address its first postal code).
    /// </summary>
    private static readonly float[] PostalCodeWeights = Shares(PostalCode.All.Select(p => p.City == "OWENSBORO" ? 6f : 1f));

    /// <summary>Street names as US towns name them, and the suffixes they carry, most common first.</summary>
    private static readonly string[] StreetNames =
    [
        "Main", "Oak", "Maple", "Park", "Pine", "Cedar", "Elm", "Walnut", "Washington", "Lake", "Hill", "Church", "Highland",
        "Locust", "Cherry", "Jackson", "Lincoln", "Jefferson", "Franklin", "Madison", "Chestnut", "Spring", "Sunset", "Ridge",
        "Meadow", "Forest", "Willow", "Mill", "Center", "River", "Market", "Union", "Dogwood", "Hickory", "Poplar", "Sycamore",
        "Magnolia", "Orchard", "Valley", "Fairview", "College", "Lee", "Grant", "Frederica", "Parrish", "Griffith", "Breckenridge",
        "Second", "Third", "Fourth", "Fifth", "Ninth", "Twelfth",
    ];

    private static readonly string[] StreetSuffixes = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Way", "Pl"];
    private static readonly float[] StreetSuffixShares = Shares([30, 20, 16, 14, 8, 6, 3, 3]);

    private static float[] Shares(IEnumerable<float> weights)
    {
        var all = weights.ToArray();
        var total = all.Sum();
        return [.. all.Select(w => w / total)];
    }

    public (IReadOnlyList<Address> Addresses, IReadOnlyList<PatronAddress> PatronAddresses) Run(IReadOnlyList<Patron> patrons)
    {
        var addresses = Enumerable.Range(0, patrons.Max(p => p.Household) + 1).Select(_ => MakeAddress(_ids.Next())).ToList();
        var patronAddresses = patrons.Select(p => new PatronAddress(p, addresses[p.Household], p.RegistrationDate)).ToList();
        return (addresses, patronAddresses);
    }

    private Address MakeAddress(int addressId)
    {
        var postalCode = faker.Random.WeightedRandom(PostalCode.All.ToArray(), PostalCodeWeights);
        return new Address(
            AddressId: addressId,
            PostalCode: postalCode,
            StreetOne: $"{faker.Random.Int(100, 9999)} {faker.PickRandom(StreetNames)} {faker.Random.WeightedRandom(StreetSuffixes, StreetSuffixShares)}",
            StreetTwo: faker.Random.Bool(0.15f) ? $"Apt {faker.Random.Int(1, 24)}" : null,
            ZipPlusFour: faker.Random.Int(1, 9999).ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
    }
}
