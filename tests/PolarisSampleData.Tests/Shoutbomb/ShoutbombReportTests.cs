using System.Globalization;
using System.Text.Json;
using PolarisSampleData.Domain;
using PolarisSampleData.Shoutbomb;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Shoutbomb;

/// <summary>
/// Shoutbomb's "Voice notices that were not delivered" reports: an .eml file per day with failed calls
/// and the day's mail as Graph messages, each line a failed call the tables hold.
/// </summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class ShoutbombReportTests(GeneratedSet set)
{
    private string Reports => Path.Combine(set.Folder, "shoutbomb", "reports");

    [Fact]
    public void Every_failed_hold_or_overdue_call_is_a_line_of_the_first_report_after_it_and_nothing_else_is()
    {
        var world = set.World;
        var last = world.VoiceFailureReports.Max(r => r.ReceivedAt);
        var expected = world.Logs
            .Where(l => l.Delivery == DeliveryOption.Voice && l.Status.IsUndeliveredCall() && l.NotificationDateTime < last)
            .SelectMany(l => l.Notices.Select(n => VoiceFailureReport.MessageFor(n.Type)).OfType<string>().Distinct().Select(message =>
                (File: ShoutbombReports.EmlFileName(world.VoiceFailureReports.First(r => r.ReceivedAt > l.NotificationDateTime)),
                 Line: $"{l.DeliveryString!.Replace("-", "")} | {l.Patron.Barcode}| Daviess County Public Library| {l.Patron.LastName}, {l.Patron.FirstName} | {message}")))
            .ToList();

        var actual = Directory.GetFiles(Reports, "*.eml").SelectMany(path => Lines(Body(File.ReadAllText(path))).Select(line => (File: Path.GetFileName(path), Line: line))).ToList();
        actual.Should().NotBeEmpty().And.BeEquivalentTo(expected);
        actual.Should().Contain(l => l.Line.EndsWith("| Hold ready message")).And.Contain(l => l.Line.EndsWith("| Overdue item message"));
    }

    [Fact]
    public void A_report_is_a_plain_text_mail_with_the_subject_and_date_Shoutbomb_gives_it()
    {
        foreach (var path in Directory.GetFiles(Reports, "*.eml"))
        {
            var text = File.ReadAllText(path);
            text.Replace("\r\n", "").Should().NotContain("\n", "every line ends CRLF").And.NotContain("\r");
            var headers = text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n").Select(h => h.Split(": ", 2)).ToDictionary(h => h[0], h => h[1]);
            headers.Keys.Should().Equal("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding");
            var received = DateTime.ParseExact(Path.GetFileNameWithoutExtension(path)["voice_not_delivered_".Length..], "yyyy-MM-dd_HH-mm-ss", CultureInfo.InvariantCulture);
            headers["Subject"].Should().Be($"Voice notices that were not delivered on {received:ddd, MMMM} {ShoutbombMail.Ordinal(received.Day)} {received:yyyy}");
            headers["Date"].Should().Be($"{received:ddd, d MMM yyyy HH:mm:ss} -0600", "November is standard time in Kentucky");
            received.TimeOfDay.Should().BeGreaterThanOrEqualTo(new TimeSpan(16, 10, 0)).And.BeLessThan(new TimeSpan(16, 13, 0));
            headers["Content-Type"].Should().Be("text/plain; charset=utf-8");
            Body(text).Split("\r\n").Should().OnlyContain(line => line.Length <= ShoutbombMail.WrapAt);
        }
    }

    [Fact]
    public void The_mailbox_file_of_a_day_holds_that_days_reports_as_Graph_messages()
    {
        var emls = Directory.GetFiles(Reports, "*.eml");
        var mailboxes = Directory.GetFiles(Reports, "mailbox_*.json");
        mailboxes.Select(p => Path.GetFileName(p)[8..18]).Should().BeEquivalentTo(emls.Select(p => Path.GetFileName(p)[20..30]));
        foreach (var eml in emls)
        {
            var text = File.ReadAllText(eml);
            var day = Path.GetFileName(eml)[20..30];
            using var mailbox = JsonDocument.Parse(File.ReadAllText(Path.Combine(Reports, $"mailbox_{day}.json")));
            var message = mailbox.RootElement.GetProperty("value").EnumerateArray().Should().ContainSingle().Subject;
            message.GetProperty("subject").GetString().Should().Be(Header(text, "Subject"));
            message.GetProperty("body").GetProperty("contentType").GetString().Should().Be("text");
            message.GetProperty("body").GetProperty("content").GetString().Should().Be(Body(text));
            message.GetProperty("from").GetProperty("emailAddress").GetProperty("address").GetString().Should().Be("reports@shoutbomb.example");
            var local = DateTimeOffset.ParseExact(Header(text, "Date"), "ddd, d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture);
            message.GetProperty("receivedDateTime").GetString().Should().Be(local.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            message.GetProperty("id").GetString().Should().MatchRegex("^AAMk[A-Za-z0-9_-]+=$");
        }
    }

    [Fact]
    public void Verify_finds_a_failed_call_a_report_leaves_out()
    {
        using var scratch = new PolarisSampleData.Tests.Verification.ScratchSet(set.Folder);
        // The report whose last entry (two lines: the entry and its wrapped message) is dropped.
        var path = Directory.GetFiles(Path.Combine(scratch.Folder, "shoutbomb", "reports"), "*.eml").Order(StringComparer.Ordinal).Last();
        var lines = File.ReadAllText(path).Split("\r\n").ToList();
        File.WriteAllText(path, string.Join("\r\n", lines.Take(lines.Count - 3).Append("")));

        var report = PolarisSampleData.Verification.Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);
        var result = report.Results.Single(r => r.Check.Name == "shoutbomb.reports");
        result.Status.Should().Be(PolarisSampleData.Verification.CheckStatus.Fail);
        result.Count.Should().Be(1);
        result.First!.Text.Should().MatchRegex(@"^the failed call of 2025-11-\d\d [\d:.]+ \(status \d\) is not listed in the voice failure report of 2025-11-\d\d 16:1\d:\d\d$");
    }

    [Theory]
    [InlineData("2025-03-09 01:59", -6)]
    [InlineData("2025-03-09 03:00", -5)]
    [InlineData("2025-07-04 12:00", -5)]
    [InlineData("2025-11-02 01:59", -5)]
    [InlineData("2025-11-02 02:00", -6)]
    [InlineData("2026-01-15 06:01", -6)]
    [InlineData("2026-03-08 02:00", -5)]
    public void The_library_keeps_US_Central_time(string local, int hours) =>
        Library.UtcOffset(DateTime.Parse(local, CultureInfo.InvariantCulture)).Should().Be(TimeSpan.FromHours(hours));

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(23, "23rd")]
    [InlineData(31, "31st")]
    public void Subjects_give_the_day_with_its_ordinal_suffix(int day, string ordinal) => ShoutbombMail.Ordinal(day).Should().Be(ordinal);

    private static string Header(string eml, string name) =>
        eml.Split("\r\n").First(l => l.StartsWith(name + ": ", StringComparison.Ordinal))[(name.Length + 2)..];

    private static string Body(string eml) => eml[(eml.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];

    /// <summary>The report's lines with wrapped pieces joined: a line starts with the 10-digit phone.</summary>
    private static IEnumerable<string> Lines(string body)
    {
        string? line = null;
        foreach (var piece in body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece.Length > 10 && piece[..10].All(char.IsAsciiDigit) && piece[10] == ' ')
            {
                if (line is not null) yield return line;
                line = piece;
            }
            else line += " " + piece;
        }
        if (line is not null) yield return line;
    }
}
