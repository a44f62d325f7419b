using PolarisSampleData.Verification;

namespace PolarisSampleData.Tests.Verification;

/// <summary>What trace's text and query's table do to data before it reaches a terminal.</summary>
public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("Zoë Ørsted 東京", "Zoë Ørsted 東京")]
    [InlineData("\u001b[31mred\u001b[0m", "\\x1b[31mred\\x1b[0m")]
    [InlineData("a\tb\nc\rd", "a\\tb\\nc\\rd")]
    [InlineData("\0\u0007\u007f\u0085\u009b", "\\x00\\x07\\x7f\\x85\\x9b")]
    [InlineData("C:\\x1b", "C:\\\\x1b")]
    [InlineData("", "")]
    public void Control_characters_become_escapes_and_a_backslash_is_doubled(string text, string shown) =>
        TerminalText.Escape(text).Should().Be(shown);

    [Fact]
    public void Text_with_nothing_to_escape_is_the_same_string() =>
        TerminalText.Escape("Weber, Manuel").Should().BeSameAs("Weber, Manuel");
}
