using System.Text;
using PolarisSampleData.Tests.Support;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Tests.Verification;

/// <summary>
/// shoutbomb.uploads judges every upload of every kind and run against the tables: each hostile edit of
/// one upload below (garbage, emptied, a changed, added, dropped or moved line, in a run the day's later
/// runs repeat, a renew or overdue line about a loan still out or returned since) fails it, naming the file
/// and the line where it goes wrong.
/// </summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class UploadJudgeTests(GeneratedSet set)
{
    /// <summary>An edit of one upload's lines (CRLF split), and what the problem must say.</summary>
    public sealed record Case(string Name, string Kind, Index Run, Func<List<string>, List<string>> Edit, string Says)
    {
        public override string ToString() => Name;
    }

    private static readonly Case[] Cases =
    [
        new("voice_patrons replaced by garbage", "voice_patrons", 2, _ => ["garbage"], "line 1 is 'garbage' where the tables select"),
        new("voice_patrons emptied", "voice_patrons", 0, _ => [], "the file ends after 0 lines, but the tables select"),
        new("text_patrons emptied", "text_patrons", 5, _ => [], "the file ends after 0 lines, but the tables select"),
        new("text_patrons with a changed phone", "text_patrons", 9, l => [l[0].Replace("555", "556", StringComparison.Ordinal), .. l.Skip(1)],
            "line 1 is '2705560"),
        new("text_patrons with a line added", "text_patrons", 20, l => [.. l, "2705550199|23307010000099"], "is past the"),
        new("text_patrons with its last line dropped", "text_patrons", 3, l => l[..^1], "the file ends after"),
        new("voice_patrons in another order", "voice_patrons", 7, l => [.. Enumerable.Reverse(l)], "lines differ"),
        new("an earlier holds run with another pickup branch", "holds", 1, l => [Field(l[0], 4, "4"), .. l.Skip(1)], "|4|"),
        new("an earlier holds run emptied", "holds", 2, _ => [], "the file ends after 0 lines"),
        new("the last holds run with a line dropped", "holds", ^1, l => l.Skip(1).ToList(), "lines differ"),
        new("a holds run with another title", "holds", 3, l => [Field(l[0], 0, "Another Title"), .. l.Skip(1)], "'Another Title|"),
        // The renew run of 2025-11-19 selects seven loans, five of them still out today (ItemCheckouts), 300002 and 300008 among them.
        new("a renew run replaced by garbage", "renew", 1, _ => ["garbage"], "line 1 'garbage' is not 13 fields separated by |"),
        new("a renew run emptied", "renew", 12, _ => [], "the file lacks 5 lines the run selects, the first patron 100002's loan of item 300002"),
        new("a renew run with its first line dropped", "renew", 12, l => l.Skip(1).ToList(), "the file lacks 1 line the run selects, the first patron 100002's loan of item 300002"),
        new("a renew run with a renewal count changed", "renew", 12, l => [l[0], Field(l[1], 9, "1"), .. l.Skip(2)],
            "says due 2025-11-22 after 1 renewal, but ItemCheckouts' loan was due 2025-11-22 after 2 renewals at the run"),
        new("a renew run with two lines swapped", "renew", 12, l => [l[1], l[0], .. l.Skip(2)], "the runs order their lines by patron, then item"),
        new("a renew run with a returned loan's due date moved", "renew", 0, l => [Field(l[0], 3, "2025-11-08"), .. l.Skip(1)],
            "says due 2025-11-08, but the run selects loans due 2025-11-07"),
        new("a renew run with another item barcode", "renew", 0, l => [Field(l[0], 1, "33307010009999"), .. l.Skip(1)], "which is not item 300016's in CircItemRecords"),
        new("a renew run with another bibliographic record", "renew", 0, l => [Field(l[0], 10, "200009"), .. l.Skip(1)], "but item 300016's is 200008"),
        new("an overdue run with another title", "overdue", 1, l => [Field(l[0], 2, "Harbor rizing"), .. l.Skip(1)], "which is not record 200002's BrowseTitle"),
        new("an overdue run with another patron's barcode", "overdue", 1, l => [Field(l[0], 12, "23307010000034"), .. l.Skip(1)], "which is not patron 100002's in Patrons"),
        new("a renew run naming a patron as 0100002", "renew", 0, l => ["0" + l[0], .. l.Skip(1)], "does not name a patron ID in field 1"),
        new("an overdue run with a returned loan renewed past its limit", "overdue", 1, l => [Field(l[0], 9, "1"), .. l.Skip(1)], "has 1 renewal, outside item 300004's limit of 0 to 0"),
        new("an overdue run with its line twice", "overdue", 1, l => [l[0], .. l], "or one line more than were"),
        new("an overdue run with a loan no notice was queued about", "overdue", 0, l => [.. l, "100018|33307010000057|\"Rally round the flag\": songs of the Civil War|2025-11-25|300005|||||1|200004|2|23307010000182"],
            "one line more than the voice/text notices queued about the loan"),
    ];

    public static TheoryData<Case> All => new(Cases);

    [Theory]
    [MemberData(nameof(All))]
    public void An_edited_upload_fails_the_check(Case edit)
    {
        using var scratch = new ScratchSet(set.Folder);
        var path = Directory.GetFiles(Path.Combine(scratch.Folder, "shoutbomb"), $"{edit.Kind}_submitted_*.txt").Order(StringComparer.Ordinal).ToArray()[edit.Run];
        var lines = File.ReadAllText(path, Encoding.Latin1).Split("\r\n")[..^1].ToList();
        File.WriteAllText(path, string.Concat(edit.Edit(lines).Select(l => l + "\r\n")), Encoding.Latin1);

        var result = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today).Results.Single(r => r.Check.Name == "shoutbomb.uploads");

        result.Status.Should().Be(CheckStatus.Fail);
        result.Count.Should().Be(1, "one file was edited");
        result.First!.File.Should().Be($"shoutbomb/{Path.GetFileName(path)}");
        result.First.Text.Should().Contain(edit.Says);
    }

    [Fact]
    public void The_generated_set_passes_and_every_kind_it_judges_is_there()
    {
        var result = Verifier.Verify(set.Folder, GeneratedSet.Options.Today).Results.Single(r => r.Check.Name == "shoutbomb.uploads");

        result.Status.Should().Be(CheckStatus.Pass, result.First?.Text);
        foreach (var kind in new[] { "voice_patrons", "text_patrons", "holds", "renew", "overdue" })
            Directory.GetFiles(Path.Combine(set.Folder, "shoutbomb"), $"{kind}_submitted_*.txt").Should().NotBeEmpty();
    }

    [Fact]
    public void Hostile_loans_and_run_times_are_reported_not_thrown()
    {
        using var scratch = new ScratchSet(set.Folder);
        scratch.Update("Polaris.ItemCheckouts", r => r["PatronID"] == "100002", r => r["Renewals"] = "32767");
        var archive = Path.Combine(scratch.Folder, "shoutbomb");
        File.Copy(Directory.GetFiles(archive, "renew_submitted_*.txt")[0], Path.Combine(archive, "renew_submitted_9999-12-31_23-59-59.txt"));
        File.Copy(Directory.GetFiles(archive, "overdue_submitted_*.txt")[0], Path.Combine(archive, "overdue_submitted_0001-01-01_00-00-00.txt"));

        var result = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today).Results.Single(r => r.Check.Name == "shoutbomb.uploads");

        result.Status.Should().Be(CheckStatus.Fail);
        result.First!.Text.Should().NotContain("failed").And.NotContain("Exception");
        result.First.File.Should().Be("shoutbomb/renew_submitted_9999-12-31_23-59-59.txt");
        result.First.Text.Should().Be("its name's time is outside 1753-01-01 to 9998-12-31, where every run of a set falls");
    }

    private static string Field(string line, int index, string value)
    {
        var fields = line.Split('|');
        fields[index] = value;
        return string.Join('|', fields);
    }
}
