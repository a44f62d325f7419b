using System.Globalization;
using System.Text;
using PolarisSampleData.Domain;
using PolarisSampleData.Output;
using PolarisSampleData.Shoutbomb;

using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// shoutbomb.uploaded: every voice/text hold or overdue notice NotificationLogs logs has its line in a holds or overdue
/// upload of the same day, uploaded no later than the log. The tables name each notice with its SQL, in day order; the
/// walk reads a day's uploads when it comes to that day, and keeps only that day's lines, so the archive's millions of
/// upload lines are never loaded into a table. Rows come in day, line and item order, so the first problem of a line is always the same.
/// </summary>
internal static class UploadedJudge
{
    public static CheckQuery Query { get; } = new(
        [
            Read(Logs, "PatronID", "NotificationDateTime", "DeliveryOptionID", "NotificationTypeID"),
            Read(History, "PatronId", "NoticeDate", "NotificationTypeId", "ItemRecordId").Where("NotificationTypeId", Numbers(FlowTypes)),
            Read(Patrons, "PatronID", "Barcode"),
            Read(HoldRequests, "SysHoldRequestID", "PatronID", "TrappingItemRecordID"),
        ], $$"""
        WITH notices AS (
            SELECT l._line AS logLine, l.PatronID, date(l.NotificationDateTime) AS day, l.NotificationDateTime AS at, n.NotificationTypeId AS type,
                   n.ItemRecordId AS item, p.Barcode AS barcode,
                   -- A holds line names the request, an overdue line the item.
                   CASE WHEN n.NotificationTypeId = {{Ids(NotificationType.Hold)}}
                        THEN (SELECT CAST(r.SysHoldRequestID AS TEXT) FROM {{HoldRequests}} r WHERE r.PatronID = l.PatronID AND r.TrappingItemRecordID = n.ItemRecordId)
                        ELSE CAST(n.ItemRecordId AS TEXT) END AS code
            FROM {{Logs}} l
            JOIN {{History}} n ON n.PatronId = l.PatronID
             AND n.NoticeDate BETWEEN l.NotificationDateTime AND strftime('%Y-%m-%d %H:%M:%f', l.NotificationDateTime, '+2 seconds')
            JOIN {{Patrons}} p ON p.PatronID = l.PatronID
            WHERE l.DeliveryOptionID IN ({{Ids(PhoneOptions)}}) AND l.NotificationTypeID IN ({{Ids(FlowTypes)}}) AND n.NotificationTypeId IN ({{Ids(FlowTypes)}})
              AND EXISTS (SELECT 1 FROM main.Files WHERE File LIKE 'shoutbomb/%'))
        SELECT {{FileOf(Logs)}} AS file, logLine AS line, PatronID AS key,
               'no ' || kind || ' upload of ' || day || ' up to the log''s ' || substr(at, 12, 8) || ' has a line for patron ' || barcode || ', item ' || item AS problem,
               kind, day, at, barcode, code
        FROM (SELECT *, CASE WHEN type = {{Ids(NotificationType.Hold)}} THEN 'holds' ELSE 'overdue' END AS kind FROM notices)
        ORDER BY day, line, item
        """,
        Lookups: [new Lookup(History, ["PatronId", "NoticeDate", "NotificationTypeId", "ItemRecordId"])],
        Walk: Judge);

