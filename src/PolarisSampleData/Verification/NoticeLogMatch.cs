using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PolarisSampleData.Verification;

/// <summary>
/// flow.traceable and flow.log-counts, judged once every file is loaded. A log covers the notices of its
/// patron sent 0 to 2 seconds after it, so one walk over each patron's notices and logs in time order
/// (the order their (patron, time) indexes keep) finds every notice's logs and every log's notices. As
/// SQL, a range lookup per notice and per log took 35 s of a million patrons' verify. Problems go to the
/// two tables' <c>RowProblems</c>, worded as the SQL worded them, which the checks report.
/// </summary>
public static class NoticeLogMatch
{
    public const string History = "Results.NotificationHistory";
    public const string Logs = "PolarisTransactions.NotificationLogs";

    /// <summary>How long after its log a notice may leave and still be the log's.</summary>
    private const long WindowMilliseconds = 2000;

    /// <summary>
    /// The indexes the walk reads in order, by patron and time with every other column it reads, so that
    /// it never looks a row up: at a million patrons, looking up each row took three times as long.
    /// </summary>
    public static readonly IReadOnlyList<(string Table, IReadOnlyList<string> Columns)> Indexes =
    [
        (History, ["PatronId", "NoticeDate", "NotificationTypeId"]),
        (Logs, ["PatronID", "NotificationDateTime", "HoldsCount", "OverduesCount", "Overdues2ndCount", "Overdues3rdCount"]),
    ];

    /// <summary>The columns the walk reads, and its problems' wording: verify keeps them whatever the SQL checks read.</summary>
    public static IEnumerable<(string Table, string Column)> Reads =>
        Indexes.SelectMany(i => i.Columns.Select(c => (i.Table, c))).Append((History, "ItemRecordId"));

    /// <summary>The notice types a log counts, in the order of its count columns.</summary>
    private static readonly long[] CountedTypes = [2, 1, 12, 13];

