using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolarisSampleData.Domain;
using PolarisSampleData.Output;

namespace PolarisSampleData.Shoutbomb;

/// <summary>
/// What Shoutbomb sent back, under <c>shoutbomb/reports/</c>: each day's "Voice notices that were not
/// delivered", "Calls that generated errors" and "Invalid patron phone number" emails and the 1st's
/// "Shoutbomb Rpt" of the previous month as <c>.eml</c> files,
/// and each day's mail as the Microsoft Graph messages the library's software reads from its mailbox
/// (<c>mailbox_yyyy-MM-dd.json</c>). A report with nothing to say is not sent. A report lists every
/// patron's calls and texts, so the lines are gathered from all shards and written at the end, in the
/// order the calls and texts were made.
/// </summary>
internal sealed class ShoutbombReports(string folder) : IShardOutput
{
    public const string Folder = ShoutbombArchive.Folder + "/reports";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Each line and where it goes: its report and, in the invalid numbers report, its section (0 opted out, 1 invalid).</summary>
    private readonly List<(ShoutbombReport Report, int Section, DateTime Call, int PatronId, string Line)> _lines = [];

    /// <summary>Each monthly statistics report's counts, gathered shard by shard.</summary>
    private readonly Dictionary<ShoutbombReport, MonthlyTally> _months = [];

    public long Append(World shard)
    {
        var before = _lines.Count;
        foreach (var log in shard.Logs)
        {
            if (log.Delivery != DeliveryOption.Voice || !log.Status.IsUndeliveredCall()
                || ShoutbombReport.Listing(shard.ShoutbombReports, ShoutbombReportKind.VoiceNotDelivered, log.NotificationDateTime) is not { } report) continue;
            foreach (var message in log.Notices.Select(n => ShoutbombReport.MessageFor(n.Type)).OfType<string>().Distinct())
                _lines.Add((report, 0, log.NotificationDateTime, log.Patron.PatronId, ShoutbombMail.VoiceFailureLine(log.Patron, log.DeliveryString!, message)));
        }
        foreach (var error in shard.CallErrors)
        {
            if (ShoutbombReport.Listing(shard.ShoutbombReports, ShoutbombReportKind.CallErrors, error.Log.NotificationDateTime) is not { } report) continue;
            foreach (var attempt in error.Attempts)
                _lines.Add((report, 0, attempt.At, error.Log.Patron.PatronId, ShoutbombMail.CallErrorLine(attempt, error.Log.DeliveryString!)));
        }
        // A text number once in each section of a report, at its first text of the day; a patron's texts are all in one shard.
        var listed = new HashSet<(ShoutbombReport, int Section, int PatronId)>();
        foreach (var text in shard.UndeliveredTexts)
        {
            var section = text.Why == TextFailure.OptedOut ? 0 : 1;
            if (ShoutbombReport.Listing(shard.ShoutbombReports, ShoutbombReportKind.InvalidPhoneNumbers, text.Log.NotificationDateTime) is not { } report
                || !listed.Add((report, section, text.Log.Patron.PatronId))) continue;
            _lines.Add((report, section, text.Log.NotificationDateTime, text.Log.Patron.PatronId,
                ShoutbombMail.InvalidNumberLine(text.Log.Patron, text.Log.DeliveryString!)));
        }
        var months = shard.ShoutbombReports.Where(r => r.Kind == ShoutbombReportKind.MonthlyStatistics).ToList();
        if (months.Count > 0)
        {
            var queries = new SubmissionQueries(shard);
            foreach (var report in months)
            {
                if (!_months.TryGetValue(report, out var tally)) _months[report] = tally = new MonthlyTally(report.Covers);
                tally.Add(shard, queries);
            }
        }
        return _lines.Count - before;
    }

