using System.Globalization;
using System.Text.RegularExpressions;
using PolarisSampleData.Scheduling;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Scheduling;

/// <summary>Datetimes as SQL Server's datetime stores them: ticks of 1/300 s, milliseconds ending in 0, 3 or 7.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed partial class SqlDateTimeTests(GeneratedSet set)
{
    [Theory]
    [InlineData("10:00:00.000", "10:00:00.000")]
    [InlineData("10:00:00.001", "10:00:00.000")]
    [InlineData("10:00:00.002", "10:00:00.003")]
    [InlineData("10:00:00.005", "10:00:00.007")]
    [InlineData("10:00:00.010", "10:00:00.010")]
    [InlineData("10:00:00.998", "10:00:00.997")]
    [InlineData("10:00:00.999", "10:00:01.000")]
    public void A_moment_rounds_to_the_nearest_datetime_tick(string moment, string stored)
    {
        var day = new DateTime(2025, 11, 24);
        var value = day + TimeSpan.ParseExact(moment, @"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);

        SqlDateTime.Round(value).ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture).Should().Be(stored);
    }

    [Fact]
    public void Every_tick_of_a_second_shows_as_datetime_shows_it()
    {
        var shown = Enumerable.Range(0, SqlDateTime.TicksPerSecond).Select(t => (int)SqlDateTime.Ticks(t).TotalMilliseconds).ToList();

        shown.Should().OnlyHaveUniqueItems().And.OnlyContain(ms => ms % 10 == 0 || ms % 10 == 3 || ms % 10 == 7);
        shown[^1].Should().Be(997);
    }

    [Fact]
    public void Every_datetime_the_set_writes_is_storable_and_drawn_moments_carry_milliseconds()
    {
        var values = Directory.GetFiles(set.Folder, "*.csv").SelectMany(f => DateTimeValue().Matches(File.ReadAllText(f)).Select(m => m.Groups["ms"].Value)).ToList();

        values.Should().HaveCountGreaterThan(1000);
        values.Should().OnlyContain(ms => ms[2] == '0' || ms[2] == '3' || ms[2] == '7', "datetime holds only ticks of 1/300 s");
        values.Count(ms => ms[2] is '3' or '7').Should().BeGreaterThan(values.Count / 3, "drawn moments fall on any tick");
        values.Count(ms => ms == "000").Should().BeLessThan(values.Count / 2, "only deliberate times are whole seconds");
    }

    [GeneratedRegex(@"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.(?<ms>\d{3})")]
    private static partial Regex DateTimeValue();
}
