using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using PolarisSampleData.Output;
using PolarisSampleData.Shoutbomb;
using PolarisSampleData.Sqlite;

namespace PolarisSampleData.Verification;

/// <summary>
/// Loads Shoutbomb's report emails (<c>shoutbomb/reports/*.eml</c>) as the library's software reads them:
/// the kind by the subject, the Date header as the library's time, the body's lines with wrapped pieces
/// joined (a voice failure line starts with a 10-digit phone, a call error line with <c>BANDWIDTH ::</c>). A voice failure line is split
/// at its pipes; a call error line and an invalid text number's line by their fixed forms, their fields left empty when they do
/// not have that form; an invalid number's section by the heading above it.
/// </summary>
internal static partial class ShoutbombReportLoader
{
    /// <summary>Far beyond a day's report; a larger file is not one and is not read.</summary>
    private const long MaxFileBytes = 16L << 20;

    public const string CreateTables = """
        CREATE TABLE Reports (File TEXT, Kind TEXT, ReceivedAt TEXT);
        CREATE TABLE VoiceReportLines (File TEXT, Line INTEGER, ReceivedAt TEXT, Phone TEXT, Barcode TEXT, Library TEXT, Name TEXT, Message TEXT);
        CREATE TABLE CallErrorLines (File TEXT, Line INTEGER, ReceivedAt TEXT, Phone TEXT, Day TEXT, Time TEXT);
        CREATE TABLE TextReportLines (File TEXT, Line INTEGER, ReceivedAt TEXT, Section TEXT, Phone TEXT, Barcode TEXT, PatronID TEXT, Branch TEXT);
        """;

