using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using CsvHelper;
using PolarisSampleData.Domain;
using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// flow.traceable and flow.log-counts, judged once every file is loaded. A log covers the notices of its
/// patron sent 0 to 2 seconds after it, so one walk over each patron's notices and logs in time order
/// finds every notice's logs and every log's notices. The loader hands each row to a
/// <see cref="Collected"/> as it reads the two files, with its values as SQLite stores them, and the
/// walk runs over those in memory: a range lookup per notice and per log in SQL, or reading the rows back
/// through covering indexes, was the longest part of a large verify. One rule judges for both checks.
/// </summary>
internal sealed class NoticeLogMatch : RowRule
{
    /// <summary>How long after its log a notice may leave and still be the log's.</summary>
    private const long WindowMilliseconds = Scheduling.TimeScheduler.MessageSpanMilliseconds;

    /// <summary>The columns the walk and its problems' wording read of each table's file (verify need not keep them in SQLite).</summary>
    private static readonly IReadOnlyList<(string Table, string[] Columns)> Columns =
    [
        (History, ["PatronId", "NoticeDate", "NotificationTypeId", "ItemRecordId"]),
        (Logs, ["PatronID", "NotificationDateTime", "HoldsCount", "OverduesCount", "Overdues2ndCount", "Overdues3rdCount"]),
    ];

    /// <summary>The notice types a log counts, in the order of its count columns.</summary>
    private static readonly long[] CountedTypes =
        [.. Numbers(NotificationType.Hold, NotificationType.FirstOverdue, NotificationType.SecondOverdue, NotificationType.ThirdOverdue)];

    /// <summary>A time that is not a datetime: it matches nothing.</summary>
    private const long NoTime = long.MinValue;

    /// <summary>A count that no number of notices equals: NULL, not a whole number, or out of range.</summary>
    private const ushort NoCount = ushort.MaxValue;

    /// <summary>A count as a row holds it when it is this or more, or <see cref="NoCount"/>: the exact one is kept beside the rows.</summary>
    private const byte WideCount = byte.MaxValue;

    private const int BlockRows = 1 << 16;

    /// <summary>
    /// What the walk needs of one table's file, gathered as the loader reads it: each row's patron, time,
    /// notice type or counts, and line (for the problem's wording, read again only when there is a problem).
    /// </summary>
    public sealed class Collected : FileJudge
    {
        private readonly bool _notices;
        private readonly int[] _columns;
        /// <summary>The rows in blocks, so a million patrons' seven million rows are never copied to grow.</summary>
        private readonly List<Row[]> _blocks = [];
        private int _last = BlockRows;

        /// <summary>The blocks not sorted as they filled: those holding a patron <see cref="Number"/> has yet to number.</summary>
        private readonly HashSet<int> _unsorted = [];

        /// <summary>Patron values that are not whole numbers (text, reals), by the index a row's patron holds.</summary>
        private readonly List<string> _otherPatrons = [];

        /// <summary>The exact counts of the logs whose rows hold a <see cref="WideCount"/>, by line.</summary>
        public Dictionary<int, ushort[]> WideCounts { get; } = [];

        public Collected(FileReading file, int[] columns) : base(file) => (_notices, _columns) = (file.Is(History), columns);

        public override void Judge(CsvReader reader)
        {
            var patron = PatronOf(Field(reader, 0));
            var sent = Field(reader, 1) is { IsEmpty: false } time && ValueTypes.Milliseconds(time) is { } ms ? ms : NoTime;
            var line = reader.LineNumber <= Row.MaxLine ? (int)reader.LineNumber : throw new OverflowException($"{File.Path} has more than {Row.MaxLine} lines.");
            if (_last == BlockRows)
            {
                // A full block is sorted now, while other files still load, so that once all are read the walk mostly merges.
                if (_blocks.Count > 0 && !_unsorted.Contains(_blocks.Count - 1)) _blocks[^1].AsSpan().Sort();
                _blocks.Add(new Row[BlockRows]);
                _last = 0;
            }
            if (patron.Rank == 2) _unsorted.Add(_blocks.Count - 1);
            _blocks[^1][_last++] = _notices
                ? Row.Notice(patron.Value, sent, line, patron.Rank, TypeIndex(ValueSet.AsNumber(Field(reader, 2))))
                : Row.Log(patron.Value, sent, line, patron.Rank, Counts(reader, line));
        }

