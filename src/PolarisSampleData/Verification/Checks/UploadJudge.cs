using System.Globalization;
using System.Text;
using PolarisSampleData.Domain;
using PolarisSampleData.Output;
using PolarisSampleData.Shoutbomb;

using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// shoutbomb.uploads: every upload in the archive, of every run, is exactly the lines the library's query
/// selects from the tables at the run's time (the time in the file's name), in the query's order, as
/// sqlcmd prints them (see the reference README's table of kinds). Each family of kinds reads the tables
/// once with its <see cref="CheckQuery.Sql"/> and then walks every file of its kinds line by line, so a
/// line that is changed, dropped, added or moved fails the check, in a replaced or emptied file too.
/// </summary>
internal static class UploadJudge
{
    /// <summary>How much of a line a problem quotes.</summary>
    private const int QuotedChars = 120;

    /// <summary>The voice_patrons and text_patrons lists: registered phone patrons whose card had not lapsed 3 months before the run.</summary>
    public static CheckQuery PhonePatrons { get; } = new(
        [Read(Registration, "PatronID", "DeliveryOptionID", "PhoneVoice1", "ExpirationDate"), Read(Patrons, "PatronID", "Barcode")], $"""
        SELECT r.DeliveryOptionID, replace(r.PhoneVoice1, '-', '') AS phone, p.Barcode, r.ExpirationDate
        FROM Polaris.PatronRegistration r
        JOIN Polaris.Patrons p ON p.PatronID = r.PatronID
        WHERE r.DeliveryOptionID IN ({Ids(PhoneOptions)}) AND r.PhoneVoice1 IS NOT NULL AND p.Barcode IS NOT NULL AND length(r.PhoneVoice1) > 9
        ORDER BY p.Barcode
        """, Walk: JudgePhonePatrons);

    /// <summary>Every holds run of the day: voice/text hold notices queued by the run whose HoldTillDate is still ahead.</summary>
    public static CheckQuery Holds { get; } = new(
        [
            Read(Queue, "PatronID", "ItemRecordID", "NotificationTypeID", "DeliveryOptionID", "CreationDate").Where("NotificationTypeID", Numbers(NotificationType.Hold)),
            Read(HoldNotices, "PatronID", "ItemRecordID", "NotificationTypeID", "BrowseTitle", "PickupOrganizationID", "HoldTillDate"),
            Read(Patrons, "PatronID", "Barcode"),
            Read(HoldRequests, "SysHoldRequestID", "PatronID", "TrappingItemRecordID"),
        ], $"""
        SELECT replace(h.BrowseTitle, '|', '-'), q.CreationDate, s.SysHoldRequestID, q.PatronID, h.PickupOrganizationID, h.HoldTillDate, p.Barcode
        FROM Results.NotificationQueue q
        JOIN Results.HoldNotices h ON h.ItemRecordID = q.ItemRecordID AND h.PatronID = q.PatronID AND h.NotificationTypeID = q.NotificationTypeID
        JOIN Polaris.Patrons p ON p.PatronID = q.PatronID
        LEFT JOIN Polaris.SysHoldRequests s ON s.PatronID = q.PatronID AND s.TrappingItemRecordID = q.ItemRecordID
        WHERE q.DeliveryOptionID IN ({Ids(PhoneOptions)}) AND q.NotificationTypeID = {(int)NotificationType.Hold}
        ORDER BY p.Barcode, s.SysHoldRequestID
        """, Walk: JudgeHolds);

    /// <summary>
    /// A line the query selects, and the run times that select it (in ticks): those from <paramref name="From"/>
    /// whose limit is before <paramref name="Until"/>.
    /// </summary>
    private sealed record Selected(byte[] Line, long From, long Until);

    private static IEnumerable<Problem> JudgePhonePatrons(LoadedSet set, string sql)
    {
        var rows = set.Query(sql).Select(r => (Option: r[0].Value, Line: r[1..3], Expires: r[3].Value)).ToList();
        foreach (var (kind, option) in new[] { ("voice_patrons", (long)DeliveryOption.Voice), ("text_patrons", (long)DeliveryOption.Text) })
        {
            // The card must not have lapsed three months before the run: ExpirationDate later than run - 3 months.
            var selected = rows.Where(r => r.Option is long o && o == option).Select(r => new Selected(Encoded(r.Line), long.MinValue, Ticks(r.Expires, long.MinValue))).ToList();
            foreach (var problem in JudgeKind(set, kind, selected, at => at.AddMonths(-3))) yield return problem;
        }
    }

