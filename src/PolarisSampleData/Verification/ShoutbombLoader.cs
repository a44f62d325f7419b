using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using PolarisSampleData.Shoutbomb;

namespace PolarisSampleData.Verification;

/// <summary>
/// What of the archive to load: the submission kinds, each distinct line once a day (a day's holds
/// uploads repeat the morning's lines), and the fields of submissions and PhoneNotices lines (1-based).
/// </summary>
public sealed record ArchiveSelection(IReadOnlySet<string> Kinds, IReadOnlySet<int> SubmissionFields, IReadOnlySet<int> PhoneNoticeFields);

/// <summary>
/// Loads the Shoutbomb archive beside the tables (<c>shoutbomb/</c>) the way the library's importer
/// reads it: submission files as Windows-1252 pipe-delimited lines, PhoneNotices as UTF-8 quoted
/// fields, each line with its file, kind and day. Lines a reader cannot split are still loaded, with
/// what fields there are, so checks see them.
/// </summary>
public static partial class ShoutbombLoader
{
    /// <summary>Longer than any line the integration writes; a runaway line (a binary file) is cut here.</summary>
    private const int MaxLineChars = 1 << 16;

    /// <summary>Far beyond a library's daily upload; a larger file is not an upload and is not read.</summary>
    private const long MaxFileBytes = 256L << 20;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The database the archive is loaded into, attached beside the tables under this name.</summary>
    public const string Database = "Shoutbomb";