        /// <summary>A log's four counts, each as a byte; a count that does not fit one is kept exactly in <see cref="WideCounts"/>.</summary>
        private uint Counts(CsvReader reader, int line)
        {
            var (holds, overdues, second, third) = (Count(reader, 2), Count(reader, 3), Count(reader, 4), Count(reader, 5));
            if (Math.Max(Math.Max(holds, overdues), Math.Max(second, third)) >= WideCount) WideCounts[line] = [holds, overdues, second, third];
            return Byte(holds) | Byte(overdues) << 8 | Byte(second) << 16 | Byte(third) << 24;

            static uint Byte(ushort count) => Math.Min(count, WideCount);
        }

        /// <summary>The row's value of one of the walk's <see cref="Columns"/> (by its index there); empty when NULL.</summary>
        internal ReadOnlySpan<byte> Field(CsvReader reader, int column) => _columns[column] >= 0 ? File.Field(reader, _columns[column]) : default;

        /// <summary>The value's text, or null for NULL.</summary>
        internal string? Text(CsvReader reader, int column) => Field(reader, column) is { IsEmpty: false } value ? Encoding.UTF8.GetString(value) : null;

        /// <summary>The value as SQLite's quote() shows what it stores.</summary>
        internal string Quoted(CsvReader reader, int column) => Field(reader, column) is { IsEmpty: false } value ? ValueSet.Quote(value) : "NULL";

        private ushort Count(CsvReader reader, int column) =>
            ValueSet.AsNumber(Field(reader, column)) is { } count and >= 0 and < NoCount ? (ushort)count : NoCount;

        private static sbyte TypeIndex(long? type) => (sbyte)(type is { } value ? Array.IndexOf(CountedTypes, value) : -1);

        /// <summary>
        /// The patron as SQLite stores it in an INTEGER column: NULL (rank 0), a whole number (rank 1), or
        /// another value (rank 2: a real by value, text by its characters), numbered here and ranked by
        /// <see cref="Judge"/> across both tables.
        /// </summary>
        private (byte Rank, long Value) PatronOf(ReadOnlySpan<byte> value)
        {
            if (value.IsEmpty) return (0, 0);
            if (ValueSet.AsNumber(value) is { } number) return (1, number);
            _otherPatrons.Add(ValueSet.AsReal(value) is { } real ? "r" + real.ToString("R", CultureInfo.InvariantCulture) : "t" + Encoding.UTF8.GetString(value));
            return (2, _otherPatrons.Count - 1);
        }

        /// <summary>Numbers the patrons other than whole numbers by <paramref name="ids"/>, shared with the other table.</summary>
        internal void Number(Dictionary<string, long> ids)
        {
            if (_otherPatrons.Count == 0) return;
            foreach (var block in _blocks)
                for (var i = 0; i < block.Length; i++)
                {
                    if (block[i].Rank != 2) continue;
                    var other = _otherPatrons[(int)block[i].Patron];
                    if (!ids.TryGetValue(other, out var id)) ids[other] = id = ids.Count;
                    block[i] = block[i] with { Patron = id };
                }
        }

        /// <summary>
        /// The blocks, each sorted by patron and time in place, once <see cref="Number"/> has numbered them: the
        /// walk merges them as it goes, since one sorted copy of a million patrons' rows doubled verify's memory.
        /// Here the last block and those <see cref="Number"/> changed are sorted; the others were as they filled.
        /// </summary>
        internal Merge Sorted()
        {
            var blocks = _blocks.Select((block, i) => new ArraySegment<Row>(block, 0, i == _blocks.Count - 1 ? _last : BlockRows)).ToList();
            for (var i = 0; i < blocks.Count; i++)
                if (i == blocks.Count - 1 || _unsorted.Contains(i)) blocks[i].AsSpan().Sort();
            return new Merge(blocks);
        }
    }

    /// <summary>
    /// A notice or a log in 24 bytes (13.5 million of them at a million patrons): its patron (see
    /// <see cref="Collected"/>), when it left (<see cref="NoTime"/> when it is not a datetime), its line and
    /// the patron's rank in one word, and in another a notice's type (the index of <see cref="CountedTypes"/>,
    /// or -1) or a log's four counts, a byte each. Rows order by the patron's rank and patron, then time, then line:
    /// as a type's own order the sort calls it directly, where a comparer object is called through a delegate.
    /// </summary>
    internal readonly record struct Row(long Patron, long Sent, uint LineAndRank, uint Values) : IComparable<Row>
    {
        /// <summary>The most lines a file's rows can number: the rank takes the word's top two bits.</summary>
        public const int MaxLine = (1 << 30) - 1;

        public int Line => (int)(LineAndRank & MaxLine);

        public byte Rank => (byte)(LineAndRank >> 30);

        public sbyte Type => (sbyte)((int)Values - 1);

        /// <summary>A log's count of the type at <paramref name="index"/> of <see cref="CountedTypes"/>, or <see cref="WideCount"/>.</summary>
        public byte Count(int index) => (byte)(Values >> (8 * index));

        public static Row Notice(long patron, long sent, int line, byte rank, sbyte type) => new(patron, sent, (uint)line | (uint)rank << 30, (uint)(type + 1));

        public static Row Log(long patron, long sent, int line, byte rank, uint counts) => new(patron, sent, (uint)line | (uint)rank << 30, counts);

        public int CompareTo(Row other) => Rank != other.Rank ? Rank.CompareTo(other.Rank)
            : Patron != other.Patron ? Patron.CompareTo(other.Patron)
            : Sent != other.Sent ? Sent.CompareTo(other.Sent)
            : LineAndRank.CompareTo(other.LineAndRank);
    }