    private static IEnumerable<Problem> JudgeHolds(LoadedSet set, string sql)
    {
        var selected = set.Query(sql).Select(r => new Selected(
            Encoded([r[0], r[1] with { Value = Day(r[1].Value) }, r[2], r[3], r[4], r[5] with { Value = Day(r[5].Value) }, r[6]]),
            Ticks(r[1].Value, long.MinValue), Ticks(r[5].Value, long.MinValue))).ToList();
        return JudgeKind(set, "holds", selected, at => at);
    }

    /// <summary>
    /// Judges every file of one kind against the rows selected at its run time (those whose From is at or
    /// before it and whose Until is after <paramref name="limit"/> of it), one problem a file.
    /// </summary>
    private static IEnumerable<Problem> JudgeKind(LoadedSet set, string kind, List<Selected> rows, Func<DateTime, DateTime> limit) =>
        EachRun(set.Folder.Path, kind, (at, bytes) =>
        {
            var (runTicks, boundTicks) = (at.Ticks, limit(at).Ticks);
            return Compare(bytes, [.. rows.Where(r => r.From <= runTicks && r.Until > boundTicks).Select(r => r.Line)]);
        });

    /// <summary>The runs of a set fall inside SQL Server's datetime and a window's reach of a today polaris-gen takes.</summary>
    private static readonly DateTime EarliestRun = new(1753, 1, 1), LatestRun = new(9998, 12, 31);

    /// <summary>Whether a file name's time is one a run of a set can have (<see cref="EachRun"/> reports any other).</summary>
    public static bool IsRunTime(DateTime at) => at >= EarliestRun && at <= LatestRun;

    /// <summary>How a run's file is judged: the line of its first problem and what the problem says, or null.</summary>
    public delegate (long? Line, string Text)? RunJudge(DateTime at, ReadOnlySpan<byte> bytes);

    /// <summary>
    /// Judges every upload of a kind by its run's time, one problem a file, which names the run. The files are read
    /// into one buffer, one after another: at a million patrons they hold some 240 MB, and an array a file piled up
    /// on the large object heap until a full collection.
    /// </summary>
    public static IEnumerable<Problem> EachRun(string folder, string kind, RunJudge judge)
    {
        var buffer = new FileBuffer();
        foreach (var (path, file, runAt) in Uploads(folder, kind))
        {
            if (runAt is not { } at)
            {
                yield return new Problem(file, null, null, "its name's time is not a date and time, so no run selects its lines");
                continue;
            }
            if (!IsRunTime(at))
            {
                yield return new Problem(file, null, null, $"its name's time is outside {CsvFormat.Day(DateOnly.FromDateTime(EarliestRun))} to {CsvFormat.Day(DateOnly.FromDateTime(LatestRun))}, where every run of a set falls");
                continue;
            }
            if (buffer.Read(path) is { } bytes && judge(at, bytes.Span) is { } problem)
                yield return new Problem(file, problem.Line, null, $"{Run(kind, at)}: {problem.Text}");
        }
    }

    /// <summary>
    /// The first line of a file's bytes that differs from what the tables select, and how many do; null when
    /// none does. Lines end in CRLF, LF or CR, as the importer splits them.
    /// </summary>
    private static (long? Line, string Text)? Compare(ReadOnlySpan<byte> bytes, List<byte[]> expected)
    {
        var (lines, differ, first) = (0, 0, -1);
        byte[]? found = null;
        foreach (var line in Lines(bytes))
        {
            var i = lines++;
            if (i < expected.Count && line.SequenceEqual(expected[i])) continue;
            if (i < expected.Count) differ++;
            if (found is not null) continue;
            (first, found) = (i, line.ToArray());
        }
        var counts = lines == expected.Count ? "" : $"; the file has {Counted(lines)}, the tables select {expected.Count}";
        if (found is not null && first < expected.Count)
            return (first + 1, $"line {first + 1} is {Quoted(found)} where the tables select {Quoted(expected[first])} ({differ} of {Counted(expected.Count)} differ{counts})");
        if (found is not null)
            return (first + 1, $"line {first + 1} {Quoted(found)} is past the {Counted(expected.Count)} the tables select");
        if (lines < expected.Count)
            return (null, $"the file ends after {Counted(lines)}, but the tables select {expected.Count}; the next is {Quoted(expected[lines])}");
        return null;
    }

