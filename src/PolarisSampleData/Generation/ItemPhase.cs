using Bogus;
using PolarisSampleData.Domain;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 2: about 50 titles across the plan's five collections and 100 copies of them, with call
/// numbers in each collection's format and prices from 7.99 to 39.99. Non-fiction titles come in
/// topic groups so a patron can hold several books on one subject.
/// </summary>
/// <remarks>Copies' branches are shared out by <paramref name="branches"/>, a stream of their own.</remarks>
internal sealed class ItemPhase(Faker faker, ActivityWindow window, SharedOut<Branch> branches)
{
    public const int FirstBibliographicRecordId = 200_001;
    public const int FirstItemRecordId = 300_001;
    /// <summary>Titles and copies for each block of the 25-patron roster.</summary>
    public const int TitlesPerRoster = 50;
    public const int ItemsPerRoster = 100;

    /// <summary>
    /// Polaris MaterialTypes, LoanPeriodCodes, FineCodes and StatisticalCodes IDs for each collection (the
    /// statistical codes are the library's: Adult Fiction, Juvenile Fiction, Adult Nonfiction, AV DVD-Feature
    /// Film, AV Video Game).
    /// </summary>
    private static (int MaterialType, int LoanPeriod, int FineCode, int StatisticalCode, int RenewalLimit, decimal MinPrice, decimal MaxPrice) Rules(Collection c) => c switch
    {
        Collection.Fiction => (1, 1, 1, 1, 2, 14.99m, 29.99m),
        Collection.JuvenileFiction => (49, 1, 1, 27, 2, 7.99m, 17.99m),
        Collection.NonFiction => (1, 1, 1, 5, 2, 12.99m, 34.99m),
        Collection.Dvd => (24, 3, 7, 12, 1, 14.99m, 24.99m),
        _ => (39, 2, 4, 63, 0, 29.99m, 39.99m),
    };

    // These run on from shard to shard, so record IDs and barcodes stay unique in the whole set.
    private readonly IdSequence _bibIds = new(FirstBibliographicRecordId);
    private readonly IdSequence _itemIds = new(FirstItemRecordId);
    private readonly IdSequence _barcodes = new(Barcodes.FirstSerial);

    /// <summary>
    /// Catalogue blocks (50 titles, 100 copies) for a shard of <paramref name="patrons"/>, who borrow from its own
    /// copies: one for every 25 patrons (or part), and more where the cast wants more copies than that at most
    /// (holds, overdues, ended holds, current loans), or more titles on one topic than half the topics' titles.
    /// The plan's roster wants at most 96 copies of a block's 100.
    /// </summary>
    public static int BlocksFor(IReadOnlyList<Scenario> patrons)
    {
        var copies = patrons.Sum(s => s.Holds + s.Overdues + (s.EndedHold is null ? 0 : 1)
            + (s.Group == ScenarioGroup.NoCurrentActivity ? 0 : LoanPhase.MostUnpinnedCurrentLoans + (s.LoanDueInDays is null ? 0 : 1)));
        var onTopics = patrons.Where(s => s.HoldsShareTopic).Sum(s => s.Holds);
        return Math.Max(Math.Max(Ceiling(patrons.Count, Roster.Size), Ceiling(copies, ItemsPerRoster)), Ceiling(2 * onTopics, TopicTitles));

        static int Ceiling(int count, int per) => (count + per - 1) / per;
    }

    private static readonly int TopicTitles = CatalogueWords.Topics.Sum(t => t.Patterns.Length);

    /// <summary>The catalogue of <paramref name="blocks"/> blocks, each 50 titles and 100 copies.</summary>
    public (IReadOnlyList<Title> Titles, IReadOnlyList<Item> Items) Run(int blocks)
    {
        var titles = new List<Title>();
        var collections = new[] { Collection.Fiction, Collection.Fiction, Collection.JuvenileFiction, Collection.Dvd, Collection.VideoGame };
        for (var block = 0; block < blocks; block++)
        {
            var blockStart = titles.Count;
            foreach (var (topic, dewey, patterns) in CatalogueWords.Topics)
                titles.AddRange(patterns.Select(p => NonFiction(topic, dewey, p)));
            while (titles.Count - blockStart < TitlesPerRoster)
                titles.Add(Make(collections[(titles.Count - blockStart) % collections.Length]));
        }
        // BibliographicRecordID and ItemRecordID are IDENTITY columns: a record created earlier has the
        // lower ID (and an item the lower barcode), within the shard.
        titles = [.. titles.OrderBy(t => t.CreationDate).Select(t => t with { BibliographicRecordId = _bibIds.Next() })];

        // Every title has a copy; the other copies go to titles at random, as popular titles get more.
        var copies = titles.Concat(Enumerable.Range(0, ItemsPerRoster * blocks - titles.Count).Select(_ => faker.PickRandom<Title>(titles)))
            .OrderBy(t => t.BibliographicRecordId).ToList();
        var items = copies.Select(MakeItem).OrderBy(i => i.FirstAvailableDate)
            .Select(i => i with
            {
                ItemRecordId = _itemIds.Next(),
                Barcode = Barcodes.Make(Barcodes.ItemPrefix, _barcodes.Next()),
                Branch = branches.Next(),
            }).ToList();
        return (titles, items);
    }

    private Title NonFiction(string topic, string dewey, string title)
    {
        var author = Author();
        var year = Year();
        return new Title(0, Collection.NonFiction, title, author, $"{dewey} {Surname(author).ToUpperInvariant()}", Rules(Collection.NonFiction).MaterialType,
            topic, year, Catalogued(year), Price(Collection.NonFiction));
    }

