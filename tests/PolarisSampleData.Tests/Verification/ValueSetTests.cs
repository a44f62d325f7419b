using System.Text;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Tests.Verification;

/// <summary>The values verify keeps for keys and foreign keys compare as SQLite compares an INTEGER column, however they are stored.</summary>
public sealed class ValueSetTests
{
    private static ReadOnlySpan<byte> Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Numbers_compare_by_value_and_text_by_text()
    {
        var set = new ValueSet();
        set.Add(Utf8("7")).Should().BeTrue();
        set.Add(Utf8("007")).Should().BeFalse("007 is the number 7 in an INTEGER column");
        set.Add(Utf8("7a")).Should().BeTrue();
        set.Add(Utf8("-3")).Should().BeTrue();
        set.Add(Utf8("9999999999")).Should().BeTrue();
        set.Contains(Utf8("7")).Should().BeTrue();
        set.Contains(Utf8("-3")).Should().BeTrue();
        set.Contains(Utf8("9999999999")).Should().BeTrue();
        set.Contains(Utf8("8")).Should().BeFalse();
        set.Count.Should().Be(4);
        set.Contains(Utf8(" 7\t")).Should().BeTrue("SQLite stores a number with spaces around it as the number");
        set.Contains(Utf8("7.0")).Should().BeTrue("and a whole real as a whole number");
        set.Contains(Utf8("70e-1")).Should().BeTrue();
        set.Contains(Utf8("7.5")).Should().BeFalse();
        set.Add(Utf8("Infinity")).Should().BeTrue("text stays text");
        ValueSet.Canonical(Utf8(" 007")).Should().Be(ValueSet.Canonical(Utf8("7")));
        ValueSet.Canonical(Utf8("7a")).Should().NotBe(ValueSet.Canonical(Utf8("7")));
        ValueSet.Quote(Utf8("007")).Should().Be("7");
        ValueSet.Quote(Utf8("O'Neil")).Should().Be("'O''Neil'");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Except_finds_exactly_the_values_the_other_set_lacks_dense_or_scattered(bool scattered)
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 200_000).Select(i => scattered ? (long)random.Next() : i + 1).Distinct().ToList();
        var (child, parent) = (new ValueSet(), new ValueSet());
        foreach (var value in values) child.Add(Utf8($"{value}"));
        foreach (var value in values.Where((_, i) => i % 1000 != 0)) parent.Add(Utf8($"{value}"));

        child.Count.Should().Be(values.Count);
        values.Where(v => !child.Contains(Utf8($"{v}"))).Should().BeEmpty();
        var missing = child.Except(parent);
        missing.Count.Should().Be(values.Where((_, i) => i % 1000 == 0).Count());
        values.Where((v, i) => i % 1000 == 0 && !missing.Contains(Utf8($"{v}"))).Should().BeEmpty();
        values.Where((v, i) => i % 1000 == 1 && missing.Contains(Utf8($"{v}"))).Should().BeEmpty();
    }

    /// <summary>A value in an INTEGER column as SQLite stores and prints it (the reals as this SQLite printed them): whole numbers, reals and text, as quote() and a text column show them.</summary>
    [Theory]
    [InlineData(" 7", "7", "7")]
    [InlineData("\t7", "7", "7")]
    [InlineData("7\v", "7", "7")]
    [InlineData("\f7\r", "7", "7")]
    [InlineData("\n7 ", "7", "7")]
    [InlineData("7.0", "7", "7")]
    [InlineData("7.5", "7.5", "7.5")]
    [InlineData("99999999999999999999", "1.0e+20", "1.0e+20")]
    [InlineData("1.5e-7", "1.5e-07", "1.5e-07")]
    [InlineData("9223372036854775808", "9.2233720368547758e+18", "9.2233720368547758e+18")]
    [InlineData("-9223372036854775808", "-9223372036854775808", "-9223372036854775808")]
    [InlineData("-9223372036854775809", "-9.2233720368547758e+18", "-9.2233720368547758e+18")]
    [InlineData("1e999", "Inf", "9.0e+999")]
    [InlineData("-1e999", "-Inf", "-9.0e+999")]
    [InlineData("abc", "abc", "'abc'")]
    [InlineData("it's", "it's", "'it''s'")]
    public void Values_show_as_SQLite_shows_what_it_stores(string text, string shown, string quoted)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        ValueSet.Shown(utf8).Should().Be(shown);
        ValueSet.Quote(utf8).Should().Be(quoted);
    }
}
