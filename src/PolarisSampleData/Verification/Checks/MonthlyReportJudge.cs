using System.Globalization;
using PolarisSampleData.Domain;
using PolarisSampleData.Output;
using PolarisSampleData.Shoutbomb;

using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// shoutbomb.monthly-report: Shoutbomb's monthly statistics, line by line, against what the set's files count
/// for the month's days it holds (see <see cref="MonthlyStatistics"/>): the month's holds, overdue, renew and
/// patron list uploads read from the archive, the voice calls from NotificationLogs, the text numbers from the
/// daily invalid number reports. The files are read only when the set has such a report.
/// </summary>
internal static class MonthlyReportJudge
{
    /// <summary>How much of a line a problem quotes.</summary>
    private const int QuotedChars = 100;

    public static CheckQuery Query { get; } = new(
        [
            Read(Logs, "DeliveryOptionID", "NotificationStatusID", "NotificationDateTime"),
            Read(Registration, "PatronID", "DeliveryOptionID"),
            Read(Patrons, "PatronID", "Barcode"),
        ], $"""
        SELECT File, ReceivedAt FROM Shoutbomb.Reports WHERE Kind = '{ShoutbombReportLoader.Monthly}' ORDER BY File
        """, Archive: ShoutbombChecks.ReportsOnly, Walk: Judge);

