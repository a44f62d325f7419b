namespace PolarisSampleData.Generation;

/// <summary>
/// Word banks the item phase builds titles from (a dataset, in the Bogus sense). Titles are catalogued
/// in sentence case, proper nouns kept ("Shatter me", "The Civil War in Kentucky"), so the banks hold
/// words as they read inside a title.
/// </summary>
internal static class CatalogueWords
{
    public static readonly IReadOnlyList<string> Adjectives =
    [
        "silent", "hidden", "last", "broken", "golden", "distant", "secret", "burning", "quiet", "lost",
        "winter", "crimson", "forgotten", "midnight", "wild", "hollow", "bright", "restless", "frozen", "final",
    ];

    public static readonly IReadOnlyList<string> Nouns =
    [
        "harbor", "garden", "river", "house", "promise", "orchard", "road", "witness", "season", "kingdom",
        "letter", "island", "shadow", "bridge", "daughter", "storm", "valley", "lantern", "crossing", "summer", "café", "fiancée", "soirée", "protégé",
    ];

    public static readonly IReadOnlyList<string> ChildrensNouns =
    [
        "dragon", "treehouse", "puppy", "robot", "pirate", "unicorn", "detective", "dinosaur", "rocket", "wizard", "piñata",
    ];

    /// <summary>Novel title patterns ({0} an adjective, {1} and {2} nouns), some with the commas and apostrophes real titles carry.</summary>
    public static readonly IReadOnlyList<string> NovelPatterns =
    [
        "The {0} {1}", "The {0} {1}", "{1} of the {0} {2}", "Don't tell the {1}", "The {1}'s {2}", "Goodbye, {0} {1}",
    ];

    public static readonly IReadOnlyList<string> GameWords = ["legends", "quest", "racers", "tactics", "rising"];

    /// <summary>
    /// Non-fiction topics with their Dewey class and titles, every one in each block of 25 patrons: among them
    /// the text importers trip on, as real catalogues hold it (quotes, a <c>|</c>, a 190-character title, letters
    /// outside Windows-1252).
    /// </summary>
    public static readonly IReadOnlyList<(string Topic, string Dewey, string[] Patterns)> Topics =
    [
        ("Mozart", "780.92", ["Mozart: a life", "The Mozart companion", "Mozart's piano concertos", "Mozart and his operas"]),
        ("Gardening", "635", ["The Kentucky gardener", "Vegetable gardening for beginners", "Perennials made easy",
            "The Ohio Valley garden year: a month-by-month guide to planting, growing and harvesting vegetables, herbs, fruit trees and flowers, with notes on soil, weather, pests and the first frost"]),
        ("Civil War", "973.7", ["The Civil War in Kentucky", "Battle cry of the border states", "Letters from the Civil War",
            "\"Rally round the flag\": songs of the Civil War"]),
        ("Travel", "914.38", ["Kraków, Łódź and Gdańsk: a traveler's guide", "Europe | Asia: the great rail journeys"]),
        ("Cooking", "641.5", ["Southern comfort cooking", "The weeknight kitchen", "Crème brûlée and other desserts"]),
        ("Astronomy", "520", ["Night sky field guide", "The backyard astronomer", "Exploring the planets"]),
        ("Dogs", "636.7", ["Training your puppy", "The complete dog breed book", "Understanding your dog"]),
    ];

    public static readonly IReadOnlyList<string> FilmGenres = ["DRAMA", "COMEDY", "ACTION", "FAMILY", "HORROR", "DOCUMENTARY"];

    /// <summary>Platform codes as they appear in video-game call numbers, with the years games came out for them.</summary>
    public static readonly IReadOnlyList<(string Code, int From, int To)> GamePlatforms =
    [
        ("NES", 1985, 1994), ("SNES", 1991, 1998), ("N64", 1996, 2002), ("PS1", 1995, 2005), ("PS2", 2000, 2013),
        ("GAMECUBE", 2001, 2007), ("XBOX", 2001, 2008), ("XBOX 360", 2005, 2016), ("WII", 2006, 2013), ("PS3", 2006, 2017),
        ("PS4", 2013, 2023), ("XBOX ONE", 2013, 2021), ("SWITCH", 2017, 9999), ("PS5", 2020, 9999), ("XBOX SERIES X", 2020, 9999),
    ];
}
