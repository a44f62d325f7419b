using System.Globalization;
using System.Text;
using PolarisSampleData.Domain;

namespace PolarisSampleData.Shoutbomb;

/// <summary>One file of the Shoutbomb archive: where it goes and how to write it.</summary>
public sealed record ShoutbombFile(string Name, Func<Stream, long> Write)
{
    public const string Folder = "shoutbomb";
}

/// <summary>
/// The archive a library's server holds after the window's days: every scheduled run's submission
/// file (those that returned rows) and each day's PhoneNotices export, in the formats the integration
/// and Polaris write.
/// </summary>
public static class ShoutbombFiles
{
    /// <summary>sqlcmd without -u writes the Windows ANSI code page.</summary>
    public static readonly Encoding SubmissionEncoding = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    /// <summary>The PhoneNotices export is UTF-8 with a byte order mark.</summary>
    public static readonly Encoding PhoneNoticesEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    private const string NewLine = "\r\n";

    public static IEnumerable<ShoutbombFile> For(World world)
    {
        foreach (var run in world.ShoutbombRuns)
        {
            var lines = SubmissionQueries.Lines(world, run).ToList();
            if (lines.Count == 0) continue;
            yield return new ShoutbombFile(SubmissionFileName(run), stream => WriteSubmission(stream, lines));
        }
        var phoneNotices = PhoneNotices.For(world);
        foreach (var run in world.PhoneNoticesRuns)
        {
            var name = run.Day == world.Today ? "PhoneNotices.csv" : $"PhoneNotices_{Stamp(run.WrittenAt)}.txt";
            yield return new ShoutbombFile(name, stream => WritePhoneNotices(stream, phoneNotices(run)));
        }
    }

    public static string SubmissionFileName(ShoutbombRun run) => $"{KindName(run.Kind)}_submitted_{Stamp(run.StartedAt)}.txt";

    public static string KindName(ShoutbombKind kind) => kind switch
    {
        ShoutbombKind.VoicePatrons => "voice_patrons",
        ShoutbombKind.TextPatrons => "text_patrons",
        ShoutbombKind.Renew => "renew",
        ShoutbombKind.Overdue => "overdue",
        _ => "holds",
    };

    private static string Stamp(DateTime at) => at.ToString("yyyy-MM-dd_HH-mm-ss", CultureInfo.InvariantCulture);

    /// <summary>sqlcmd -h-1 -W -s "|": no header, pipe-separated, NULL printed as the word.</summary>
    private static long WriteSubmission(Stream stream, IEnumerable<string?[]> lines)
    {
        using var writer = new StreamWriter(stream, SubmissionEncoding, leaveOpen: true) { NewLine = NewLine };
        long count = 0;
        foreach (var fields in lines)
        {
            writer.Write(string.Join('|', fields.Select(f => f ?? "NULL")));
            writer.Write(NewLine);
            count++;
        }
        return count;
    }

    /// <summary>Every field quoted, a trailing comma, no header, CRLF.</summary>
    private static long WritePhoneNotices(Stream stream, IEnumerable<string[]> lines)
    {
        using var writer = new StreamWriter(stream, PhoneNoticesEncoding, leaveOpen: true) { NewLine = NewLine };
        long count = 0;
        foreach (var fields in lines)
        {
            foreach (var field in fields)
                writer.Write($"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\",");
            writer.Write(NewLine);
            count++;
        }
        return count;
    }
}
