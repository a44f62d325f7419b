using System.Text;
using PolarisSampleData.Tests.Support;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Tests.Verification;

/// <summary>
/// shoutbomb.uploaded reads the holds and overdue uploads itself, line by line, as the archive's loader reads them: a
/// notice is carried when a line of its day's upload of its kind names its patron's barcode and its request or item.
/// </summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class UploadedJudgeTests(GeneratedSet set)
{
    [Fact]
    public void Uploads_with_a_byte_order_mark_or_an_accented_title_are_read_as_the_loader_reads_them()
    {
        using var scratch = new ScratchSet(set.Folder);
        // Every other upload is read through the loader (a UTF-8 byte order mark), the rest on their bytes (Windows-1252).
        foreach (var (path, i) in Uploads(scratch, "holds").Select((p, i) => (p, i)))
        {
            EditLines(path, lines => [.. lines.Select(l => "Caf\u00E9 " + l)]);
            if (i % 2 == 0) File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(path)]);
        }

        Uploaded(scratch).Status.Should().Be(CheckStatus.Pass, Uploaded(scratch).First?.Text);
    }

    [Fact]
    public void Hold_notices_whose_lines_name_another_request_fail_naming_their_logs()
    {
        using var scratch = new ScratchSet(set.Folder);
        foreach (var path in Uploads(scratch, "holds"))
            EditLines(path, lines => [.. lines.Select(l => l.Split('|') is var fields && fields.Length > 6 ? string.Join('|', fields[..2].Append("9" + fields[2]).Concat(fields[3..])) : l)]);

        var result = Uploaded(scratch);

        result.Status.Should().Be(CheckStatus.Fail);
        result.First!.File.Should().Be("PolarisTransactions.Polaris.NotificationLogs.csv");
        result.First.Text.Should().StartWith("no holds upload of ").And.Contain("up to the log's").And.Contain("has a line for patron ");
    }

    [Fact]
    public void A_notice_whose_only_line_came_in_a_later_upload_fails()
    {
        using var scratch = new ScratchSet(set.Folder);
        // The day's first holds run carries the notices of its hold batch; uploaded at the end of the day, it came too late.
        var first = Uploads(scratch, "holds")[^1];
        var day = Path.GetFileName(first)["holds_submitted_".Length..][..10];
        var runs = Uploads(scratch, "holds").Where(p => Path.GetFileName(p).Contains(day, StringComparison.Ordinal)).ToArray();
        foreach (var run in runs.Skip(1)) File.WriteAllText(run, "");
        File.Move(runs[0], Path.Combine(Path.GetDirectoryName(runs[0])!, $"holds_submitted_{day}_23-59-59.txt"));

        var result = Uploaded(scratch);

        result.Status.Should().Be(CheckStatus.Fail);
        result.First!.Text.Should().StartWith($"no holds upload of {day} up to the log's");
    }

    private static CheckResult Uploaded(ScratchSet scratch) =>
        Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today).Results.Single(r => r.Check.Name == "shoutbomb.uploaded");

    private static string[] Uploads(ScratchSet scratch, string kind) =>
        Directory.GetFiles(Path.Combine(scratch.Folder, "shoutbomb"), $"{kind}_submitted_*.txt").Order(StringComparer.Ordinal).ToArray();

    private static void EditLines(string path, Func<List<string>, List<string>> edit)
    {
        var lines = File.ReadAllText(path, Encoding.Latin1).Split("\r\n")[..^1].ToList();
        File.WriteAllText(path, string.Concat(edit(lines).Select(l => l + "\r\n")), Encoding.Latin1);
    }
}
