using PolarisSampleData.Cli;
using PolarisSampleData.Domain;

namespace PolarisSampleData.Tests.Cli;

/// <summary>The progress line a terminal shows during a long generate or verify.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void Is_not_made_when_it_should_not_show() => ProgressLine.For(new StringWriter(), show: false).Should().BeNull();

    [Fact]
    public void Shows_the_step_the_rows_so_far_and_their_rate_then_clears_itself()
    {
        var error = new StringWriter();
        using (var progress = ProgressLine.For(error, show: true)!)
        {
            progress.Report(new ProgressStep("100 of 1,000 patrons written", 2_500));
            progress.Report(new ProgressStep("closing the files"));
        }

        var text = error.ToString();
        text.Should().MatchRegex(@"2,500 rows \([0-9,]+/s\)  100 of 1,000 patrons written", "rows and their rate");
        text.Should().Contain("closing the files", "a new phase shows at once, however soon after the last redraw");
        text.Should().EndWith("\r\u001b[K", "the line is cleared when the run ends");
    }

    [Fact]
    public void Row_counts_in_quick_succession_redraw_once()
    {
        var error = new StringWriter();
        var progress = ProgressLine.For(error, show: true)!;
        for (var shard = 1; shard <= 1_000; shard++)
            progress.Report(new ProgressStep($"{shard * 100:N0} patrons written", 10));

        error.ToString().Split('\r').Length.Should().BeLessThan(50, "a thousand shards in a moment are not a thousand redraws");
    }
}
