using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using PolarisSampleData.Shoutbomb;
using PolarisSampleData.Sqlite;

using static PolarisSampleData.Sqlite.SqliteCommands;

namespace PolarisSampleData.Verification;

/// <summary>
/// What of the archive to load: the fields of PhoneNotices lines (1-based) and whether Shoutbomb's reports are
/// read. No upload line is: the checks that judge the uploads read the files themselves (every file's facts are
/// always loaded).
/// </summary>
internal sealed record ArchiveSelection(IReadOnlySet<int> PhoneNoticeFields, bool Reports = false);

/// <summary>
/// Loads the Shoutbomb archive beside the tables (<c>shoutbomb/</c>) the way the library's importer
/// reads it: submission files as Windows-1252 pipe-delimited lines, PhoneNotices as UTF-8 quoted
/// fields, each line with its file, kind and day. Lines a reader cannot split are still loaded, with
/// what fields there are, so checks see them.
/// </summary>
internal static partial class ShoutbombLoader
{
    /// <summary>Longer than any line the integration writes; a runaway line (a binary file) is cut here.</summary>
    public const int MaxLineChars = 1 << 16;

    /// <summary>The fields of an upload line the tables hold (a longer line's rest is dropped), and of a PhoneNotices line.</summary>
    private const int SubmissionFields = 13;
    private const int PhoneNoticeFields = 25;

    /// <summary>How many files may be read ahead of the one being inserted.</summary>
    private const int ReadAhead = 2;

    /// <summary>Far beyond a library's daily upload; a larger file is not an upload and is not read (files.readable says so).</summary>
    public const long MaxFileBytes = 256L << 20;

    /// <summary>The database the archive is loaded into, attached beside the tables under this name.</summary>
    public const string Database = "Shoutbomb";

