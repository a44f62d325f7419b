using Bogus;
using PolarisSampleData.Domain;
using PolarisSampleData.Scenarios;
using PolarisSampleData.Scheduling;
using static Bogus.DataSets.Name;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 1: the roster's patrons in their households, with names by US frequency, addresses for notices
/// (email and phone), registration dates and borrowing so far. Emails are first.last at a provider by its
/// share; phones sit in the fictional 555-0100..0199 block of the 270 area code, so no notice can ever
/// reach a real person.
/// </summary>
internal sealed class PatronPhase(Faker faker, ActivityWindow window, IReadOnlyList<EmailProvider> emailProviders, RosterBlock cast, HouseholdTraits traits)
{
    public const int FirstPatronId = 100_001;

    /// <summary>The youngest a patron is issued a card (a child's card at the library).</summary>
    public const int MinimumAgeAtRegistration = 5;

    private readonly string[] _emailDomains = [.. emailProviders.Select(p => p.Domain)];
    private readonly float[] _emailShares = [.. emailProviders.Select(p => p.Share)];

    /// <summary>Staff type some numbers with dashes (270-555-0123); the Shoutbomb integration strips them.</summary>
    public const float DashedPhoneShare = 0.2f;

    private const string BcryptAlphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    // These run on from shard to shard: IDs and barcodes stay unique in the whole set.
    private readonly IdSequence _ids = new(FirstPatronId);
    private readonly IdSequence _barcodes = new(Barcodes.FirstSerial);

    /// <summary>The first shard's emails, kept unique by a counter; later shards' carry the patron's number instead.</summary>
    private readonly HashSet<string> _emails = new(StringComparer.Ordinal);

    private bool _pastFirstShard;
    private readonly Queue<string> _phones = new(faker.Random.Shuffle(FictionalPhones()));

    /// <summary>Patrons for a shard's roster blocks (the set's first patrons come first).</summary>
    public IReadOnlyList<Patron> Run(IReadOnlyList<Scenario> roster)
    {
        // PatronID is an IDENTITY column: a patron registered earlier has the lower ID (and barcode), within
        // the shard. The shard's registrations are drawn first and dealt out in ID order.
        var registrations = roster.Select(_ => RegistrationMoment()).Order().ToList();
        var households = Households(roster);
        var surnames = Enumerable.Range(0, households.Max() + 1).Select(_ => PersonNames.Surname(faker)).ToArray();
        var shared = Enumerable.Range(0, households.Max() + 1).Select(_ => traits.Draw()).ToArray();
        var patrons = roster.Select((scenario, i) =>
        {
            // The first member of a household carries its name; most others share it.
            var family = Array.IndexOf(households, households[i]) == i || faker.Random.Bool(FamilyNameShare) ? surnames[households[i]] : null;
            return MakePatron(scenario, _ids.Next(), _barcodes.Next(), registrations[i], households[i], family) with
            {
                Language = shared[households[i]].Language,
                Branch = shared[households[i]].Branch,
            };
        }).ToList();
        _pastFirstShard = true;
        _emails.Clear();
        return patrons.Select((p, i) => cast.PhoneMateOf(i) is { } mate && mate < patrons.Count
            ? p with { Phone = patrons[mate].Phone }
            : p).ToList();
    }

    /// <summary>Households for every four patrons, about three: some patrons live together.</summary>
    public const double HouseholdsPerPatron = 0.72;

    /// <summary>Household members who share the household's surname (the rest: a partner's own name, a lodger).</summary>
    public const float FamilyNameShare = 0.85f;

    /// <summary>
    /// Each patron's household, numbered from 0 in order of first member: in a shuffled order the first
    /// patrons open one each and the others join one; a patron who shares another's phone lives with them.
    /// </summary>
    private int[] Households(IReadOnlyList<Scenario> roster)
    {
        var count = Math.Max(1, (int)Math.Round(roster.Count * HouseholdsPerPatron));
        var order = faker.Random.Shuffle(Enumerable.Range(0, roster.Count)).ToList();
        var drawn = new int[roster.Count];
        for (var i = 0; i < order.Count; i++) drawn[order[i]] = i < count ? i : faker.Random.Int(0, count - 1);
        for (var i = 0; i < roster.Count; i++)
            if (cast.PhoneMateOf(i) is { } mate && mate < roster.Count)
                drawn[i] = drawn[mate];
        var numbers = new Dictionary<int, int>();
        return [.. drawn.Select(h => numbers.TryGetValue(h, out var n) ? n : numbers[h] = numbers.Count)];
    }

    /// <summary>A few patrons carry accented names, as real registrations do (and importers must survive).</summary>
    private static readonly string[] AccentedFemaleNames = ["Zoë", "Renée", "Chloé", "Inés", "Noémi"];

    private static readonly string[] AccentedMaleNames = ["José", "André", "René", "Joël", "Raúl"];

    /// <summary>
    /// The fictional numbers in a shuffled order; past 100 patrons the block is dealt out again, as
    /// households share phones.
    /// </summary>
    private string NextPhone()
    {
        if (_phones.Count == 0)
            foreach (var phone in faker.Random.Shuffle(FictionalPhones())) _phones.Enqueue(phone);
        return _phones.Dequeue();
    }