    /// <summary>A title of <paramref name="collection"/>; films and games are catalogued without a personal author.</summary>
    private Title Make(Collection collection)
    {
        var year = Year();
        var author = collection is Collection.Dvd or Collection.VideoGame ? null : Author();
        var (title, callNumber) = collection switch
        {
            Collection.Fiction => (Novel(), $"F {Surname(author!).ToUpperInvariant()}"),
            Collection.JuvenileFiction => (ChildrensBook(), $"JF {Surname(author!).ToUpperInvariant()}"),
            Collection.Dvd => Film(),
            _ => Game(year),
        };
        return new Title(0, collection, title, author, callNumber, Rules(collection).MaterialType, collection.ToString(), year, Catalogued(year), Price(collection));
    }

    /// <summary>What the library paid for a copy: every copy of a title alike.</summary>
    private decimal Price(Collection collection)
    {
        var rules = Rules(collection);
        return faker.Random.Int((int)rules.MinPrice, (int)rules.MaxPrice) + 0.99m;
    }

    private string Novel() => SentenceStart(string.Format(System.Globalization.CultureInfo.InvariantCulture, faker.PickRandom<string>(CatalogueWords.NovelPatterns),
        faker.PickRandom<string>(CatalogueWords.Adjectives), faker.PickRandom<string>(CatalogueWords.Nouns), faker.PickRandom<string>(CatalogueWords.Nouns)));

    private string ChildrensBook() =>
        $"The {faker.PickRandom<string>(CatalogueWords.Adjectives)} {faker.PickRandom<string>(CatalogueWords.ChildrensNouns)}";

    private (string Title, string CallNumber) Film()
    {
        var title = SentenceStart($"{faker.PickRandom<string>(CatalogueWords.Adjectives)} {faker.PickRandom<string>(CatalogueWords.Nouns)}");
        return (title, $"DVD {faker.PickRandom<string>(CatalogueWords.FilmGenres)} {title.ToUpperInvariant()}");
    }

    /// <summary>A game for a platform that had games out in <paramref name="year"/> (the nearest one before consoles).</summary>
    private (string Title, string CallNumber) Game(int year)
    {
        var title = SentenceStart($"{faker.PickRandom<string>(CatalogueWords.Nouns)} {faker.PickRandom<string>(CatalogueWords.GameWords)}");
        var platforms = CatalogueWords.GamePlatforms.Where(p => p.From <= year && year <= p.To).Select(p => p.Code).ToList();
        var platform = platforms.Count > 0 ? faker.PickRandom<string>(platforms) : CatalogueWords.GamePlatforms[0].Code;
        return (title, $"VG {platform} {title.ToUpperInvariant()}");
    }

    /// <summary>A title's first letter capitalized, as cataloguing's sentence case has it.</summary>
    private static string SentenceStart(string title) => string.Concat(char.ToUpperInvariant(title[0]).ToString(), title.AsSpan(1));

    /// <summary>Polaris browse authors read "Last, First".</summary>
    private string Author() => $"{PersonNames.Surname(faker)}, {PersonNames.GivenName(faker, faker.Random.Bool())}";

    private static string Surname(string browseAuthor) => browseAuthor.Split(',')[0];

    private int Year() => faker.Random.Int(window.Today.Year - 25, window.Today.Year);

    /// <summary>
    /// When the title was catalogued: in working hours of its publication year, and at least a month before
    /// its copies could be in circulation (so a title of the last months is catalogued before it is
    /// published, as libraries catalogue pre-orders).
    /// </summary>
    private DateTime Catalogued(int year)
    {
        var drawn = new DateTime(year, 1, 1).AddDays(faker.Random.Int(0, 300)) + OpeningHours.Between(faker, 8, 17).ToTimeSpan();
        var latest = window.BeforeSetLoans.AddDays(-30);
        return drawn < latest ? drawn : latest.Date.AddDays(-faker.Random.Int(0, 30)) + OpeningHours.Between(faker, 8, 17).ToTimeSpan();
    }

    /// <summary>A copy of <paramref name="title"/>, received and processed 2-45 days after the title was catalogued; its ID and barcode are given in creation order.</summary>
    private Item MakeItem(Title title)
    {
        var rules = Rules(title.Collection);
        var daysToProcess = faker.Random.Int(2, Math.Min(45, (window.BeforeSetLoans - title.CreationDate.Date).Days - 1));
        var firstAvailable = title.CreationDate.Date.AddDays(daysToProcess) + OpeningHours.Between(faker, 8, 17).ToTimeSpan();
        return new Item(
            ItemRecordId: 0,
            Barcode: "",
            Title: title,
            ShelfLocationId: title.Collection == Collection.JuvenileFiction ? 5 : faker.PickRandom(1, 4, 13, 14, 29, 30),
            FineCodeId: rules.FineCode,
            LoanPeriodCodeId: rules.LoanPeriod,
            StatisticalCodeId: rules.StatisticalCode,
            RenewalLimit: rules.RenewalLimit,
            FirstAvailableDate: firstAvailable,
            // Out four days in five at most: between loans a copy is shelved, held or in transit.
            PriorCirculation: CirculationHistory.Draw(faker, window, firstAvailable, DateTime.MaxValue, 0.8 / Item.LoanDaysFor(rules.LoanPeriod)),
            Branch: Branch.Library);
    }
}