    /// <summary>
    /// Loads the archive into a database file of its own, on its own connection, so it can load while the
    /// tables do (it is a third of a large set's lines).
    /// </summary>
    /// <param name="today">The set's today (yyyy-MM-dd): the day of the live PhoneNotices.csv.</param>
    /// <param name="selection">What to load, or null for every field of every line: verify passes <see cref="Checks.LoadPlan.Archive"/>.</param>
    public static void Load(string databaseFile, string dataSetFolder, string? today, ArchiveSelection? selection = null)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        Execute(connection, $"""
            PRAGMA page_size = {DataSetLoader.PageBytes}; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
            CREATE TABLE Submissions (File TEXT, Kind TEXT, Day TEXT, Line INTEGER, {Fields(SubmissionFields)});
            CREATE TABLE PhoneNotices (File TEXT, Day TEXT, Line INTEGER, {Fields(PhoneNoticeFields)});
            CREATE TABLE ShoutbombFiles (File TEXT, Kind TEXT, Bom INTEGER, BareLineFeeds INTEGER, MisshapenLines INTEGER, Error TEXT);
            {ShoutbombReportLoader.CreateTables}
            """);
        var folder = Path.Combine(dataSetFolder, ShoutbombArchive.Folder);
        if (Directory.Exists(folder)) LoadFiles(connection, folder, today ?? "", selection);
        if (selection is null || selection.Reports) ShoutbombReportLoader.Load(connection, folder);
        // Indexed once the lines are in: keeping two four-column indexes up to date line by line took longer.
        Execute(connection, """
            CREATE INDEX Submissions_Holds ON Submissions (Kind, Day, F7, F3);
            CREATE INDEX Submissions_Items ON Submissions (Kind, Day, F13, F5);
            """);
    }

    private static void LoadFiles(SqliteConnection connection, string folder, string today, ArchiveSelection? selection)
    {
        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
            .Select(path => ArchiveFile.Of(path, today, selection)).ToList();
        // Files are read on other threads, a few ahead of the one being inserted, and inserted in name order, so
        // the database does not depend on which read ends first: read and inserted on one thread, the archive was
        // a 70 s chain of a million patrons' verify.
        using var transaction = connection.BeginTransaction();
        using var submissions = new LineInsert(connection, "Submissions", SubmissionFields, leading: 2);
        using var phoneNotices = new LineInsert(connection, "PhoneNotices", PhoneNoticeFields, leading: 1);
        using var describe = new PositionalStatement(connection, "INSERT INTO ShoutbombFiles VALUES (?, ?, ?, ?, ?, ?)");
        var reading = new Queue<Task<(ArchiveFile File, ReadFile Read)>>();
        try
        {
            foreach (var file in files)
            {
                reading.Enqueue(Task.Run(() => (file, Read(file))));
                if (reading.Count > ReadAhead) InsertRead(reading.Dequeue());
            }
            while (reading.Count > 0) InsertRead(reading.Dequeue());
        }
        finally
        {
            // After a failure, no read is left running.
            foreach (var read in reading) ((IAsyncResult)read).AsyncWaitHandle.WaitOne();
        }
        transaction.Commit();

        void InsertRead(Task<(ArchiveFile File, ReadFile Read)> reading)
        {
            var (file, read) = reading.GetAwaiter().GetResult();
            {
                if (file.Bound is not null) (file.IsPhoneNotices ? phoneNotices : submissions).Insert(file, read.Lines);
                describe.Bind(1, file.File);
                describe.Bind(2, file.Kind);
                describe.Bind(3, read.Bom ? 1 : 0);
                describe.Bind(4, read.BareLineFeeds);
                describe.Bind(5, read.Misshapen);
                describe.Bind(6, read.Error);
                describe.Execute();
            }
        }
    }

    /// <summary>
    /// An archive file: its name in the set, what kind it is (<c>submission</c>, <c>PhoneNotices</c> or
    /// null), the values that lead each of its rows (a submission's kind and day, a PhoneNotices day), the
    /// fields of its lines to load (0-based; null when its lines are not loaded).
    /// </summary>
    private sealed record ArchiveFile(string Path, string File, string? Kind, string[] Leading, int[]? Bound)
    {
        public bool IsPhoneNotices => Kind == "PhoneNotices";

        public static ArchiveFile Of(string path, string today, ArchiveSelection? selection)
        {
            var name = System.IO.Path.GetFileName(path);
            var file = $"{ShoutbombArchive.Folder}/{name}";
            if (SubmissionName().Match(name) is { Success: true } submission)
            {
                var (kind, day) = (submission.Groups["kind"].Value, submission.Groups["day"].Value);
                return new(path, file, "submission", [kind, day], selection is null ? FieldsToLoad(SubmissionFields, null) : null);
            }
            if (PhoneNoticesName().Match(name) is { Success: true } phone)
                return new(path, file, "PhoneNotices", [phone.Groups["day"].Success ? phone.Groups["day"].Value : today],
                    FieldsToLoad(PhoneNoticeFields, selection?.PhoneNoticeFields));
            return new(path, file, null, [], null);
        }
    }

    /// <summary>
    /// The <paramref name="fields"/> (1-based, ascending) of every line of an upload, read as they load into <c>Submissions</c>;
    /// none for a file verify does not read (files.readable reports why).
    /// </summary>
    public static List<string?[]> UploadLines(string path, IEnumerable<int> fields) =>
        Read(new ArchiveFile(path, "", "submission", [], [.. fields.Select(f => f - 1)])).Lines;

    /// <summary>
    /// What reading a file gave: its lines' loaded fields (by line), whether it starts with a BOM, its bare
    /// line feeds, its misshapen PhoneNotices lines, and why it was not read, if it was not.
    /// </summary>
    private sealed record ReadFile(List<string?[]> Lines, bool Bom, long BareLineFeeds, int Misshapen, string? Error = null);

    /// <summary>
    /// Reads a file once, for its lines as the library's importer reads them (a StreamReader that honours a
    /// byte order mark, lines ending in CR, LF or CRLF) and for the bytes its format check counts.
    /// </summary>
    private static ReadFile Read(ArchiveFile file)
    {
        // An unreadable archive file loads no lines; files.readable reports why, and the checks what it should have held.
        if (RegularFile.WhyNot(file.Path) is { } notRegular) return new ReadFile([], false, 0, 0, notRegular);
        byte[] bytes;
        try
        {
            if (new FileInfo(file.Path).Length > MaxFileBytes)
                return new ReadFile([], false, 0, 0, $"larger than {MaxFileBytes >> 20} MB, far beyond a day's upload, so it was not read");
            bytes = File.ReadAllBytes(file.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReadFile([], false, 0, 0, $"could not be read: {e.Message}");
        }
        var all = bytes.AsSpan();
        var bom = all.StartsWith(Utf8Bom);
        var bareLineFeeds = all.Count((byte)'\n') - all.Count("\r\n"u8);
        List<string?[]> lines = [];
        var misshapen = 0;
        if (file.Bound is { } bound)
        {
            var (text, start, encoding) = Decodable(bytes, file.IsPhoneNotices ? Encoding.UTF8 : ShoutbombArchive.SubmissionEncoding);
            Span<Range> quoted = stackalloc Range[PhoneNoticeFields];
            for (var rest = text.AsSpan(start); !rest.IsEmpty;)
            {
                var end = rest.IndexOfAny((byte)'\r', (byte)'\n');
                var line = end < 0 ? rest : rest[..end];
                rest = end < 0 ? [] : rest[(end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1))..];
                if (!file.IsPhoneNotices)
                {
                    lines.Add(PipeFields(Truncated(Decode(line, encoding)), bound));
                }
                // A line of 25 quoted fields is split on its bytes; any other line as the importer's pattern splits it.
                else if (line.Length <= MaxLineChars && QuotedFields(line, quoted))
                {
                    var values = new string?[bound.Length];
                    for (var i = 0; i < bound.Length; i++)
                        values[i] = encoding.GetString(line[quoted[bound[i]]]).Replace("\"\"", "\"", StringComparison.Ordinal);
                    lines.Add(values);
                }
                else
                {
                    var decoded = Truncated(encoding.GetString(line));
                    var fields = SplitQuoted(decoded);
                    lines.Add(Array.ConvertAll(bound, i => i < fields.Length ? fields[i] : null));
                    if (!PhoneNoticeLine().IsMatch(decoded)) misshapen++;
                }
            }
        }
        return new ReadFile(lines, bom, bareLineFeeds, misshapen);
    }

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The bytes to split into lines, where they start and the encoding to decode them with: a UTF-8 byte
    /// order mark is skipped and makes the file UTF-8; a UTF-16 or UTF-32 one has the file decoded as a
    /// StreamReader would and handed on as UTF-8.
    /// </summary>
    private static (byte[] Text, int Start, Encoding Encoding) Decodable(byte[] bytes, Encoding encoding)
    {
        if (bytes.AsSpan().StartsWith(Utf8Bom)) return (bytes, Utf8Bom.Length, Encoding.UTF8);
        if (bytes is not ([0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0x00, 0x00, 0xFE, 0xFF, ..])) return (bytes, 0, encoding);
        using var reader = new StreamReader(new MemoryStream(bytes), encoding, detectEncodingFromByteOrderMarks: true);
        return (Encoding.UTF8.GetBytes(reader.ReadToEnd()), 0, Encoding.UTF8);
    }

    private static string Fields(int count) => string.Join(", ", Enumerable.Range(1, count).Select(i => $"F{i} TEXT"));

    /// <summary>
    /// Upload lines are ASCII but for an accented title now and then, and ASCII reads the same in every
    /// encoding here: widening it costs a fraction of Windows-1252's decoder.
    /// </summary>
    private static string Decode(ReadOnlySpan<byte> line, Encoding encoding) => Ascii.IsValid(line) ? Encoding.ASCII.GetString(line) : encoding.GetString(line);

    private static string Truncated(string line) => line.Length > MaxLineChars ? line[..MaxLineChars] : line;

    /// <summary>The 0-based fields to load of a line of <paramref name="count"/> fields: <paramref name="kept"/> (1-based), or all.</summary>
    private static int[] FieldsToLoad(int count, IReadOnlySet<int>? kept) => Enumerable.Range(0, count).Where(i => kept?.Contains(i + 1) != false).ToArray();

    /// <summary>The <paramref name="bound"/> fields of a pipe-delimited line, as <c>line.Split('|')</c> numbers them; null past its last field.</summary>
    private static string?[] PipeFields(string line, int[] bound)
    {
        var values = new string?[bound.Length];
        var (field, start, next) = (0, 0, 0);
        while (next < bound.Length)
        {
            var bar = line.IndexOf('|', start);
            var end = bar < 0 ? line.Length : bar;
            if (bound[next] == field) values[next++] = line[start..end];
            if (bar < 0) break;
            (field, start) = (field + 1, bar + 1);
        }
        return values;
    }

    /// <summary>
    /// Finds the fields of a line that is exactly 25 double-quoted fields each followed by a comma (a quote
    /// inside doubled), as <see cref="PhoneNoticeLine"/> matches it; false for any other line.
    /// </summary>
    private static bool QuotedFields(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var (count, at) = (0, 0);
        while (at < line.Length)
        {
            if (count == fields.Length || line[at] != '"') return false;
            var start = ++at;
            while (true)
            {
                var quote = line[at..].IndexOf((byte)'"');
                if (quote < 0) return false;
                at += quote;
                if (at + 1 < line.Length && line[at + 1] == '"') at += 2;
                else if (at + 1 < line.Length && line[at + 1] == ',') break;
                else return false;
            }
            fields[count++] = new Range(start, at);
            at += 2;
        }
        return count == fields.Length;
    }

    /// <summary>PhoneNotices: every field in double quotes followed by a comma.</summary>
    private static string[] SplitQuoted(string line) =>
        QuotedField().Matches(line).Select(m => m.Groups["value"].Value.Replace("\"\"", "\"", StringComparison.Ordinal)).ToArray();

    /// <summary>Inserts a table's lines: each file's name and leading values, then its line number and its loaded fields (the rest stay NULL).</summary>
    private sealed class LineInsert(SqliteConnection connection, string table, int fields, int leading) : IDisposable
    {
        private readonly PositionalStatement _insert = new(connection,
            $"INSERT INTO {table} VALUES ({string.Join(", ", Enumerable.Repeat("?", 2 + leading + fields))})");

        public void Insert(ArchiveFile file, List<string?[]> lines)
        {
            _insert.Bind(1, file.File);
            for (var i = 0; i < file.Leading.Length; i++) _insert.Bind(2 + i, file.Leading[i]);
            var lineNumber = 0;
            foreach (var values in lines)
            {
                _insert.Bind(2 + leading, ++lineNumber);
                for (var i = 0; i < values.Length; i++) _insert.Bind(3 + leading + file.Bound![i], values[i]);
                _insert.Execute();
            }
        }

        public void Dispose() => _insert.Dispose();
    }

    /// <summary>An upload's name, <c>{kind}_submitted_yyyy-MM-dd_HH-mm-ss.txt</c>: its kind, its run's day and time (<c>at</c>).</summary>
    [GeneratedRegex(@"^(?<kind>[a-z_]+)_submitted_(?<at>(?<day>\d{4}-\d{2}-\d{2})_\d{2}-\d{2}-\d{2})\.txt\z")]
    internal static partial Regex SubmissionName();

    [GeneratedRegex(@"^PhoneNotices(?:_(?<day>\d{4}-\d{2}-\d{2})_\d{2}-\d{2}-\d{2}\.txt|\.csv)\z")]
    private static partial Regex PhoneNoticesName();

    [GeneratedRegex("\"(?<value>(?:[^\"]|\"\")*)\",")]
    private static partial Regex QuotedField();

    /// <summary>Exactly 25 quoted fields, each followed by a comma.</summary>
    [GeneratedRegex("^(?:\"(?:[^\"]|\"\")*\",){25}$")]
    private static partial Regex PhoneNoticeLine();
}