    public static void Load(SqliteConnection connection, string archiveFolder)
    {
        var folder = Path.Combine(archiveFolder, "reports");
        if (!Directory.Exists(folder)) return;
        using var transaction = connection.BeginTransaction();
        using var voiceLine = new PositionalStatement(connection, "INSERT INTO VoiceReportLines VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        using var errorLine = new PositionalStatement(connection, "INSERT INTO CallErrorLines VALUES (?, ?, ?, ?, ?, ?)");
        using var textLine = new PositionalStatement(connection, "INSERT INTO TextReportLines VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        using var describe = new PositionalStatement(connection, "INSERT INTO ShoutbombFiles VALUES (?, 'report', 0, ?, 0, ?)");
        using var report = new PositionalStatement(connection, "INSERT INTO Reports VALUES (?, ?, ?)");
        foreach (var path in Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            var file = $"{ShoutbombReports.Folder}/{Path.GetFileName(path)}";
            var (text, error) = Read(path);
            var (kind, _, receivedAt, lines) = text is null ? (null, null, null, []) : Parse(text);
            describe.Bind(1, file);
            describe.Bind(2, text is null ? 0 : BareLineFeeds(text));
            describe.Bind(3, error ?? (text is not null && kind is null
                ? $"not a report Shoutbomb sends: its Subject is not '{ShoutbombMail.VoiceSubject}…', '{ShoutbombMail.CallErrorsSubject}…', "
                  + $"'{ShoutbombMail.InvalidNumbersSubject}…' or '{ShoutbombMail.MonthlySubject}…'" : null));
            describe.Execute();
            if (kind is null) continue;
            report.Bind(1, file);
            report.Bind(2, kind);
            report.Bind(3, receivedAt);
            report.Execute();
            // The monthly statistics are judged as a whole, against what the set's files count.
            if (kind == Monthly) continue;
            string? section = null;
            foreach (var (line, content) in lines)
            {
                if (kind == Texts)
                {
                    if (content == ShoutbombMail.OptedOutHeading[0]) section = OptedOut;
                    else if (content == ShoutbombMail.InvalidHeading[0]) section = Invalid;
                    if (content == ShoutbombMail.Greeting || ShoutbombMail.OptedOutHeading.Contains(content) || ShoutbombMail.InvalidHeading.Contains(content)) continue;
                    var match = InvalidNumberLine().Match(content);
                    Bind(textLine, file, line, receivedAt, match.Success
                        ? [section, match.Groups["phone"].Value, match.Groups["barcode"].Value, match.Groups["patron"].Value, match.Groups["branch"].Value]
                        : [section, null, null, null, null]);
                    textLine.Execute();
                }
                else if (kind == Voice)
                {
                    var fields = content.Split('|').Select(f => f.Trim()).ToArray();
                    Bind(voiceLine, file, line, receivedAt, [.. Enumerable.Range(0, 5).Select(i => i < fields.Length ? fields[i] : null)]);
                    voiceLine.Execute();
                }
                else
                {
                    var match = CallErrorLine().Match(content);
                    Bind(errorLine, file, line, receivedAt, match.Success ? [match.Groups["phone"].Value, match.Groups["day"].Value, match.Groups["time"].Value] : [null, null, null]);
                    errorLine.Execute();
                }
            }
        }
        transaction.Commit();
    }

    private const string Voice = "voice", Errors = "call errors";

    /// <summary>The monthly statistics' kind, as Reports.Kind names it.</summary>
    public const string Monthly = "monthly";

    /// <summary>The invalid numbers report's kind, as Reports.Kind names it.</summary>
    public const string Texts = "invalid numbers";

    /// <summary>The sections of the invalid numbers report, as TextReportLines.Section names them.</summary>
    public const string OptedOut = "opted out", Invalid = "invalid";

    private static void Bind(PositionalStatement statement, string file, int line, string? receivedAt, string?[] fields)
    {
        statement.Bind(1, file);
        statement.Bind(2, line);
        statement.Bind(3, receivedAt);
        for (var i = 0; i < fields.Length; i++) statement.Bind(4 + i, fields[i]);
    }

    public static (string? Text, string? Error) Read(string path)
    {
        if (RegularFile.WhyNot(path) is { } notRegular) return (null, notRegular);
        try
        {
            if (new FileInfo(path).Length > MaxFileBytes) return (null, $"larger than {MaxFileBytes >> 20} MB, far beyond a day's report, so it was not read");
            return (File.ReadAllText(path, Encoding.UTF8), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"could not be read: {e.Message}");
        }
    }

    private static int BareLineFeeds(string text) => text.Count(c => c == '\n') - text.Split("\r\n").Length + 1;

    /// <summary>
    /// The report's kind (null when the subject is not one of Shoutbomb's), its subject, its arrival (yyyy-MM-dd HH:mm:ss,
    /// library time; null without a readable Date) and its lines, each with the file line it starts on.
    /// </summary>
    public static (string? Kind, string Subject, string? ReceivedAt, List<(int Line, string Text)> Lines) Parse(string text)
    {
        var all = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var blank = all.IndexOf("");
        var headers = blank < 0 ? all : all[..blank];
        string? Header(string name) => headers.FirstOrDefault(h => h.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase))?[(name.Length + 2)..];
        var subject = Header("Subject") ?? "";
        var kind = subject.StartsWith(ShoutbombMail.VoiceSubject, StringComparison.Ordinal) ? Voice
            : subject.StartsWith(ShoutbombMail.CallErrorsSubject, StringComparison.Ordinal) ? Errors
            : subject.StartsWith(ShoutbombMail.InvalidNumbersSubject, StringComparison.Ordinal) ? Texts
            : subject.StartsWith(ShoutbombMail.MonthlySubject, StringComparison.Ordinal) ? Monthly : null;
        string? receivedAt = DateTimeOffset.TryParseExact(Header("Date"), "ddd, d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at.DateTime.ToString(CsvFormat.SecondsFormat, CultureInfo.InvariantCulture) : null;
        var lines = new List<(int Line, string Text)>();
        for (var i = blank + 1; blank >= 0 && i < all.Count; i++)
        {
            var piece = all[i];
            if (piece.Length == 0) continue;
            if (lines.Count == 0 || StartsLine(piece, kind)) lines.Add((i + 1, piece));
            else lines[^1] = (lines[^1].Line, lines[^1].Text + " " + piece);
        }
        return (kind, subject, receivedAt, lines);
    }

    /// <summary>
    /// A call error line starts with the carrier's name (its pieces can start with the library's number); a voice failure line with
    /// the phone; the invalid numbers report and the monthly statistics are not wrapped (the headings are broken where Shoutbomb breaks them).
    /// </summary>
    private static bool StartsLine(string piece, string? kind) => kind switch
    {
        Errors => piece.StartsWith("BANDWIDTH ::", StringComparison.Ordinal),
        Texts or Monthly => true,
        _ => piece.Length > 10 && !piece.AsSpan(0, 10).ContainsAnyExceptInRange('0', '9') && piece[10] == ' ',
    };

    [GeneratedRegex(@"^BANDWIDTH :: c-[0-9a-f]{8}-[0-9a-f-]{36} :: Patron number (?<phone>\d{10}) :: Home Library \d+ :: error :: \w+ ::: .*? ::: [0-9a-f-]{36} :: Library number \d+ :: (?<day>\d{4}-\d{2}-\d{2}) :: (?<time>\d{2}:\d{2}:\d{2}) ::$")]
    private static partial Regex CallErrorLine();

    [GeneratedRegex(@"^(?<phone>\d{10}) :: (?<barcode>\d+) :: (?<patron>\d+) :: (?<branch>\d+) :: SMS$")]
    private static partial Regex InvalidNumberLine();
}