    /// <summary>The 100 numbers 270-555-0100 .. 270-555-0199 as digits; a fifth are stored with dashes (<see cref="DashedPhoneShare"/>).</summary>
    public static IEnumerable<string> FictionalPhones() =>
        Enumerable.Range(100, 100).Select(n => $"270555{n:D4}");

    /// <summary>A card issued 200 days (more, before a longer window) to 15 years ago, in opening hours.</summary>
    private DateTime RegistrationMoment() =>
        ActivityWindow.At(window.Today.AddDays(-faker.Random.Int(window.EarliestRegistrationDaysAgo, 15 * 365)), OpeningHours.Draw(faker));

    private Patron MakePatron(Scenario scenario, int patronId, int barcodeSequence, DateTime registered, int household, string? familyName)
    {
        var gender = faker.PickRandom(Gender.Female, Gender.Male);
        var female = gender == Gender.Female;
        var first = faker.Random.Bool(0.15f)
            ? faker.PickRandom(female ? AccentedFemaleNames : AccentedMaleNames)
            : PersonNames.GivenName(faker, female);
        var last = familyName ?? PersonNames.Surname(faker);
        string? middle = faker.Random.Bool(0.7f) ? PersonNames.GivenName(faker, female) : null;

        var delivery = scenario.Delivery;
        var hasEmail = delivery == DeliveryOption.Email || faker.Random.Bool(0.5f);
        var hasPhone = delivery.IsPhone() || faker.Random.Bool(0.5f);
        var email = hasEmail ? UniqueEmail(first, last, patronId) : null;
        var phone = hasPhone ? NextPhone() : null;
        if (phone is not null && faker.Random.Bool(DashedPhoneShare)) phone = $"{phone[..3]}-{phone[3..6]}-{phone[6..]}";

        // A life in order: born 8 to 85 years ago and at least five years before the card was issued, active since.
        var today = window.Today.ToDateTime(TimeOnly.MinValue);
        var (earliestBirth, latestBirth) = (today.AddYears(-86).AddDays(1), ActivityWindow.Earlier(registered.Date.AddYears(-MinimumAgeAtRegistration), today.AddYears(-8)));
        var birthdate = earliestBirth.AddDays(faker.Random.Int(0, (latestBirth - earliestBirth).Days));
        var registeredDaysAgo = (today - registered.Date).Days;
        var renewals = (int)Math.Ceiling((today - registered).TotalDays / (3 * 365.0));
        var expires = scenario.RegistrationExpired
            ? today.AddMonths(-4).AddDays(-faker.Random.Int(0, 60))
            : registered.Date.AddYears(3 * Math.Max(renewals, 1));
        var active = scenario.Group != ScenarioGroup.NoCurrentActivity;
        var lastActivity = active
            ? ActivityWindow.At(window.Today.AddDays(-faker.Random.Int(0, window.DaysBack)), OpeningHours.Draw(faker))
            : ActivityWindow.At(window.Today.AddDays(-faker.Random.Int(60, Math.Min(400, registeredDaysAgo - 1))), OpeningHours.Draw(faker));
        // Up to a loan every other day for the heaviest borrowers, one every five days for the rest.
        var borrowing = CirculationHistory.Draw(faker, window, registered, active ? DateTime.MaxValue : lastActivity,
            scenario.Group == ScenarioGroup.HighVolume ? 0.5 : 0.2);

        return new Patron(
            PatronId: patronId,
            Barcode: Barcodes.Make(Barcodes.PatronPrefix, barcodeSequence),
            Scenario: scenario,
            FirstName: first,
            MiddleName: middle,
            LastName: last,
            Email: email,
            Phone: phone,
            Birthdate: birthdate,
            RegistrationDate: registered,
            ExpirationDate: expires,
            LastActivityDate: lastActivity,
            PriorCirculation: borrowing,
            PasswordHash: "$2a$10$" + faker.Random.String2(53, BcryptAlphabet),
            ObfuscatedPassword: faker.Random.String2(22, Base64Alphabet) + "==",
            Household: household,
            Language: Language.English,
            Branch: Branch.Library);
    }

    private string UniqueEmail(string first, string last, int patronId)
    {
        var local = $"{EmailPart(first)}.{EmailPart(last)}";
        var provider = faker.Random.WeightedRandom(_emailDomains, _emailShares);
        // A set of every address of a million-patron set would grow without bound; the first shard's
        // counters stay below 100, so a patron number (100101 on) cannot meet one of them.
        if (_pastFirstShard) return $"{local}{patronId}@{provider}";
        var email = $"{local}@{provider}";
        for (var n = 2; !_emails.Add(email); n++) email = $"{local}{n}@{provider}";
        return email;
    }

    /// <summary>The name as an email local part: accents folded to ASCII, anything else dropped.</summary>
    public static string EmailPart(string name) =>
        new(Ascii.Fold(name).ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
}