    /// <summary>
    /// Loads the archive into a database file of its own, on its own connection, so it can load while the
    /// tables do (it is a third of a large set's lines).
    /// </summary>
    /// <param name="today">The set's today (yyyy-MM-dd): the day of the live PhoneNotices.csv.</param>
    /// <param name="selection">What to load, or null for every field of every line: verify passes <see cref="Checks.ArchiveRead"/>.</param>
    public static void Load(string databaseFile, string dataSetFolder, string? today, ArchiveSelection? selection = null)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        Execute(connection, $"""
            PRAGMA page_size = {DataSetLoader.PageBytes}; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
            CREATE TABLE Submissions (File TEXT, Kind TEXT, Day TEXT, Line INTEGER, {Fields(13)});
            CREATE TABLE PhoneNotices (File TEXT, Day TEXT, Line INTEGER, {Fields(25)});
            CREATE TABLE ShoutbombFiles (File TEXT, Kind TEXT, Bom INTEGER, BareLineFeeds INTEGER, MisshapenLines INTEGER);
            """);
        var folder = Path.Combine(dataSetFolder, ShoutbombArchive.Folder);
        if (Directory.Exists(folder)) LoadFiles(connection, folder, today ?? "", selection);
        // Indexed once the lines are in: keeping two four-column indexes up to date line by line took longer.
        Execute(connection, """
            CREATE INDEX Submissions_Holds ON Submissions (Kind, Day, F7, F3);
            CREATE INDEX Submissions_Items ON Submissions (Kind, Day, F13, F5);
            """);
    }

    private static void LoadFiles(SqliteConnection connection, string folder, string today, ArchiveSelection? selection)
    {
        using var transaction = connection.BeginTransaction();
        // Files in name order come kind by kind and day by day, so one day's lines of a kind are seen together.
        var (day, seen) = ("", new HashSet<string>(StringComparer.Ordinal));
        foreach (var path in Directory.EnumerateFiles(folder).Where(p => new FileInfo(p).Length <= MaxFileBytes).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var file = $"{ShoutbombArchive.Folder}/{name}";
            if (SubmissionName().Match(name) is { Success: true } submission)
            {
                var (kind, submitted) = (submission.Groups["kind"].Value, submission.Groups["day"].Value);
                if (selection is null || selection.Kinds.Contains(kind))
                {
                    if ($"{kind} {submitted}" != day) (day, seen) = ($"{kind} {submitted}", new HashSet<string>(StringComparer.Ordinal));
                    Insert(connection, "Submissions", 13, selection?.SubmissionFields, file, [kind, submitted],
                        ReadLines(path, Windows1252).Where(line => selection is null || seen.Add(line)).Select(line => line.Split('|')));
                }
                Describe(connection, file, "submission", path, misshapen: 0);
            }
            else if (PhoneNoticesName().Match(name) is { Success: true } phone)
            {
                var lines = ReadLines(path, Encoding.UTF8).ToList();
                Insert(connection, "PhoneNotices", 25, selection?.PhoneNoticeFields, file, [phone.Groups["day"].Success ? phone.Groups["day"].Value : today],
                    lines.Select(SplitQuoted));
                Describe(connection, file, "PhoneNotices", path, lines.Count(line => !PhoneNoticeLine().IsMatch(line)));
            }
            else
            {
                Describe(connection, file, null, path, misshapen: 0);
            }
        }
        transaction.Commit();
    }

    /// <summary>Records what an importer's reader cares about: the byte order mark and the line ends.</summary>
    private static void Describe(SqliteConnection connection, string file, string? kind, string path, int misshapen)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bytes = [];
        }
        var bom = bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]);
        var bareLineFeeds = bytes.AsSpan().Count((byte)'\n') - bytes.AsSpan().Count("\r\n"u8);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO ShoutbombFiles VALUES ($file, $kind, $bom, $bare, $misshapen)";
        command.Parameters.AddWithValue("$file", file);
        command.Parameters.AddWithValue("$kind", (object?)kind ?? DBNull.Value);
        command.Parameters.AddWithValue("$bom", bom ? 1 : 0);
        command.Parameters.AddWithValue("$bare", bareLineFeeds);
        command.Parameters.AddWithValue("$misshapen", misshapen);
        command.ExecuteNonQuery();
    }

    private static string Fields(int count) => string.Join(", ", Enumerable.Range(1, count).Select(i => $"F{i} TEXT"));

    private static IEnumerable<string> ReadLines(string path, Encoding encoding)
    {
        List<string> lines = [];
        try
        {
            using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
            while (reader.ReadLine() is { } line)
                lines.Add(line.Length > MaxLineChars ? line[..MaxLineChars] : line);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable archive file loads no lines; the checks then report what it should have held.
        }
        return lines;
    }

    /// <summary>PhoneNotices: every field in double quotes followed by a comma.</summary>
    private static string[] SplitQuoted(string line) =>
        QuotedField().Matches(line).Select(m => m.Groups["value"].Value.Replace("\"\"", "\"", StringComparison.Ordinal)).ToArray();

    /// <param name="kept">The fields to bind (1-based), or null for all; the rest stay NULL.</param>
    private static void Insert(SqliteConnection connection, string table, int fields, IReadOnlySet<int>? kept, string file, string[] leading, IEnumerable<string[]> lines)
    {
        var bound = Enumerable.Range(0, fields).Where(i => kept?.Contains(i + 1) != false).ToArray();
        using var insert = new PositionalStatement(connection,
            $"INSERT INTO {table} VALUES ({string.Join(", ", Enumerable.Repeat("?", 2 + leading.Length + fields))})");
        insert.Bind(1, file);
        for (var i = 0; i < leading.Length; i++) insert.Bind(2 + i, leading[i]);
        var lineNumber = 0;
        foreach (var values in lines)
        {
            insert.Bind(2 + leading.Length, ++lineNumber);
            foreach (var i in bound)
                insert.Bind(3 + leading.Length + i, i < values.Length ? values[i] : null);
            insert.Execute();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [GeneratedRegex(@"^(?<kind>[a-z_]+)_submitted_(?<day>\d{4}-\d{2}-\d{2})_\d{2}-\d{2}-\d{2}\.txt$")]
    private static partial Regex SubmissionName();

    [GeneratedRegex(@"^PhoneNotices(?:_(?<day>\d{4}-\d{2}-\d{2})_\d{2}-\d{2}-\d{2}\.txt|\.csv)$")]
    private static partial Regex PhoneNoticesName();

    [GeneratedRegex("\"(?<value>(?:[^\"]|\"\")*)\",")]
    private static partial Regex QuotedField();

    /// <summary>Exactly 25 quoted fields, each followed by a comma.</summary>
    [GeneratedRegex("^(?:\"(?:[^\"]|\"\")*\",){25}$")]
    private static partial Regex PhoneNoticeLine();
}
