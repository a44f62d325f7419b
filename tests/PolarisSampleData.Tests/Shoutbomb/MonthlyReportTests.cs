using System.Globalization;
using System.Text.Json;
using PolarisSampleData.Domain;
using PolarisSampleData.Generation;
using PolarisSampleData.Shoutbomb;
using PolarisSampleData.Tests.Support;
using PolarisSampleData.Tests.Verification;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Tests.Shoutbomb;

/// <summary>The seed-42 set on 2025-12-05: its window (11-15 to 12-15) holds 1 December, so Shoutbomb's November report.</summary>
public sealed class DecemberSet() : WrittenSet(Options)
{
    public static readonly GenerationOptions Options = new(42, new DateOnly(2025, 12, 5));

    public string Archive => Path.Combine(Folder, "shoutbomb");
}

/// <summary>
/// Shoutbomb's monthly statistics ("Shoutbomb Rpt November 2025", on the 1st at about 13:14): written when the
/// window holds a 1st and a day of the month before it, counted from what the set's files hold of that month.
/// </summary>
public sealed class MonthlyReportTests(DecemberSet set) : IClassFixture<DecemberSet>
{
    private string Report => Directory.GetFiles(Path.Combine(set.Archive, "reports"), "monthly_statistics_*.eml").Should().ContainSingle().Subject;

