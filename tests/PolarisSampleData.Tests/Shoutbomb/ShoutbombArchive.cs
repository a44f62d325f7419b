using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolarisSampleData.Tests.Shoutbomb;

/// <summary>The shoutbomb folder of a data set, read back the way the library's importer reads it.</summary>
public sealed partial class ShoutbombArchive(string dataSetFolder)
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public string Folder { get; } = Path.Combine(dataSetFolder, "shoutbomb");

    /// <summary>Every submission file: kind, upload time, and its lines split on the pipe.</summary>
    public IEnumerable<(string Kind, DateTime UploadedAt, IReadOnlyList<string[]> Lines)> Submissions() =>
        Directory.GetFiles(Folder, "*_submitted_*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var match = SubmissionName().Match(Path.GetFileName(path));
            var at = DateTime.ParseExact(match.Groups["at"].Value, "yyyy-MM-dd_HH-mm-ss", CultureInfo.InvariantCulture);
            var lines = File.ReadAllText(path, Windows1252).Split("\r\n").SkipLast(1).Select(l => l.Split('|')).ToList();
            return (match.Groups["kind"].Value, at, (IReadOnlyList<string[]>)lines);
        });

    public IReadOnlyList<string[]> Submission(string kind, DateOnly day) =>
        Submissions().Where(s => s.Kind == kind && DateOnly.FromDateTime(s.UploadedAt) == day).SelectMany(s => s.Lines).ToList();

    /// <summary>A day's PhoneNotices export: the live file for today, the archived copy for earlier days.</summary>
    public IReadOnlyList<string[]> PhoneNotices(DateOnly day, DateOnly today) =>
        File.ReadAllText(PhoneNoticesPath(day, today), Encoding.UTF8).Split("\r\n").SkipLast(1).Select(ParsePhoneNotice).ToList();

    private string PhoneNoticesPath(DateOnly day, DateOnly today) => day == today
        ? Path.Combine(Folder, "PhoneNotices.csv")
        : Directory.GetFiles(Folder, $"PhoneNotices_{day:yyyy-MM-dd}_*.txt").Single();

    /// <summary>
    /// When each day's export was written: archived copies carry it in their names; today's live file
    /// was written at the library's 08:04 run, with the seconds the manifest does not give.
    /// </summary>
    public IReadOnlyList<(DateOnly Day, DateTime WrittenAt)> PhoneNoticeRuns(DateOnly today) =>
        Directory.GetFiles(Folder, "PhoneNotices_*.txt").Select(path =>
        {
            var at = DateTime.ParseExact(Path.GetFileNameWithoutExtension(path)["PhoneNotices_".Length..], "yyyy-MM-dd_HH-mm-ss", CultureInfo.InvariantCulture);
            return (DateOnly.FromDateTime(at), at);
        }).Append((today, today.ToDateTime(new TimeOnly(8, 4, 59)))).OrderBy(r => r.Item2).ToList();

    /// <summary>25 quoted fields, each followed by a comma (so the line ends with one).</summary>
    public static string[] ParsePhoneNotice(string line)
    {
        var fields = QuotedField().Matches(line).Select(m => m.Groups["value"].Value.Replace("\"\"", "\"", StringComparison.Ordinal)).ToArray();
        string.Concat(fields.Select(f => $"\"{f.Replace("\"", "\"\"", StringComparison.Ordinal)}\",")).Should().Be(line, "a PhoneNotices line is only quoted fields and commas");
        return fields;
    }

    [GeneratedRegex(@"^(?<kind>[a-z_]+)_submitted_(?<at>\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2})\.txt$")]
    private static partial Regex SubmissionName();

    [GeneratedRegex("\"(?<value>(?:[^\"]|\"\")*)\",")]
    private static partial Regex QuotedField();
}