    public override bool JudgesUnreadFiles => true;

    /// <summary>A collector for the file if it is NotificationHistory or NotificationLogs, else null.</summary>
    public override FileJudge? For(FileReading file) => Columns.FirstOrDefault(t => file.Is(t.Table)) is { Columns: { } columns }
        ? new Collected(file, [.. columns.Select(file.IndexOf)])
        : null;

    /// <summary>
    /// A table's rows in patron and time order, taken a patron at a time from its sorted blocks. Blocks that
    /// follow on in order form a run (a file written in patron order is one run); each run's next row waits
    /// in a queue ordered as the rows are.
    /// </summary>
    internal sealed class Merge
    {
        /// <summary>Each run's blocks, and where its next row is: the block and the row in it.</summary>
        private readonly List<(ArraySegment<Row>[] Blocks, int Block, int Row)> _runs = [];
        private readonly PriorityQueue<int, Row> _heads = new();

        public Merge(List<ArraySegment<Row>> blocks)
        {
            var nonEmpty = blocks.Where(b => b.Count > 0).ToList();
            for (var start = 0; start < nonEmpty.Count;)
            {
                var end = start + 1;
                while (end < nonEmpty.Count && nonEmpty[end - 1][^1].CompareTo(nonEmpty[end][0]) <= 0) end++;
                _heads.Enqueue(_runs.Count, nonEmpty[start][0]);
                _runs.Add(([.. nonEmpty.Skip(start).Take(end - start)], 0, 0));
                start = end;
            }
        }

        /// <summary>The next row, if any is left.</summary>
        public bool TryPeek(out Row row) => _heads.TryPeek(out _, out row);

        /// <summary>Moves the rows of <paramref name="patron"/>'s patron that come next into <paramref name="into"/>, in order.</summary>
        public void Take(Row patron, List<Row> into)
        {
            while (_heads.TryPeek(out var index, out var row) && SamePatron(row, patron))
            {
                into.Add(row);
                var (blocks, block, next) = _runs[index];
                if (++next == blocks[block].Count) (block, next) = (block + 1, 0);
                _runs[index] = (blocks, block, next);
                if (block < blocks.Length) _heads.DequeueEnqueue(index, blocks[block][next]);
                else _heads.Dequeue();
            }
        }
    }

    /// <summary>Walks the collected notices and logs in patron and time order, and records what is off.</summary>
    public override void Conclude(IReadOnlyList<FileJudge> judges, ProblemLog log)
    {
        // A table is its first file's: a later one naming it was not loaded.
        var notices = judges.OfType<Collected>().FirstOrDefault(c => c.File.Is(History));
        var logs = judges.OfType<Collected>().FirstOrDefault(c => c.File.Is(Logs));
        if (notices is null || logs is null) return;
        // Values other than whole numbers are numbered across both tables first; the blocks holding them are sorted after.
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        notices.Number(ids);
        logs.Number(ids);
        var found = Walk(notices.Sorted(), logs.Sorted(), logs.WideCounts);
        var untraced = found.Untraced.ToDictionary(u => u.Line, u => u.Logs);
        var miscounted = found.Miscounted.ToDictionary(m => m.Line, m => m.Counts);
        Report(log, notices, "flow.traceable", untraced.Keys, (reader, line) =>
            $"notice {Sent(notices.Text(reader, 1), "NoticeDate")} (type {notices.Quoted(reader, 2)}, item {notices.Quoted(reader, 3)}) is in {untraced[line]} NotificationLogs rows of its patron, not one");
        Report(log, logs, "flow.log-counts", miscounted.Keys, (reader, line) =>
            $"log {Sent(logs.Text(reader, 1), "NotificationDateTime")} counts holds/overdues/2nd/3rd {logs.Quoted(reader, 2)}/{logs.Quoted(reader, 3)}/{logs.Quoted(reader, 4)}/{logs.Quoted(reader, 5)}, its notices are {string.Join('/', miscounted[line])}");
    }