    /// <summary>A run as a problem names it: <c>the renew run of 2025-11-04 08:03:24</c>.</summary>
    private static string Run(string kind, DateTime at) => $"the {kind} run of {at.ToString(CsvFormat.SecondsFormat, CultureInfo.InvariantCulture)}";

    /// <summary>A file's lines as the importer splits them: at CRLF, LF or CR (a line end last in the file ends the last line).</summary>
    public static LineSplitter Lines(ReadOnlySpan<byte> bytes) => new(bytes);

    /// <summary>The lines of <see cref="Lines"/>, one after another, without copying them.</summary>
    public ref struct LineSplitter(ReadOnlySpan<byte> bytes)
    {
        private ReadOnlySpan<byte> _rest = bytes;

        public ReadOnlySpan<byte> Current { get; private set; }

        public readonly LineSplitter GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_rest.IsEmpty) return false;
            var end = _rest.IndexOfAny((byte)'\r', (byte)'\n');
            Current = end < 0 ? _rest : _rest[..end];
            _rest = end < 0 ? [] : _rest[(end + (_rest[end] == '\r' && end + 1 < _rest.Length && _rest[end + 1] == '\n' ? 2 : 1))..];
            return true;
        }
    }

    /// <summary>A file's bytes; null for a file verify does not read (files.readable reports why).</summary>
    public static ReadOnlyMemory<byte>? Bytes(string path) => new FileBuffer().Read(path);

    /// <summary>Reads files one after another into one array, grown as a larger one comes.</summary>
    internal sealed class FileBuffer
    {
        private byte[] _bytes = [];

        /// <summary>A file's bytes, good until the next read; null for a file verify does not read (files.readable reports why).</summary>
        public ReadOnlyMemory<byte>? Read(string path)
        {
            if (RegularFile.WhyNot(path) is not null) return null;
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
                // The loader reads no file so large either, and files.readable reports it.
                if (stream.Length > ShoutbombLoader.MaxFileBytes) return null;
                var length = (int)stream.Length;
                if (_bytes.Length < length) _bytes = new byte[Math.Max(length, 2 * _bytes.Length)];
                stream.ReadExactly(_bytes, 0, length);
                return _bytes.AsMemory(0, length);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }

    /// <summary>The archive's uploads of a kind in name order, each with its run's time (null when the name's is not a date).</summary>
    public static IEnumerable<(string Path, string Name, DateTime? RunAt)> Uploads(string folder, string kind)
    {
        var archive = new DirectoryInfo(Path.Combine(folder, ShoutbombArchive.Folder));
        if (!archive.Exists) yield break;
        foreach (var file in archive.EnumerateFiles($"{kind}_submitted_*.txt").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (ShoutbombLoader.SubmissionName().Match(file.Name) is not { Success: true } name || name.Groups["kind"].Value != kind) continue;
            var parsed = DateTime.TryParseExact(name.Groups["at"].Value, CsvFormat.FileStampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at);
            yield return (file.FullName, $"{ShoutbombArchive.Folder}/{file.Name}", parsed ? at : null);
        }
    }

    /// <summary>A datetime value's ticks; <paramref name="otherwise"/> for NULL or a value that is not a datetime (values.types reports it).</summary>
    private static long Ticks(object? value, long otherwise) =>
        value is string text && DateTime.TryParseExact(text, CsvFormat.DateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at.Ticks : otherwise;

    /// <summary>A datetime value as the query's CONVERT(varchar(10), ..., 120) prints it: its yyyy-MM-dd.</summary>
    private static object? Day(object? value) => value is string { Length: >= 10 } text ? text[..10] : value;

    /// <summary>A row as sqlcmd prints it (fields joined by |, NULL as the word) in the upload's encoding.</summary>
    private static byte[] Encoded(ReadOnlySpan<SqlField> fields)
    {
        var shown = new string?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
            shown[i] = fields[i].Value switch
            {
                null => null,
                string text => text,
                long number => SqlcmdText.Number(number),
                var other => Convert.ToString(other, CultureInfo.InvariantCulture),
            };
        return ShoutbombArchive.SubmissionEncoding.GetBytes(SqlcmdText.Line(shown));
    }

    public static string Counted(int count) => count == 1 ? "1 line" : $"{count} lines";

    public static string Quoted(ReadOnlySpan<byte> line)
    {
        var text = ShoutbombArchive.SubmissionEncoding.GetString(line);
        return $"'{(text.Length > QuotedChars ? text[..QuotedChars] + "..." : text)}'";
    }
}
