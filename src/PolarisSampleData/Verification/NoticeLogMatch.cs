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

    public static void Judge(SqliteConnection connection, IReadOnlySet<string> tables)
    {
        if (!tables.Contains(History) || !tables.Contains(Logs)) return;
        using var transaction = connection.BeginTransaction();
        using var notices = new PositionalStatement(connection, $"SELECT PatronId, NoticeDate, rowid, NotificationTypeId FROM {History} ORDER BY PatronId, NoticeDate");
        using var logs = new PositionalStatement(connection,
            $"SELECT PatronID, NotificationDateTime, rowid, HoldsCount, OverduesCount, Overdues2ndCount, Overdues3rdCount FROM {Logs} ORDER BY PatronID, NotificationDateTime");
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

        var (moreNotices, moreLogs) = (notices.Read(), logs.Read());
        List<Notice> patronNotices = [];
        List<Log> patronLogs = [];
        while (moreNotices || moreLogs)
        {
            var patron = !moreLogs ? PatronKey.Of(notices) : !moreNotices ? PatronKey.Of(logs) : Min(PatronKey.Of(notices), PatronKey.Of(logs));
            patronNotices.Clear();
            patronLogs.Clear();
            for (; moreNotices && PatronKey.Of(notices).CompareTo(patron) == 0; moreNotices = notices.Read())
                patronNotices.Add(new Notice(notices.Integer(2), Milliseconds(notices, 1), notices.TypeOf(3) == raw.SQLITE_INTEGER ? notices.Integer(3) : null));
            for (; moreLogs && PatronKey.Of(logs).CompareTo(patron) == 0; moreLogs = logs.Read())
                patronLogs.Add(new Log(logs.Integer(2), Milliseconds(logs, 1), [.. Enumerable.Range(3, 4).Select(c => logs.TypeOf(c) == raw.SQLITE_INTEGER ? logs.Integer(c) : (long?)null)]));
            // A notice or log without a patron (NULL) matches nothing, as SQL's = has it.
            Match(patron.Rank == 0 ? [] : patronNotices, patron.Rank == 0 ? [] : patronLogs, patronNotices, patronLogs, untraced, miscounted);
        }
        transaction.Commit();
    }

    /// <summary>
    /// Counts each notice's logs and each log's notices by type, and reports those off. Within a patron the
    /// rows come in time order (a datetime's text sorts as its time), so each window only slides forward.
    /// </summary>
    private static void Match(List<Notice> matchingNotices, List<Log> matchingLogs, List<Notice> allNotices, List<Log> allLogs,
        PositionalStatement untraced, PositionalStatement miscounted)
    {
        var timedNotices = matchingNotices.Where(n => n.Sent is not null).ToList();
        var timedLogs = matchingLogs.Where(l => l.Sent is not null).ToList();
        var logsOf = new Dictionary<long, long>();
        for (int i = 0, first = 0, after = 0; i < timedNotices.Count; i++)
        {
            var sent = timedNotices[i].Sent!.Value;
            while (first < timedLogs.Count && timedLogs[first].Sent < sent - WindowMilliseconds) first++;
            while (after < timedLogs.Count && timedLogs[after].Sent <= sent) after++;
            logsOf[timedNotices[i].RowId] = Math.Max(0, after - first);
        }
        foreach (var notice in allNotices)
        {
            var count = logsOf.GetValueOrDefault(notice.RowId);
            if (count == 1) continue;
            untraced.Bind(1, notice.RowId);
            untraced.Bind(2, count);
            untraced.Execute();
        }

        var countsOf = new Dictionary<long, long[]>();
        for (int i = 0, first = 0, after = 0; i < timedLogs.Count; i++)
        {
            var sent = timedLogs[i].Sent!.Value;
            while (first < timedNotices.Count && timedNotices[first].Sent < sent) first++;
            while (after < timedNotices.Count && timedNotices[after].Sent <= sent + WindowMilliseconds) after++;
            countsOf[timedLogs[i].RowId] = [.. CountedTypes.Select(type => (long)timedNotices.Skip(first).Take(after - first).Count(n => n.Type == type))];
        }
        foreach (var log in allLogs)
        {
            var counts = countsOf.GetValueOrDefault(log.RowId) ?? new long[CountedTypes.Length];
            if (counts.Select((count, i) => log.Counts[i] == count).All(same => same)) continue;
            miscounted.Bind(1, log.RowId);
            for (var i = 0; i < counts.Length; i++) miscounted.Bind(2 + i, counts[i]);
            miscounted.Execute();
        }
    }

    /// <summary>A datetime value's time in milliseconds, or null when it is not one (it then matches nothing).</summary>
    private static long? Milliseconds(PositionalStatement rows, int column)
    {
        if (rows.TypeOf(column) != raw.SQLITE_TEXT) return null;
        var text = rows.Bytes(column);
        if (!ValueTypes.Fits(ColumnType.DateTime, text)) return null;
        static int Number(ReadOnlySpan<byte> digits)
        {
            var value = 0;
            foreach (var digit in digits) value = value * 10 + (digit - '0');
            return value;
        }
        return new DateTime(Number(text[..4]), Number(text.Slice(5, 2)), Number(text.Slice(8, 2)), Number(text.Slice(11, 2)),
            Number(text.Slice(14, 2)), Number(text.Slice(17, 2)), Number(text.Slice(20, 3))).Ticks / TimeSpan.TicksPerMillisecond;
    }

    private static PatronKey Min(PatronKey a, PatronKey b) => a.CompareTo(b) <= 0 ? a : b;

    private readonly record struct Notice(long RowId, long? Sent, long? Type);

    /// <summary>A log and its count columns as stored (null: NULL or not a whole number, which no count equals).</summary>
    private readonly record struct Log(long RowId, long? Sent, long?[] Counts);

    /// <summary>A patron value ordered as SQLite orders it: NULL, then numbers by value, then text and blobs by their bytes.</summary>
    private readonly record struct PatronKey(int Rank, double Number, byte[]? Bytes) : IComparable<PatronKey>
    {
        public static PatronKey Of(PositionalStatement rows) => rows.TypeOf(0) switch
        {
            raw.SQLITE_NULL => new(0, 0, null),
            raw.SQLITE_INTEGER => new(1, rows.Integer(0), null),
            raw.SQLITE_FLOAT => new(1, rows.Real(0), null),
            raw.SQLITE_TEXT => new(2, 0, rows.Bytes(0).ToArray()),
            _ => new(3, 0, rows.Bytes(0).ToArray()),
        };

        public int CompareTo(PatronKey other) =>
            Rank != other.Rank ? Rank.CompareTo(other.Rank)
            : Rank == 1 ? Number.CompareTo(other.Number)
            : Bytes.AsSpan().SequenceCompareTo(other.Bytes);
    }
}