    private List<string> BodyLines => [.. Body(File.ReadAllText(Report)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    [Fact]
    public void The_1st_brings_the_previous_months_report_as_a_mail_and_in_that_days_mailbox()
    {
        var text = File.ReadAllText(Report);
        Path.GetFileName(Report).Should().MatchRegex(@"^monthly_statistics_2025-12-01_13-1[4-6]-\d\d\.eml$");
        text.Should().Contain("\r\nSubject: Shoutbomb Rpt November 2025\r\n").And.MatchRegex(@"\r\nDate: Mon, 1 Dec 2025 13:1[4-6]:\d\d -0600\r\n");
        text.Replace("\r\n", "").Should().NotContain("\n", "every line ends CRLF");

        using var mailbox = JsonDocument.Parse(File.ReadAllText(Path.Combine(set.Archive, "reports", "mailbox_2025-12-01.json")));
        var message = mailbox.RootElement.GetProperty("value").EnumerateArray().Should()
            .ContainSingle(m => m.GetProperty("subject").GetString() == "Shoutbomb Rpt November 2025").Subject;
        message.GetProperty("body").GetProperty("content").GetString().Should().Be(Body(text));
    }

    [Fact]
    public void It_counts_the_days_of_the_month_the_set_holds_newest_first_with_the_voice_calls_logged_each_day()
    {
        var november = set.World.Logs.Where(l => l.Delivery == DeliveryOption.Voice && l.NotificationDateTime.Month == 11).ToList();
        november.Should().NotBeEmpty();
        var expected = Enumerable.Range(15, 16).Reverse()
            .Select(day => $"On 2025-11-{day} there were {november.Count(l => l.NotificationDateTime.Day == day)} calls");

        BodyLines.Where(l => l.StartsWith("On 2025-", StringComparison.Ordinal)).Should().Equal(expected, "the window starts on 11-15");
        BodyLines.Should().Contain($"Voice calls for the month = {november.Count}")
            .And.Contain($"Voice calls not delivered for the month = {november.Count(l => l.Status.IsUndeliveredCall())}")
            .And.Contain($"Average daily call volume is:: {Math.Round(november.Count / 16.0, MidpointRounding.AwayFromZero)}");
    }

    [Fact]
    public void Its_submission_counts_are_the_months_uploads()
    {
        var phonePatrons = set.World.Patrons.Where(p => p.Delivery.IsPhone()).ToDictionary(p => p.Barcode, p => p.Delivery);
        List<string[]> Lines(string kind) => [.. Directory.GetFiles(set.Archive, $"{kind}_submitted_2025-11-*.txt")
            .SelectMany(path => File.ReadAllLines(path).Distinct()).Select(l => l.Split('|'))];
        var holds = Lines("holds").DistinctBy(f => f[2]).ToList();
        var renewals = Lines("renew");
        holds.Should().NotBeEmpty();
        renewals.Should().NotBeEmpty();

        foreach (var (label, lines, barcode) in new[] { ("Hold", holds, 6), ("Overdue", Lines("overdue"), 12), ("Renewal", renewals, 12) })
            BodyLines.Should()
                .Contain($"{label} text notices for the month = {lines.Count(f => phonePatrons[f[barcode]] == DeliveryOption.Text)}")
                .And.Contain($"{label} voice notices for the month = {lines.Count(f => phonePatrons[f[barcode]] == DeliveryOption.Voice)}");
        var eligible = renewals.Count(f => int.Parse(f[9], CultureInfo.InvariantCulture) < int.Parse(f[11], CultureInfo.InvariantCulture));
        BodyLines.Should().Contain($"Renewals eligible for the month = {eligible}").And.Contain($"Renewals ineligible for the month = {renewals.Count - eligible}")
            .And.Contain("Renewed successfully for the month = 0", "nobody in the set replies RENEW");
    }

    [Fact]
    public void It_lists_the_months_failing_text_numbers_and_the_patrons_of_its_last_lists()
    {
        // A failing number is listed the morning after each day it was texted, an opted-out one for the texts after the one it answered STOP to.
        var texts = set.World.Logs.Where(l => l.Delivery == DeliveryOption.Text && l.NotificationDateTime < new DateTime(2025, 12, 1)).ToList();
        string[] Listed(TextFailure why) => [.. texts.Where(l => l.Patron.Scenario.TextFails == why)
            .Where(l => why == TextFailure.InvalidNumber || l != texts.First(t => t.Patron == l.Patron))
            .Select(l => $"{l.DeliveryString!.Replace("-", "")} :: {l.Patron.Barcode} :: {l.Patron.PatronId} :: 3 :: SMS").Distinct()];
        var lines = BodyLines;
        Listed(TextFailure.InvalidNumber).Should().NotBeEmpty();
        lines.SkipWhile(l => l != MonthlyStatistics.OptedOutHeading).Skip(1).TakeWhile(l => l != MonthlyStatistics.InvalidHeading)
            .Should().Equal(Listed(TextFailure.OptedOut));
        lines.SkipWhile(l => l != MonthlyStatistics.InvalidHeading).Skip(1).TakeWhile(l => !l.StartsWith("****", StringComparison.Ordinal))
            .Should().Equal(Listed(TextFailure.InvalidNumber));

        var lastList = Directory.GetFiles(set.Archive, "text_patrons_submitted_2025-11-30_*.txt").Should().ContainSingle().Subject;
        var voiceList = Directory.GetFiles(set.Archive, "voice_patrons_submitted_2025-11-30_*.txt").Should().ContainSingle().Subject;
        var listed = File.ReadAllLines(lastList).Concat(File.ReadAllLines(voiceList)).Select(l => l.Split('|')).ToList();
        lines.Should().Contain($"Daviess County Public Library has {File.ReadAllLines(lastList).Length} registered patrons for text notices")
            .And.Contain($"Total registered barcodes = {listed.Count}")
            .And.Contain($"Total registered users = {listed.Select(f => f[0]).Distinct().Count()}", "S shares E's phone");
        listed.Select(f => f[0]).Distinct().Count().Should().BeLessThan(listed.Count);
    }

    [Fact]
    public void Shares_and_the_daily_average_round_half_up_and_a_removed_barcode_shows_its_last_four_digits()
    {
        // 32 notices, one of them a hold: 3.125% of them; 3 calls over 2 days: 1.5 a day.
        var statistics = new MonthlyStatistics(new ByMedium(1, 0), new ByMedium(20, 3), new ByMedium(4, 4),
            RenewalsEligible: 7, RenewalsIneligible: 1, [(new DateOnly(2025, 10, 30), 1), (new DateOnly(2025, 10, 31), 2)], CallsNotDelivered: 1,
            OptedOut: [], Invalid: [], StopReplies: 0, new ByMedium(2, 1), RegisteredUsers: 3, default, SignedUpUsers: 0, ["23307010002144"]);

        var lines = statistics.Body("Daviess County Public Library").Split("\r\n");

        lines.Should().Contain("Percentage of hold notices :: 3.13%").And.Contain("Percentage of overdue notices :: 71.88%")
            .And.Contain("Percentage of renewal notices :: 25.00%").And.Contain("Percentage of voice calls not delivered :: 33.33%")
            .And.Contain("Total notices for the month = 32").And.Contain("Average daily call volume is:: 2")
            .And.Contain("Total registered barcodes = 3").And.NotContain(l => l.StartsWith("STOP was used", StringComparison.Ordinal));
        lines.SkipWhile(l => l != "Barcodes removed the last month:").Skip(1).First().Should().Be("XXXXXXXXXX2144");
        lines.Where(l => l.StartsWith("On 2025-10-", StringComparison.Ordinal)).Should().Equal("On 2025-10-31 there were 2 calls", "On 2025-10-30 there were 1 calls");
    }

    [Theory]
    [InlineData("2025-11-24", 0)]
    [InlineData("2025-12-01", 1)]
    [InlineData("2025-12-20", 1)]
    [InlineData("2025-12-21", 0)]
    public void A_monthly_report_comes_only_when_the_window_holds_a_1st_and_a_day_before_it(string today, int reports)
    {
        var world = WorldGenerator.Generate(new GenerationOptions(42, DateOnly.Parse(today, CultureInfo.InvariantCulture)));

        world.ShoutbombReports.Where(r => r.Kind == ShoutbombReportKind.MonthlyStatistics).Select(r => (r.Covers, r.ReceivedAt.Date))
            .Should().Equal(Enumerable.Repeat((new DateOnly(2025, 11, 1), new DateTime(2025, 12, 1)), reports));
    }

    public static TheoryData<string, Action<string>, string[]> Edits => new()
    {
        { "a count changed", folder => Edit(Single(folder, "reports/monthly_statistics_*.eml"), "Voice calls for the month = ", "Voice calls for the month = 999"), [] },
        { "a renew line dropped", folder => File.WriteAllText(First(folder, "renew_submitted_2025-11-*.txt"), string.Concat(File.ReadAllLines(First(folder, "renew_submitted_2025-11-*.txt")).Skip(1).Select(l => l + "\r\n"))), ["shoutbomb.uploads"] },
        { "the report deleted", folder => File.Delete(Single(folder, "reports/monthly_statistics_*.eml")), ["files.present"] },
        { "the report sent twice", folder => File.Copy(Single(folder, "reports/monthly_statistics_*.eml"),
            Path.Combine(folder, "shoutbomb", "reports", "monthly_statistics_2025-12-01_13-20-00.eml")), [] },
    };

    [Fact]
    public void Verify_passes_the_set() =>
        Verifier.Verify(set.Folder, DecemberSet.Options.Today).Results.Should().OnlyContain(r => r.Status == CheckStatus.Pass);

    [Theory]
    [MemberData(nameof(Edits))]
    public void Verify_fails_an_edit_of_what_the_report_counts(string edit, Action<string> apply, string[] alsoFailed)
    {
        using var scratch = new ScratchSet(set.Folder);
        apply(scratch.Folder);

        var report = Verifier.Verify(scratch.Folder, DecemberSet.Options.Today);

        report.Results.Where(r => r.Status == CheckStatus.Fail).Select(r => r.Check.Name).Should().BeEquivalentTo(["shoutbomb.monthly-report", .. alsoFailed], edit);
    }

    private static string Single(string folder, string pattern) => Files(folder, pattern).Single();

    private static string First(string folder, string pattern) => Files(folder, pattern).First();

    private static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.GetFiles(Path.Combine(folder, "shoutbomb", Path.GetDirectoryName(pattern)!), Path.GetFileName(pattern)).Order(StringComparer.Ordinal);

    /// <summary>Replaces the line that starts with <paramref name="start"/>.</summary>
    private static void Edit(string path, string start, string line) =>
        File.WriteAllText(path, string.Join("\r\n", File.ReadAllText(path).Split("\r\n").Select(l => l.StartsWith(start, StringComparison.Ordinal) ? line : l)));

    private static string Body(string eml) => eml[(eml.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
}