    private static IEnumerable<Problem> Judge(LoadedSet set, string sql)
    {
        var reports = set.Query(sql).Select(r => (File: (string)r[0].Value!, ReceivedAt: r[1].Value as string)).ToList();
        var (firstDay, today, archived) = set.Query("SELECT FirstDay, Today, EXISTS (SELECT 1 FROM main.Files WHERE File LIKE 'shoutbomb/%') FROM main.DataSet")
            .Select(r => (Day(r[0].Value), Day(r[1].Value), r[2].Value is 1L)).Single();
        // Shoutbomb reports a month on the next 1st; the set holds such a report where it holds that 1st and a day before it.
        var due = new SortedSet<DateOnly>();
        if (archived && firstDay is { } from && today is { } to)
            for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
                if (day.Day == 1) due.Add(day.AddMonths(-1));
        var phonePatrons = reports.Count == 0 ? [] : set.Query($"""
            SELECT p.Barcode, r.DeliveryOptionID FROM {Registration} r JOIN {Patrons} p ON p.PatronID = r.PatronID
            WHERE r.DeliveryOptionID IN ({Ids(PhoneOptions)}) AND p.Barcode IS NOT NULL
            ORDER BY p.Barcode, r.PatronID
            """).GroupBy(r => (string)r[0].Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (DeliveryOption)(long)g.First()[1].Value!, StringComparer.Ordinal);
        var texts = reports.Count == 0 ? [] : TextReportLines(set);
        var judged = new HashSet<DateOnly>();
        foreach (var (file, receivedAt) in reports)
        {
            var (text, _) = ShoutbombReportLoader.Read(Path.Combine(set.Folder.Path, file));
            if (text is null) continue;
            var (_, subject, _, lines) = ShoutbombReportLoader.Parse(text);
            if (!DateOnly.TryParseExact(subject[ShoutbombMail.MonthlySubject.Length..], ShoutbombMail.SubjectMonth, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            {
                yield return new Problem(file, null, null, $"its subject '{subject}' names no month, as '{ShoutbombMail.MonthlySubject}October 2025' does");
                continue;
            }
            var named = month.ToString(ShoutbombMail.SubjectMonth, CultureInfo.InvariantCulture);
            var arrives = DateOnly.FromDateTime(ShoutbombReport.Due(ShoutbombReportKind.MonthlyStatistics, month));
            if (!judged.Add(month))
            {
                yield return new Problem(file, null, named, $"a second report of {named}: Shoutbomb sends one a month");
                continue;
            }
            if (!due.Remove(month))
            {
                yield return new Problem(file, null, named, $"a report of {named}, due {CsvFormat.Day(arrives)}, in a set whose days run from {Show(firstDay)} to {Show(today)}: "
                    + "a set holds a month's report when it holds a day of the month and the 1st after it");
                continue;
            }
            if (receivedAt is null || !receivedAt.StartsWith(CsvFormat.Day(arrives), StringComparison.Ordinal))
            {
                yield return new Problem(file, null, named, $"arrived {receivedAt ?? "at no readable Date"}: the report of {named} arrives on {CsvFormat.Day(arrives)}");
                continue;
            }
            var first = firstDay > month ? firstDay.Value : month;
            var expected = Count(set, first, month.AddMonths(1).AddDays(-1), phonePatrons, texts).Body(Library.Name).Split("\r\n").Where(l => l.Length > 0).ToList();
            if (Compare(lines, expected) is { } problem) yield return problem with { File = file };
        }
        foreach (var month in due)
            yield return new Problem(ShoutbombReports.Folder + "/", null, CsvFormat.Day(month),
                $"no '{ShoutbombMail.MonthlySubject}{month.ToString(ShoutbombMail.SubjectMonth, CultureInfo.InvariantCulture)}' report, which Shoutbomb sends on {CsvFormat.Day(month.AddMonths(1))}, inside the set's days");
    }

    private static string Show(DateOnly? day) => day is { } d ? CsvFormat.Day(d) : "(unknown)";

    /// <summary>The month's statistics as the set's files count them.</summary>
    private static MonthlyStatistics Count(LoadedSet set, DateOnly first, DateOnly last,
        Dictionary<string, DeliveryOption> phonePatrons, List<(DateOnly Day, string Section, string Line, string Barcode)> texts)
    {
        bool InMonth(DateOnly day) => day >= first && day <= last;
        ByMedium One(string? barcode) => phonePatrons.GetValueOrDefault(barcode ?? "") switch
        {
            DeliveryOption.Voice => new(0, 1),
            DeliveryOption.Text => new(1, 0),
            _ => default,
        };
        var folder = set.Folder.Path;
        IEnumerable<string[]> Month(string kind) => Runs(folder, kind, InMonth).SelectMany(Lines);
        var holds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fields in Month(ShoutbombArchive.KindName(ShoutbombKind.Holds))) holds.TryAdd(Field(fields, 3), Field(fields, 7));
        var heldBy = holds.Values.Aggregate(default(ByMedium), (sum, barcode) => sum + One(barcode));
        // The overdue and renew runs are daily, a line once a day. A million patrons' month is millions of lines: counted as read.
        var overdues = Month(ShoutbombArchive.KindName(ShoutbombKind.Overdue)).Aggregate(default(ByMedium), (sum, fields) => sum + One(Field(fields, 13)));
        var (renewals, renewLines, eligible) = (default(ByMedium), 0L, 0L);
        foreach (var fields in Month(ShoutbombArchive.KindName(ShoutbombKind.Renew)))
        {
            renewals += One(Field(fields, 13));
            renewLines++;
            if (long.TryParse(Field(fields, 10), CultureInfo.InvariantCulture, out var renewed)
                && long.TryParse(Field(fields, 12), CultureInfo.InvariantCulture, out var limit) && renewed < limit) eligible++;
        }
        var (registered, signedUp) = (default(ByMedium), default(ByMedium));
        var (phones, signedUpPhones) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        var removed = new List<string>();
        foreach (var kind in new[] { ShoutbombArchive.KindName(ShoutbombKind.VoicePatrons), ShoutbombArchive.KindName(ShoutbombKind.TextPatrons) })
        {
            var lists = Runs(folder, kind, InMonth);
            if (lists.Count == 0) continue;
            var firstListed = Lines(lists[0]).Select(f => Field(f, 2)).ToHashSet(StringComparer.Ordinal);
            var lastListed = Lines(lists[^1]).ToList();
            foreach (var fields in lastListed)
            {
                registered += One(Field(fields, 2));
                phones.Add(Field(fields, 1));
                if (firstListed.Contains(Field(fields, 2))) continue;
                signedUp += One(Field(fields, 2));
                signedUpPhones.Add(Field(fields, 1));
            }
            var lastBarcodes = lastListed.Select(f => Field(f, 2)).ToHashSet(StringComparer.Ordinal);
            removed.AddRange(firstListed.Where(b => !lastBarcodes.Contains(b)));
        }
        var calls = set.Query($"""
            SELECT date(NotificationDateTime), count(*), sum(NotificationStatusID BETWEEN {Ids(NotificationStatusExtensions.FirstFailedCall)} AND {Ids(NotificationStatusExtensions.LastFailedCall)})
            FROM {Logs} WHERE DeliveryOptionID = {Ids(DeliveryOption.Voice)} AND NotificationDateTime >= $first AND NotificationDateTime < $after
            GROUP BY 1
            """, ("$first", CsvFormat.Day(first)), ("$after", CsvFormat.Day(last.AddDays(1))))
            .ToDictionary(r => (string)r[0].Value!, r => (Calls: (long)r[1].Value!, Failed: (long)r[2].Value!), StringComparer.Ordinal);
        var days = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays)
            .Select(d => (Day: d, Calls: calls.GetValueOrDefault(CsvFormat.Day(d)).Calls)).ToList();
        List<string> Listed(string section) => [.. texts.Where(t => t.Section == section && InMonth(t.Day)).Select(t => t.Line).Distinct(StringComparer.Ordinal)];
        var stops = texts.Where(t => t.Section == ShoutbombReportLoader.OptedOut).DistinctBy(t => t.Line, StringComparer.Ordinal).Count(t => InMonth(t.Day));
        return new MonthlyStatistics(heldBy, overdues, renewals, eligible, renewLines - eligible, days, calls.Values.Sum(c => c.Failed), Listed(ShoutbombReportLoader.OptedOut), Listed(ShoutbombReportLoader.Invalid),
            stops, registered, phones.Count, signedUp, signedUpPhones.Count, [.. removed.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The daily invalid number reports' lines in the order they were sent, with the day each covers.</summary>
    private static List<(DateOnly Day, string Section, string Line, string Barcode)> TextReportLines(LoadedSet set) =>
        [.. set.Query("""
            SELECT date(ReceivedAt, '-1 day'), Section, Phone || ' :: ' || Barcode || ' :: ' || PatronID || ' :: ' || Branch || ' :: SMS', Barcode
            FROM Shoutbomb.TextReportLines WHERE Phone IS NOT NULL AND Section IS NOT NULL AND ReceivedAt IS NOT NULL ORDER BY File, Line
            """).Select(r => (Day(r[0].Value) ?? default, (string)r[1].Value!, (string)r[2].Value!, (string)r[3].Value!))];

    /// <summary>The month's uploads of a kind, in name order (the order they ran).</summary>
    private static List<string> Runs(string folder, string kind, Func<DateOnly, bool> inMonth) =>
        [.. UploadJudge.Uploads(folder, kind).Where(u => u.RunAt is { } at && inMonth(DateOnly.FromDateTime(at))).Select(u => u.Path)];

    /// <summary>An upload's lines, each distinct line once, split at its pipes; none for a file verify does not read (files.readable says why).</summary>
    private static IEnumerable<string[]> Lines(string path)
    {
        if (UploadJudge.Bytes(path) is not { } bytes) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in ShoutbombArchive.SubmissionEncoding.GetString(bytes.Span).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries))
            if (seen.Add(line)) yield return line.Split('|');
    }

    /// <summary>A line's field by its 1-based position, as the reference numbers them; empty when the line is shorter.</summary>
    private static string Field(string[] fields, int position) => position <= fields.Length ? fields[position - 1] : "";

    private static DateOnly? Day(object? value) =>
        CsvFormat.ParseDay(value as string);

    /// <summary>The first line of the report that differs from what the files count, and how many do.</summary>
    private static Problem? Compare(List<(int Line, string Text)> lines, List<string> expected)
    {
        var shared = Math.Min(lines.Count, expected.Count);
        var differing = Enumerable.Range(0, shared).Where(i => lines[i].Text != expected[i]).ToList();
        var counts = lines.Count == expected.Count ? "" : $"; the report has {lines.Count} lines, the files count {expected.Count}";
        if (differing.Count > 0)
        {
            var i = differing[0];
            return new Problem("", lines[i].Line, null, $"{Quoted(lines[i].Text)} where the set's files count {Quoted(expected[i])} ({differing.Count} of {expected.Count} lines differ{counts})");
        }
        if (lines.Count > shared)
            return new Problem("", lines[shared].Line, null, $"{Quoted(lines[shared].Text)} is past the report's last line, {Quoted(expected[^1])}");
        if (expected.Count > shared)
            return new Problem("", null, null, $"the report ends after {lines.Count} lines; the files count {expected.Count}, the next {Quoted(expected[shared])}");
        return null;
    }

    private static string Quoted(string line) => $"'{(line.Length > QuotedChars ? line[..QuotedChars] + "..." : line)}'";
}