    /// <param name="openView">Opens a read-only connection to the loaded set: the walk runs on two, each over half the patrons.</param>
    public static void Judge(SqliteConnection connection, IReadOnlySet<string> tables, Func<SqliteConnection> openView)
    {
        if (!tables.Contains(History) || !tables.Contains(Logs)) return;
        // Patrons below the middle notice's patron (and NULL) on one core, the rest on the other (names compare case-blind in SQL).
        // Each part is a range of the index, which SQLite seeks to: NULL or below the middle in one condition made it read the whole index.
        long? middle = null;
        using (var select = new PositionalStatement(connection, $"SELECT PatronId FROM {History} WHERE PatronId IS NOT NULL ORDER BY PatronId LIMIT 1 OFFSET (SELECT count(*) / 2 FROM {History})"))
            if (select.Read() && select.TypeOf(0) == raw.SQLITE_INTEGER) middle = select.Integer(0);
        string[][] halves = middle is null ? [[""]] : [["WHERE PatronId IS NULL", "WHERE PatronId < ?1"], ["WHERE PatronId >= ?1"]];
        var walks = halves.Select(half => Task.Run(() =>
        {
            using var view = openView();
            var found = new Found([], []);
            foreach (var part in half) Walk(view, part, middle, found);
            return found;
        })).ToArray();
        try
        {
            Task.WaitAll(walks);
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        using var transaction = connection.BeginTransaction();
        using var untraced = new PositionalStatement(connection, $"""
            INSERT INTO Results.RowProblems
            SELECT 'flow.traceable', NULL, '{Layouts.Get(History).FileName}', _line, PatronId,
                   'notice of ' || NoticeDate || ' (type ' || quote(NotificationTypeId) || ', item ' || quote(ItemRecordId) || ') is in '
                   || ?2 || ' NotificationLogs rows of its patron, not one'
            FROM {History} WHERE rowid = ?1
            """);
        using var miscounted = new PositionalStatement(connection, $"""
            INSERT INTO PolarisTransactions.RowProblems
            SELECT 'flow.log-counts', NULL, '{Layouts.Get(Logs).FileName}', _line, PatronID,
                   'log of ' || NotificationDateTime || ' counts holds/overdues/2nd/3rd ' || quote(HoldsCount) || '/' || quote(OverduesCount) || '/'
                   || quote(Overdues2ndCount) || '/' || quote(Overdues3rdCount) || ', its notices are ' || ?2 || '/' || ?3 || '/' || ?4 || '/' || ?5
            FROM {Logs} WHERE rowid = ?1
            """);
        foreach (var walk in walks)
        {
            foreach (var (rowId, logs) in walk.Result.Untraced)
            {
                untraced.Bind(1, rowId);
                untraced.Bind(2, logs);
                untraced.Execute();
            }
            foreach (var (rowId, counts) in walk.Result.Miscounted)
            {
                miscounted.Bind(1, rowId);
                for (var i = 0; i < counts.Length; i++) miscounted.Bind(2 + i, counts[i]);
                miscounted.Execute();
            }
        }
        transaction.Commit();
    }

    /// <summary>What one walk found: notices in other than one log (with how many), logs whose counts are off (with the right ones).</summary>
    private sealed record Found(List<(long RowId, long Logs)> Untraced, List<(long RowId, long[] Counts)> Miscounted);

    private static void Walk(SqliteConnection connection, string part, long? middle, Found found)
    {
        using var notices = new PositionalStatement(connection,
            $"SELECT PatronId, NoticeDate, rowid, NotificationTypeId FROM {History} {part} ORDER BY PatronId, NoticeDate");
        using var logs = new PositionalStatement(connection,
            $"SELECT PatronID, NotificationDateTime, rowid, HoldsCount, OverduesCount, Overdues2ndCount, Overdues3rdCount FROM {Logs} {part} ORDER BY PatronID, NotificationDateTime");
        if (middle is { } value && part.Contains("?1", StringComparison.Ordinal))
        {
            notices.Bind(1, value);
            logs.Bind(1, value);
        }
        List<Notice> patronNotices = [];
        List<Log> patronLogs = [];
        var (notice, log) = (NextNotice(notices), NextLog(logs));
        while (notice is not null || log is not null)
        {
            var patron = log is null || (notice is not null && notice.Value.Patron.CompareTo(log.Value.Patron) <= 0) ? notice!.Value.Patron : log.Value.Patron;
            patronNotices.Clear();
            patronLogs.Clear();
            for (; notice is not null && notice.Value.Patron.CompareTo(patron) == 0; notice = NextNotice(notices)) patronNotices.Add(notice.Value);
            for (; log is not null && log.Value.Patron.CompareTo(patron) == 0; log = NextLog(logs)) patronLogs.Add(log.Value);
            Match(patronNotices, patronLogs, matches: patron.Rank != 0, found);
        }
    }

    private static Notice? NextNotice(PositionalStatement rows) => rows.Read()
        ? new Notice(PatronKey.Of(rows), rows.Integer(2), Milliseconds(rows, 1), WholeNumber(rows, 3))
        : null;

    private static Log? NextLog(PositionalStatement rows) => rows.Read()
        ? new Log(PatronKey.Of(rows), rows.Integer(2), Milliseconds(rows, 1), WholeNumber(rows, 3), WholeNumber(rows, 4), WholeNumber(rows, 5), WholeNumber(rows, 6))
        : null;

    /// <summary>
    /// Counts each notice's logs and each log's notices by type, and keeps those off. Within a patron the
    /// rows come in time order (a datetime's text sorts as its time), so each window only slides forward.
    /// A patron that is NULL matches nothing, as SQL's = has it; so does a time that is not a datetime.
    /// </summary>
    private static void Match(List<Notice> notices, List<Log> logs, bool matches, Found found)
    {
        // With no match possible the timed lists are empty, so every notice is in no log and every log counts none.
        var timedLogs = logs.Where(l => matches && l.Sent is not null).ToList();
        var timedNotices = notices.Where(n => matches && n.Sent is not null).ToList();
        int first = 0, after = 0;
        foreach (var notice in notices)
        {
            var count = 0;
            if (notice.Sent is { } sent)
            {
                while (first < timedLogs.Count && timedLogs[first].Sent < sent - WindowMilliseconds) first++;
                while (after < timedLogs.Count && timedLogs[after].Sent <= sent) after++;
                count = Math.Max(0, after - first);
            }
            if (count != 1) found.Untraced.Add((notice.RowId, count));
        }
        (first, after) = (0, 0);
        foreach (var log in logs)
        {
            var counts = new long[CountedTypes.Length];
            if (log.Sent is { } sent)
            {
                while (first < timedNotices.Count && timedNotices[first].Sent < sent) first++;
                while (after < timedNotices.Count && timedNotices[after].Sent <= sent + WindowMilliseconds) after++;
                for (var i = first; i < after; i++)
                    for (var type = 0; type < CountedTypes.Length; type++)
                        if (timedNotices[i].Type == CountedTypes[type]) counts[type]++;
            }
            if (log.Holds != counts[0] || log.Overdues != counts[1] || log.Second != counts[2] || log.Third != counts[3])
                found.Miscounted.Add((log.RowId, counts));
        }
    }

    /// <summary>A whole-number value, or null when it is NULL or anything else (which no count or type equals).</summary>
    private static long? WholeNumber(PositionalStatement rows, int column) => rows.TypeOf(column) == raw.SQLITE_INTEGER ? rows.Integer(column) : null;

    /// <summary>A datetime value's time in milliseconds, or null when it is not one (it then matches nothing).</summary>
    private static long? Milliseconds(PositionalStatement rows, int column) =>
        rows.TypeOf(column) == raw.SQLITE_TEXT ? ValueTypes.Milliseconds(rows.Bytes(column)) : null;

    private readonly record struct Notice(PatronKey Patron, long RowId, long? Sent, long? Type);

    /// <summary>A log and its count columns as stored (null: NULL or not a whole number, which no count equals).</summary>
    private readonly record struct Log(PatronKey Patron, long RowId, long? Sent, long? Holds, long? Overdues, long? Second, long? Third);

    /// <summary>A patron value ordered as SQLite orders it: NULL, then numbers by value, then text and blobs by their bytes.</summary>
    private readonly record struct PatronKey(int Rank, long Integer, double? Real, byte[]? Bytes) : IComparable<PatronKey>
    {
        public static PatronKey Of(PositionalStatement rows) => rows.TypeOf(0) switch
        {
            raw.SQLITE_NULL => new(0, 0, null, null),
            raw.SQLITE_INTEGER => new(1, rows.Integer(0), null, null),
            raw.SQLITE_FLOAT => new(1, 0, rows.Real(0), null),
            raw.SQLITE_TEXT => new(2, 0, null, rows.Bytes(0).ToArray()),
            _ => new(3, 0, null, rows.Bytes(0).ToArray()),
        };

        /// <summary>Whole numbers compare exactly, a real with another number by value, text and blobs by their bytes.</summary>
        public int CompareTo(PatronKey other) =>
            Rank != other.Rank ? Rank.CompareTo(other.Rank)
            : Rank != 1 ? Bytes.AsSpan().SequenceCompareTo(other.Bytes)
            : Real is null && other.Real is null ? Integer.CompareTo(other.Integer)
            : (Real ?? Integer).CompareTo(other.Real ?? other.Integer);
    }
}
