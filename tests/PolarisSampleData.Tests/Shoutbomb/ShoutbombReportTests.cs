using System.Globalization;
using System.Text.Json;
using PolarisSampleData.Domain;
using PolarisSampleData.Shoutbomb;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Shoutbomb;

/// <summary>
/// Shoutbomb's reports: an .eml file per report and day with failed calls or undelivered texts, and the
/// day's mail as Graph messages, each line a failed call or text the tables hold.
/// </summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class ShoutbombReportTests(GeneratedSet set)
{
    private string Reports => Path.Combine(set.Folder, "shoutbomb", "reports");

    [Fact]
    public void Every_failed_hold_or_overdue_call_is_a_line_of_the_first_report_after_it_and_nothing_else_is()
    {
        var world = set.World;
        var reports = world.ShoutbombReports.Where(r => r.Kind == ShoutbombReportKind.VoiceNotDelivered).ToList();
        var last = reports.Max(r => r.ReceivedAt);
        var expected = world.Logs
            .Where(l => l.Delivery == DeliveryOption.Voice && l.Status.IsUndeliveredCall() && l.NotificationDateTime < last)
            .SelectMany(l => l.Notices.Select(n => ShoutbombReport.MessageFor(n.Type)).OfType<string>().Distinct().Select(message =>
                (File: ShoutbombReports.EmlFileName(reports.First(r => r.ReceivedAt > l.NotificationDateTime)),
                 Line: $"{l.DeliveryString!.Replace("-", "")} | {l.Patron.Barcode}| Daviess County Public Library| {l.Patron.LastName}, {l.Patron.FirstName} | {message}")))
            .ToList();

        var actual = Directory.GetFiles(Reports, "voice_not_delivered_*.eml").SelectMany(path => Lines(Body(File.ReadAllText(path))).Select(line => (File: Path.GetFileName(path), Line: line))).ToList();
        actual.Should().NotBeEmpty().And.BeEquivalentTo(expected);
        actual.Should().Contain(l => l.Line.EndsWith("| Hold ready message")).And.Contain(l => l.Line.EndsWith("| Overdue item message"));
    }

    [Theory]
    [InlineData("voice_not_delivered_", "Voice notices that were not delivered on ", 0, 16, 10)]
    [InlineData("call_errors_", "Calls that generated errors ", -1, 6, 1)]
    [InlineData("invalid_phone_numbers_", "Invalid patron phone number ", -1, 6, 1)]
    public void A_report_is_a_plain_text_mail_with_the_subject_and_date_Shoutbomb_gives_it(string prefix, string subject, int coversDay, int hour, int minute)
    {
        var paths = Directory.GetFiles(Reports, prefix + "*.eml");
        paths.Should().NotBeEmpty();
        foreach (var path in paths)
        {
            var text = File.ReadAllText(path);
            text.Replace("\r\n", "").Should().NotContain("\n", "every line ends CRLF").And.NotContain("\r");
            var headers = text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n").Select(h => h.Split(": ", 2)).ToDictionary(h => h[0], h => h[1]);
            headers.Keys.Should().Equal("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding");
            var received = DateTime.ParseExact(Path.GetFileNameWithoutExtension(path)[prefix.Length..], "yyyy-MM-dd_HH-mm-ss", CultureInfo.InvariantCulture);
            var covers = received.AddDays(coversDay);
            headers["Subject"].Should().Be($"{subject}{covers:ddd, MMMM} {ShoutbombMail.Ordinal(covers.Day)} {covers:yyyy}");
            headers["Date"].Should().Be($"{received:ddd, d MMM yyyy HH:mm:ss} -0600", "November is standard time in Kentucky");
            received.TimeOfDay.Should().BeGreaterThanOrEqualTo(new TimeSpan(hour, minute, 0)).And.BeLessThan(new TimeSpan(hour, minute + 3, 0));
            headers["Content-Type"].Should().Be("text/plain; charset=utf-8");
            // The invalid numbers report's headings are hard-wrapped where Shoutbomb wraps them, past the mail client's column.
            Body(text).Split("\r\n").Except([.. ShoutbombMail.OptedOutHeading, .. ShoutbombMail.InvalidHeading]).Should().OnlyContain(line => line.Length <= ShoutbombMail.WrapAt);
        }
    }

    [Fact]
    public void Every_call_to_a_bad_number_is_three_attempts_in_the_next_mornings_call_error_report()
    {
        var world = set.World;
        var expected = world.CallErrors.Where(e => e.Log.NotificationDateTime.Date < world.Today.ToDateTime(TimeOnly.MinValue))
            .SelectMany(e => e.Attempts.Select(a => (Day: e.Log.NotificationDateTime.Date, Line:
                $"BANDWIDTH :: {a.CallId} :: Patron number {e.Log.DeliveryString!.Replace("-", "")} :: Home Library 3 :: error :: disconnect ::: Number not in service ::: "
                + $"{a.SessionId} :: Library number 2706840211 :: {a.At:yyyy-MM-dd} :: {a.At:HH:mm:ss} ::")))
            .ToList();
        expected.Should().NotBeEmpty().And.OnlyContain(e => e.Line.Contains($":: {e.Day:yyyy-MM-dd} ::"), "all three attempts are made the day of the call");
        world.CallErrors.Should().OnlyContain(e => e.Attempts.Count == 3 && e.Log.Status == NotificationStatus.CallBadNumber
            && e.Attempts[0].At <= e.Log.NotificationDateTime && e.Attempts[2].At.TimeOfDay < new TimeSpan(21, 1, 0)
            && e.Attempts.Zip(e.Attempts.Skip(1)).All(p => p.Second.At - p.First.At >= TimeSpan.FromHours(1)), "hours apart, and no later than 21:00");

        var actual = Directory.GetFiles(Reports, "call_errors_*.eml").SelectMany(path =>
        {
            var covers = DateTime.ParseExact(Path.GetFileName(path)[12..22], "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1);
            return Lines(Body(File.ReadAllText(path)), callErrors: true).Select(line => (Day: covers, Line: line));
        }).ToList();
        actual.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void Every_day_a_failing_text_number_was_texted_it_is_in_the_next_mornings_invalid_number_report_under_its_section()
    {
        var world = set.World;
        var texts = world.Logs.Where(l => l.Delivery == DeliveryOption.Text && l.NotificationDateTime.Date < world.Today.ToDateTime(TimeOnly.MinValue)).ToList();
        var optedOut = world.Patrons.Single(p => p.Scenario.TextFails == TextFailure.OptedOut);
        // The opted-out patron's first text reached them: STOP was the reply to it.
        var expected = texts.Where(l => l.Patron.Scenario.TextFails == TextFailure.InvalidNumber || (l.Patron == optedOut && l != texts.First(t => t.Patron == optedOut)))
            .Select(l => (Day: l.NotificationDateTime.Date, Section: l.Patron == optedOut ? "OPTED-OUT" : "invalid",
                Line: $"{l.DeliveryString!.Replace("-", "")} :: {l.Patron.Barcode} :: {l.Patron.PatronId} :: 3 :: SMS"))
            .Distinct()
            .ToList();
        expected.Select(e => e.Section).Distinct().Should().HaveCount(2, "the roster has an opted-out and an invalid text number");

        var actual = Directory.GetFiles(Reports, "invalid_phone_numbers_*.eml").SelectMany(path =>
        {
            var covers = DateTime.ParseExact(Path.GetFileName(path)[22..32], "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1);
            var section = "";
            var lines = new List<(DateTime, string, string)>();
            foreach (var line in Body(File.ReadAllText(path)).Split("\r\n"))
                if (line.StartsWith("These patron phone numbers seem to ", StringComparison.Ordinal)) section = line.Contains("OPTED-OUT") ? "OPTED-OUT" : "invalid";
                else if (line.Length > 0 && char.IsAsciiDigit(line[0])) lines.Add((covers, section, line));
            return lines;
        }).ToList();
        actual.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void The_mailbox_file_of_a_day_holds_that_days_reports_as_Graph_messages()
    {
        var emls = Directory.GetFiles(Reports, "*.eml").Select(path => (Path: path, Text: File.ReadAllText(path))).ToList();
        var mailboxes = Directory.GetFiles(Reports, "mailbox_*.json");
        var received = emls.GroupBy(e => DateTimeOffset.ParseExact(Header(e.Text, "Date"), "ddd, d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        mailboxes.Select(p => Path.GetFileName(p)[8..18]).Should().BeEquivalentTo(received.Select(g => g.Key));
        foreach (var day in received)
        {
            using var mailbox = JsonDocument.Parse(File.ReadAllText(Path.Combine(Reports, $"mailbox_{day.Key}.json")));
            var messages = mailbox.RootElement.GetProperty("value").EnumerateArray().ToList();
            messages.Should().HaveCount(day.Count());
            foreach (var (_, text) in day)
            {
                var message = messages.Single(m => m.GetProperty("subject").GetString() == Header(text, "Subject"));
                message.GetProperty("body").GetProperty("contentType").GetString().Should().Be("text");
                message.GetProperty("body").GetProperty("content").GetString().Should().Be(Body(text));
                message.GetProperty("from").GetProperty("emailAddress").GetProperty("address").GetString().Should().Be("reports@shoutbomb.example");
                var local = DateTimeOffset.ParseExact(Header(text, "Date"), "ddd, d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture);
                message.GetProperty("receivedDateTime").GetString().Should().Be(local.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                message.GetProperty("id").GetString().Should().MatchRegex("^AAMk[A-Za-z0-9_-]+=$");
            }
        }
    }

    [Fact]
    public void Verify_finds_a_failed_call_a_report_leaves_out()
    {
        using var scratch = new PolarisSampleData.Tests.Verification.ScratchSet(set.Folder);
        // The report whose last entry (two lines: the entry and its wrapped message) is dropped.
        var path = Directory.GetFiles(Path.Combine(scratch.Folder, "shoutbomb", "reports"), "voice_not_delivered_*.eml").Order(StringComparer.Ordinal).Last();
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

    /// <summary>The report's lines with wrapped pieces joined: a line starts with the 10-digit phone, or in a call error report with the carrier's name.</summary>
    private static IEnumerable<string> Lines(string body, bool callErrors = false)
    {
        string? line = null;
        foreach (var piece in body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            if (callErrors ? piece.StartsWith("BANDWIDTH ::", StringComparison.Ordinal) : piece.Length > 10 && piece[..10].All(char.IsAsciiDigit) && piece[10] == ' ')
            {
                if (line is not null) yield return line;
                line = piece;
            }
            else line += " " + piece;
        }
        if (line is not null) yield return line;
    }
}