    public IReadOnlyList<ManifestFile> Finish()
    {
        var reports = _lines.GroupBy(l => l.Report)
            .Select(g => (Report: g.Key, Sections: g.GroupBy(l => l.Section).OrderBy(s => s.Key).ToDictionary(s => s.Key, s =>
                s.OrderBy(l => l.Call).ThenBy(l => l.PatronId).ThenBy(l => l.Line, StringComparer.Ordinal).Select(l => l.Line).ToList())))
            .ToList();
        var months = _months.Select(m => (Report: m.Key, Body: MonthlyBody(m.Value, reports))).ToList();
        if (reports.Count + months.Count == 0) return [];
        Directory.CreateDirectory(Path.Combine(folder, Folder));
        // A daily body is made where it is written, twice, rather than every body held at once: a million patrons' run to tens of MB.
        var mail = reports.Select(r => (r.Report, Body: (Func<string>)(() => Body(r.Report.Kind, r.Sections)), Rows: (long)r.Sections.Values.Sum(lines => lines.Count)))
            .Concat(months.Select(m => (m.Report, Body: (Func<string>)(() => m.Body), Rows: (long)m.Body.Count(c => c == '\n'))))
            .OrderBy(m => m.Report.ReceivedAt)
            .ToList();
        var files = new List<ManifestFile>();
        foreach (var (report, body, rows) in mail)
            files.Add(Write(EmlFileName(report), Utf8.GetBytes(ShoutbombMail.Eml(ShoutbombMail.Subject(report), report.ReceivedAt, report.MessageId, body())), rows));
        foreach (var day in mail.GroupBy(m => DateOnly.FromDateTime(m.Report.ReceivedAt)))
            files.Add(Write(MailboxFileName(day.Key), Mailbox(day.Select(m => (m.Report, m.Body()))), day.Count()));
        return files;
    }

    /// <summary>
    /// The month's statistics: its counts, and the text numbers its days' invalid number reports listed, each
    /// once in the order first listed; a STOP counts in the month its number is first listed opted out.
    /// </summary>
    private static string MonthlyBody(MonthlyTally tally, List<(ShoutbombReport Report, Dictionary<int, List<string>> Sections)> reports)
    {
        var texts = reports.Where(r => r.Report.Kind == ShoutbombReportKind.InvalidPhoneNumbers).OrderBy(r => r.Report.ReceivedAt).ToList();
        List<string> Listed(int section) => [.. texts.Where(r => tally.Covers(r.Report.Covers))
            .SelectMany(r => r.Sections.GetValueOrDefault(section) ?? []).Distinct(StringComparer.Ordinal)];
        var firstOptedOut = texts.SelectMany(r => (r.Sections.GetValueOrDefault(0) ?? []).Select(line => (r.Report.Covers, line)))
            .DistinctBy(l => l.line, StringComparer.Ordinal);
        return tally.Statistics(Listed(0), Listed(1), firstOptedOut.Count(l => tally.Covers(l.Covers))).Body(Library.Name);
    }

    private static string Body(ShoutbombReportKind kind, Dictionary<int, List<string>> sections)
    {
        if (kind != ShoutbombReportKind.InvalidPhoneNumbers) return ShoutbombMail.Body(sections[0]);
        IEnumerable<string> Section(int section) => sections.TryGetValue(section, out var lines) ? lines : [];
        return ShoutbombMail.InvalidNumbersBody(Section(0), Section(1));
    }

    public void Dispose() { }

    /// <summary>The report's file, named by its kind and arrival: <c>voice_not_delivered_…</c>, <c>call_errors_…</c>, <c>invalid_phone_numbers_…</c> or <c>monthly_statistics_…</c>.</summary>
    public static string EmlFileName(ShoutbombReport report) => report.Kind switch
    {
        ShoutbombReportKind.VoiceNotDelivered => "voice_not_delivered",
        ShoutbombReportKind.CallErrors => "call_errors",
        ShoutbombReportKind.MonthlyStatistics => "monthly_statistics",
        _ => "invalid_phone_numbers",
    } + $"_{report.ReceivedAt.ToString(CsvFormat.FileStampFormat, CultureInfo.InvariantCulture)}.eml";

    public static string MailboxFileName(DateOnly day) => $"mailbox_{CsvFormat.Day(day)}.json";

    private ManifestFile Write(string name, byte[] bytes, long rows)
    {
        using var file = new HashedFile(folder, $"{Folder}/{name}");
        file.Stream.Write(bytes);
        return file.Finish(rows);
    }

    /// <summary>The day's messages as Graph lists a mailbox folder: <c>{ "value": [ message, ... ] }</c>, the fields the library's software reads.</summary>
    private static byte[] Mailbox(IEnumerable<(ShoutbombReport Report, string Body)> messages)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("value");
            foreach (var (report, body) in messages)
            {
                json.WriteStartObject();
                json.WriteString("id", report.GraphId);
                json.WriteString("subject", ShoutbombMail.Subject(report));
                json.WriteString("receivedDateTime", ShoutbombMail.ReceivedUtc(report.ReceivedAt));
                json.WriteStartObject("from");
                json.WriteStartObject("emailAddress");
                json.WriteString("name", ShoutbombMail.FromName);
                json.WriteString("address", ShoutbombMail.FromAddress);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartObject("body");
                json.WriteString("contentType", "text");
                json.WriteString("content", body);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
