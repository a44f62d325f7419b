using PolarisSampleData.Domain;
using PolarisSampleData.Generation;

namespace PolarisSampleData.Tests.Generation;

/// <summary>The catalogue as a cataloguer records it: sentence-case titles, authors where there are any, platforms of their day.</summary>
public sealed class CatalogueTests
{
    private static readonly List<World> Shards = [.. WorldGenerator.Shards(new GenerationOptions(11, new DateOnly(2025, 11, 24), 400))];
    private static readonly List<Title> Titles = [.. Shards.SelectMany(w => w.Titles)];

    private static readonly HashSet<string> ProperNouns =
        new(["Mozart", "Mozart's", "Kentucky", "Civil", "War", "Ohio", "Valley", "Kraków", "Łódź", "Gdańsk", "Europe", "Asia"], StringComparer.Ordinal);

    [Fact]
    public void Titles_are_in_sentence_case_with_proper_nouns_kept()
    {
        foreach (var title in Titles.Select(t => t.BrowseTitle))
        {
            char.IsUpper(title.TrimStart('"')[0]).Should().BeTrue(title);
            title.Split(' ').Skip(1).Select(word => word.Trim('"', ',', ':')).Where(word => word.Length > 0 && char.IsUpper(word[0]) && !ProperNouns.Contains(word))
                .Should().BeEmpty(title);
        }
    }

    [Fact]
    public void Some_titles_carry_commas_and_apostrophes_as_real_ones_do()
    {
        Titles.Should().Contain(t => t.BrowseTitle.Contains(',', StringComparison.Ordinal));
        Titles.Should().Contain(t => t.BrowseTitle.Contains('\'', StringComparison.Ordinal));
    }

    [Fact]
    public void Some_titles_carry_the_text_importers_trip_on()
    {
        Titles.Should().Contain(t => t.BrowseTitle.Contains('"', StringComparison.Ordinal), "quotes");
        Titles.Should().Contain(t => t.BrowseTitle.Contains('|', StringComparison.Ordinal), "a pipe, the uploads' separator");
        Titles.Should().Contain(t => t.BrowseTitle.Length >= 100, "a long title");
        Titles.Should().OnlyContain(t => t.BrowseTitle.Length <= 255, "BrowseTitle is nvarchar(255)");
        Titles.Should().Contain(t => t.BrowseTitle.Any(c => c > 127) && InWindows1252(t.BrowseTitle), "accented letters Windows-1252 has");
        Titles.Should().Contain(t => !InWindows1252(t.BrowseTitle), "letters Windows-1252 lacks");
    }

    private static readonly System.Text.Encoding StrictWindows1252 =
        System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252, System.Text.EncoderFallback.ExceptionFallback, System.Text.DecoderFallback.ExceptionFallback)!;

    private static bool InWindows1252(string text)
    {
        try
        {
            StrictWindows1252.GetBytes(text);
            return true;
        }
        catch (System.Text.EncoderFallbackException)
        {
            return false;
        }
    }

    [Fact]
    public void Films_and_games_have_no_personal_author_and_books_have_one()
    {
        Titles.Where(t => t.Collection is Collection.Dvd or Collection.VideoGame).Should().NotBeEmpty().And.OnlyContain(t => t.BrowseAuthor == null);
        Titles.Where(t => t.Collection is not (Collection.Dvd or Collection.VideoGame)).Should().OnlyContain(t => t.BrowseAuthor != null);
    }

    [Fact]
    public void A_game_is_for_a_platform_that_had_games_out_in_its_publication_year()
    {
        foreach (var game in Titles.Where(t => t.Collection == Collection.VideoGame))
        {
            var platform = CatalogueWords.GamePlatforms.Single(p => game.CallNumber.StartsWith($"VG {p.Code} ", StringComparison.Ordinal)
                && !CatalogueWords.GamePlatforms.Any(longer => longer.Code.Length > p.Code.Length && game.CallNumber.StartsWith($"VG {longer.Code} ", StringComparison.Ordinal)));
            game.PublicationYear.Should().BeInRange(platform.From, platform.To, game.CallNumber);
        }
    }

    [Fact]
    public void Copies_of_one_title_share_its_price() =>
        Shards.SelectMany(w => w.Items).GroupBy(i => i.Title.BibliographicRecordId)
            .Should().OnlyContain(g => g.Select(i => i.Price).Distinct().Count() == 1);
}