    /// <summary>When a notice or log left, as its problem says it: <c>of 2025-11-06 14:01:15.000</c>, or that it has no time.</summary>
    private static string Sent(string? time, string column) => time is null ? $"with no {column}" : $"of {time}";

    private static bool SamePatron(Row a, Row b) => a.Rank == b.Rank && a.Patron == b.Patron;

    /// <summary>What one walk found: notices in other than one log (with how many), logs whose counts are off (with the right ones), by line.</summary>
    private sealed record Found(List<(int Line, long Logs)> Untraced, List<(int Line, long[] Counts)> Miscounted);

    private static Found Walk(Merge noticeRows, Merge logRows, IReadOnlyDictionary<int, ushort[]> wideCounts)
    {
        var found = new Found([], []);
        List<Row> notices = [], logs = [];
        while (noticeRows.TryPeek(out var notice) | logRows.TryPeek(out var log))
        {
            var patron = !logRows.TryPeek(out _) || (noticeRows.TryPeek(out _) && Before(notice, log)) ? notice : log;
            notices.Clear();
            logs.Clear();
            noticeRows.Take(patron, notices);
            logRows.Take(patron, logs);
            Match(CollectionsMarshal.AsSpan(notices), CollectionsMarshal.AsSpan(logs), matches: patron.Rank != 0, wideCounts, found);
        }
        return found;
    }

    private static bool Before(Row a, Row b) => a.Rank != b.Rank ? a.Rank < b.Rank : a.Patron <= b.Patron;

    /// <summary>
    /// Counts each notice's logs and each log's notices by type, and keeps those off. Within a patron the
    /// rows come in time order, so each window only slides forward. A patron that is NULL matches nothing,
    /// as SQL's = has it; so does a time that is not a datetime.
    /// </summary>
    private static void Match(ReadOnlySpan<Row> notices, ReadOnlySpan<Row> logs, bool matches, IReadOnlyDictionary<int, ushort[]> wideCounts, Found found)
    {
        // Untimed rows sort first; with no match possible the timed lists are empty, so every notice is in no log and every log counts none.
        var timedLogs = matches ? Timed(logs) : [];
        var timedNotices = matches ? Timed(notices) : [];
        int first = 0, after = 0;
        foreach (var notice in notices)
        {
            var count = 0;
            if (notice.Sent != NoTime)
            {
                while (first < timedLogs.Length && timedLogs[first].Sent < notice.Sent - WindowMilliseconds) first++;
                while (after < timedLogs.Length && timedLogs[after].Sent <= notice.Sent) after++;
                count = Math.Max(0, after - first);
            }
            if (count != 1) found.Untraced.Add((notice.Line, count));
        }
        (first, after) = (0, 0);
        Span<long> counts = stackalloc long[CountedTypes.Length];
        foreach (var log in logs)
        {
            counts.Clear();
            if (log.Sent != NoTime)
            {
                while (first < timedNotices.Length && timedNotices[first].Sent < log.Sent) first++;
                while (after < timedNotices.Length && timedNotices[after].Sent <= log.Sent + WindowMilliseconds) after++;
                for (var i = first; i < after; i++)
                    if (timedNotices[i].Type >= 0) counts[timedNotices[i].Type]++;
            }
            for (var i = 0; i < counts.Length; i++)
            {
                if ((log.Count(i) == WideCount ? wideCounts[log.Line][i] : log.Count(i)) == counts[i]) continue;
                found.Miscounted.Add((log.Line, counts.ToArray()));
                break;
            }
        }
    }

    private static ReadOnlySpan<Row> Timed(ReadOnlySpan<Row> rows)
    {
        var untimed = 0;
        while (untimed < rows.Length && rows[untimed].Sent == NoTime) untimed++;
        return rows[untimed..];
    }

    /// <summary>
    /// Reads the file again for the lines that have problems (none in a sound set), and records each from
    /// the same fields the walk read.
    /// </summary>
    private static void Report(ProblemLog log, Collected table, string check, IReadOnlyCollection<int> lines, Func<CsvReader, int, string> problem)
    {
        if (lines.Count == 0) return;
        var wanted = lines.ToHashSet();
        DataSetLoader.ReadAgain(table.File.Path, table.File.Layout, _ => reader =>
        {
            if (reader.LineNumber > int.MaxValue || !wanted.Contains((int)reader.LineNumber)) return;
            log(check, null, table.File.Layout, reader.LineNumber, table.Field(reader, 0) is { IsEmpty: false } patron ? ValueSet.Shown(patron) : null,
                problem(reader, (int)reader.LineNumber));
        });
    }
}
