namespace PolarisSampleData.Generation;

/// <summary>Word banks the item phase builds titles from (a dataset, in the Bogus sense).</summary>
internal static class CatalogueWords
{
    public static readonly IReadOnlyList<string> Adjectives =
    [
        "Silent", "Hidden", "Last", "Broken", "Golden", "Distant", "Secret", "Burning", "Quiet", "Lost",
        "Winter", "Crimson", "Forgotten", "Midnight", "Wild", "Hollow", "Bright", "Restless", "Frozen", "Final",
    ];

    public static readonly IReadOnlyList<string> Nouns =
    [
        "Harbor", "Garden", "River", "House", "Promise", "Orchard", "Road", "Witness", "Season", "Kingdom",
        "Letter", "Island", "Shadow", "Bridge", "Daughter", "Storm", "Valley", "Lantern", "Crossing", "Summer", "Café", "Fiancée",
    ];

    public static readonly IReadOnlyList<string> ChildrensNouns =
    [
        "Dragon", "Treehouse", "Puppy", "Robot", "Pirate", "Unicorn", "Detective", "Dinosaur", "Rocket", "Wizard",
    ];

    /// <summary>Non-fiction topics with their Dewey class and title patterns ({0} is the topic).</summary>
    public static readonly IReadOnlyList<(string Topic, string Dewey, string[] Patterns)> Topics =
    [
        ("Mozart", "780.92", ["Mozart: A Life", "The Mozart Companion", "Mozart's Piano Concertos", "Mozart and His Operas"]),
        ("Gardening", "635", ["The Kentucky Gardener", "Vegetable Gardening for Beginners", "Perennials Made Easy"]),
        ("Civil War", "973.7", ["The Civil War in Kentucky", "Battle Cry of the Border States", "Letters from the Civil War"]),
        ("Cooking", "641.5", ["Southern Comfort Cooking", "The Weeknight Kitchen", "Crème Brûlée and Other Desserts"]),
        ("Astronomy", "520", ["Night Sky Field Guide", "The Backyard Astronomer", "Exploring the Planets"]),
        ("Dogs", "636.7", ["Training Your Puppy", "The Complete Dog Breed Book", "Understanding Your Dog"]),
    ];

    public static readonly IReadOnlyList<string> FilmGenres = ["DRAMA", "COMEDY", "ACTION", "FAMILY", "HORROR", "DOCUMENTARY"];

    /// <summary>Platform codes as they appear in video-game call numbers.</summary>
    public static readonly IReadOnlyList<string> GamePlatforms = ["PS5", "PS4", "XBOX ONE", "SWITCH"];
}
