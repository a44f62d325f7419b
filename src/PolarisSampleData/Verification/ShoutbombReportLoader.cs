using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using PolarisSampleData.Shoutbomb;
using PolarisSampleData.Sqlite;

using static PolarisSampleData.Sqlite.SqliteCommands;

namespace PolarisSampleData.Verification;

/// <summary>
/// Loads Shoutbomb's voice failure reports (<c>shoutbomb/reports/*.eml</c>) as the library's software
/// reads them: the Date header as the library's time, the body's lines with wrapped pieces joined (a
/// line starts with a 10-digit phone), each split at its pipes. A line that does not split into five
/// fields is still loaded with what it has, so the check sees it.
/// </summary>
internal static class ShoutbombReportLoader
{
    /// <summary>Far beyond a day's report; a larger file is not one and is not read.</summary>
    private const long MaxFileBytes = 16L << 20;

    public const string CreateTables = """
        CREATE TABLE VoiceReports (File TEXT, ReceivedAt TEXT);
        CREATE TABLE VoiceReportLines (File TEXT, Line INTEGER, ReceivedAt TEXT, Phone TEXT, Barcode TEXT, Library TEXT, Name TEXT, Message TEXT);
        """;

    public static void Load(SqliteConnection connection, string archiveFolder)
    {
        var folder = Path.Combine(archiveFolder, "reports");
        if (!Directory.Exists(folder)) return;
        using var transaction = connection.BeginTransaction();
        using var insert = new PositionalStatement(connection, "INSERT INTO VoiceReportLines VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        using var describe = new PositionalStatement(connection, "INSERT INTO ShoutbombFiles VALUES (?, 'report', 0, ?, 0, ?)");
        using var report = new PositionalStatement(connection, "INSERT INTO VoiceReports VALUES (?, ?)");
        foreach (var path in Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            var file = $"{ShoutbombReports.Folder}/{Path.GetFileName(path)}";
            var (text, error) = Read(path);
            describe.Bind(1, file);
            describe.Bind(2, text is null ? 0 : BareLineFeeds(text));
            describe.Bind(3, error);
            describe.Execute();
            if (text is null) continue;
            var (receivedAt, lines) = Parse(text);
            report.Bind(1, file);
            report.Bind(2, receivedAt);
            report.Execute();
            foreach (var (line, fields) in lines)
            {
                insert.Bind(1, file);
                insert.Bind(2, line);
                insert.Bind(3, receivedAt);
                for (var i = 0; i < 5; i++) insert.Bind(4 + i, i < fields.Length ? fields[i] : null);
                insert.Execute();
            }
        }
        transaction.Commit();
    }

    private static (string? Text, string? Error) Read(string path)
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

    /// <summary>The message's arrival (yyyy-MM-dd HH:mm:ss, library time; null without a readable Date) and its lines, each with the file line it starts on.</summary>
    public static (string? ReceivedAt, List<(int Line, string[] Fields)> Lines) Parse(string text)
    {
        var all = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var blank = all.IndexOf("");
        var headers = blank < 0 ? all : all[..blank];
        var date = headers.FirstOrDefault(h => h.StartsWith("Date: ", StringComparison.OrdinalIgnoreCase))?[6..];
        string? receivedAt = DateTimeOffset.TryParseExact(date, "ddd, d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at.DateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : null;
        var lines = new List<(int Line, string Text)>();
        for (var i = blank + 1; blank >= 0 && i < all.Count; i++)
        {
            var piece = all[i];
            if (piece.Length == 0) continue;
            if (lines.Count == 0 || StartsWithPhone(piece)) lines.Add((i + 1, piece));
            else lines[^1] = (lines[^1].Line, lines[^1].Text + " " + piece);
        }
        return (receivedAt, lines.Select(l => (l.Line, l.Text.Split('|').Select(f => f.Trim()).ToArray())).ToList());
    }

    private static bool StartsWithPhone(string piece) => piece.Length > 10 && piece.AsSpan(0, 10).ContainsAnyExceptInRange('0', '9') is false && piece[10] == ' ';
}