    /// <summary>
    /// A notice is carried when a line of its kind's upload of its day, with its barcode and its request (holds) or item
    /// (overdue), was uploaded at or before the log's time: a day's line counts from the first upload that carried it.
    /// </summary>
    private static IEnumerable<Problem> Judge(LoadedSet set, string sql)
    {
        // An upload whose name's time is no date and time carries nothing (shoutbomb.uploads reports it).
        var uploads = new[] { "holds", "overdue" }
            .SelectMany(kind => UploadJudge.Uploads(set.Folder.Path, kind).Where(u => u.RunAt is not null).Select(u => (u.Path, Kind: kind, At: u.RunAt!.Value)))
            .GroupBy(u => CsvFormat.Day(DateOnly.FromDateTime(u.At)), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var day = new DayOfUploads();
        foreach (var row in set.QueryRecords(sql))
        {
            var noticeDay = Text(row, 5);
            if (noticeDay != day.Day) day.Read(noticeDay, noticeDay is null ? null : uploads.GetValueOrDefault(noticeDay));
            // Both times are text, compared as SQLite compares them: the log's is ASCII (date() read it), so UTF-16 and UTF-8 order agree.
            if (Text(row, 6) is { } at && day.FirstUploaded(row.GetString(4), Text(row, 7), Text(row, 8)) is { } uploaded
                && string.CompareOrdinal(uploaded, at) <= 0)
                continue;
            yield return Verifier.ToProblem([.. Enumerable.Range(0, 4).Select(i => new SqlField(row.GetName(i), row.IsDBNull(i) ? null : row.GetValue(i)))]);
        }
    }

    /// <summary>A field as text, as SQLite converts it; null for NULL.</summary>
    private static string? Text(System.Data.IDataRecord row, int field) => row.IsDBNull(field) ? null : row.GetString(field);

    /// <summary>
    /// A day's holds and overdue upload lines, by what a notice is matched by, each with the time of the first upload that
    /// carried it. A line is split on its bytes, as decoding it first would split it: Windows-1252 gives a character a byte.
    /// </summary>
    private sealed class DayOfUploads
    {
        private readonly Dictionary<string, string> _first = new(StringComparer.Ordinal);
        private readonly UploadJudge.FileBuffer _buffer = new();
        private char[] _key = new char[64];

        public string? Day { get; private set; }

        /// <summary>When the first upload of <paramref name="kind"/> with a line of the barcode and code was made (<c>yyyy-MM-dd HH:mm:ss</c>); null for none.</summary>
        public string? FirstUploaded(string kind, string? barcode, string? code)
        {
            // A field never holds the delimiter, so a value that does is on no line.
            if (barcode is null || code is null || barcode.Contains('|') || code.Contains('|')) return null;
            return _first.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Key(kind, barcode, code), out var uploaded) ? uploaded : null;
        }

        public void Read(string? day, List<(string Path, string Kind, DateTime At)>? uploads)
        {
            Day = day;
            _first.Clear();
            foreach (var (path, kind, at) in uploads ?? [])
            {
                var uploaded = at.ToString(CsvFormat.SecondsFormat, CultureInfo.InvariantCulture);
                var (barcodeField, codeField) = kind == "holds" ? (7, 3) : (13, 5);
                if (_buffer.Read(path) is not { } memory) continue;
                var bytes = memory.Span;
                // A file with a byte order mark is decoded as the loader decodes it, in full.
                if (bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0x00, 0x00, 0xFE, 0xFF, ..])
                {
                    foreach (var fields in ShoutbombLoader.UploadLines(path, [codeField, barcodeField]))
                        if (fields[0] is { } code && fields[1] is { } barcode) Add(Key(kind, barcode, code), uploaded);
                    continue;
                }
                foreach (var whole in UploadJudge.Lines(bytes))
                {
                    var line = whole.Length > ShoutbombLoader.MaxLineChars ? whole[..ShoutbombLoader.MaxLineChars] : whole;
                    if (!TryField(line, barcodeField, out var barcode) || !TryField(line, codeField, out var code)) continue;
                    var key = Key(kind, barcode.Length, code.Length, out var barcodeChars, out var codeChars);
                    Decode(barcode, barcodeChars);
                    Decode(code, codeChars);
                    Add(key, uploaded);
                }
            }
        }

        /// <summary>Keeps the earlier of two uploads of a line.</summary>
        private void Add(ReadOnlySpan<char> key, string uploaded)
        {
            if (!_first.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var earlier) || string.CompareOrdinal(uploaded, earlier) < 0)
                _first[key.ToString()] = uploaded;
        }

        private Span<char> Key(string kind, string barcode, string code)
        {
            var key = Key(kind, barcode.Length, code.Length, out var barcodeChars, out var codeChars);
            barcode.CopyTo(barcodeChars);
            code.CopyTo(codeChars);
            return key;
        }

        /// <summary>
        /// A line's key, without a string a line: the kind's first letter, the barcode, '|' and the code, with the room
        /// for the barcode's and the code's characters left for the caller to fill.
        /// </summary>
        private Span<char> Key(string kind, int barcodeLength, int codeLength, out Span<char> barcode, out Span<char> code)
        {
            var length = 2 + barcodeLength + codeLength;
            if (_key.Length < length) _key = new char[Math.Max(length, 2 * _key.Length)];
            var key = _key.AsSpan(0, length);
            key[0] = kind[0];
            key[1 + barcodeLength] = '|';
            barcode = key.Slice(1, barcodeLength);
            code = key[(2 + barcodeLength)..];
            return key;
        }

        /// <summary>The 1-based field of a pipe-delimited line, as <c>line.Split('|')</c> numbers them; false past its last.</summary>
        private static bool TryField(ReadOnlySpan<byte> line, int field, out ReadOnlySpan<byte> value)
        {
            for (var i = 1; i < field; i++)
            {
                var bar = line.IndexOf((byte)'|');
                if (bar < 0)
                {
                    value = default;
                    return false;
                }
                line = line[(bar + 1)..];
            }
            var end = line.IndexOf((byte)'|');
            value = end < 0 ? line : line[..end];
            return true;
        }

        /// <summary>A field's characters as Windows-1252 decodes it (ASCII, nearly always, widened).</summary>
        private static void Decode(ReadOnlySpan<byte> field, Span<char> into)
        {
            if (Ascii.ToUtf16(field, into, out _) != System.Buffers.OperationStatus.Done)
                ShoutbombArchive.SubmissionEncoding.GetChars(field, into);
        }
    }
}
