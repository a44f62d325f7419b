using System.Text;
using CsvHelper;
using PolarisSampleData.Scenarios;
using PolarisSampleData.Verification;
using PolarisSampleData.Verification.Checks;
using WalkRow = PolarisSampleData.Verification.Checks.NoticeLogMatch.Row;

namespace PolarisSampleData.Tests.Verification;

/// <summary>
/// The notice-log walk reads each table's rows in patron and time order from blocks sorted one by one; a
/// million patrons' files span hundreds of blocks, which the 25-patron fixture never fills, so the merge is
/// tested here on blocks of its own.
/// </summary>
public sealed class NoticeLogMergeTests
{
    public static TheoryData<int, int> Shapes => new()
    {
        // rows, seed: blocks in patron order (one run), shuffled (a run a block), and partly ordered.
        { 0, 1 },
        { 1, 2 },
        { 500, 3 },
        { 5000, 4 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Patron_by_patron_the_merge_gives_every_row_in_patron_time_and_line_order(int count, int seed)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(1, count).Select(line => WalkRow.Notice(random.Next(40), random.Next(-2, 6) * 1000L, line, (byte)random.Next(3), -1)).ToList();
        var expected = InWalkOrder(rows).ToList();

        foreach (var blocks in new[] { Blocks(expected, random), Blocks(rows, random), Blocks([.. InWalkOrder(rows.Take(count / 2)), .. rows.Skip(count / 2)], random) })
        {
            var merge = new NoticeLogMatch.Merge(blocks);
            var taken = new List<WalkRow>();
            while (merge.TryPeek(out var next))
            {
                var before = taken.Count;
                merge.Take(next, taken);
                taken.Skip(before).Should().OnlyContain(r => r.Rank == next.Rank && r.Patron == next.Patron);
            }
            taken.Should().Equal(expected);
        }
    }

    /// <summary>
    /// A full block is sorted as the next one starts, while the file is still read, unless it holds a patron that is not a
    /// whole number: those are numbered across both tables first (in the order the file has them), then their blocks sorted.
    /// </summary>
    [Theory]
    [InlineData(2 * 65536 + 700)]
    [InlineData(3 * 65536)]
    public void Blocks_sorted_as_they_fill_and_those_with_text_patrons_after_numbering_give_every_row_in_walk_order(int count)
    {
        var random = new Random(count);
        var layout = Layouts.Get(CheckSql.History);
        var header = layout.Columns.Select(c => c.Name).ToList();
        // Text patrons in the middle block only: the first and last blocks are sorted before numbering, the middle one after.
        var patrons = Enumerable.Range(0, count).Select(i => i > 70_000 && i < 120_000 && i % 997 == 0 ? $"t{random.Next(5)}" : random.Next(1, 400).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var times = Enumerable.Range(0, count).Select(_ => $"2025-11-{random.Next(1, 29):00} {random.Next(24):00}:{random.Next(60):00}:00.{random.Next(1000):000}").ToList();
        var csv = new StringBuilder(string.Join(layout.Separator, header)).Append('\n');
        foreach (var (patron, time) in patrons.Zip(times))
            csv.AppendJoin(layout.Separator, header.Select(c => c switch { "PatronId" => patron, "NoticeDate" => time, "NotificationTypeId" => "2", _ => "" })).Append('\n');

        var collected = (NoticeLogMatch.Collected)new NoticeLogMatch().For(
            new FileReading(layout, "history.csv", header, null, ScenarioSettings.Default, (_, _, _, _, _, _) => { }))!;
        using (var reader = CsvReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), CsvReaderOptions.Default with { Separator = layout.Separator, TrackLineNumbers = true }))
            while (reader.Read()) collected.Judge(reader);
        collected.Number(new Dictionary<string, long>(StringComparer.Ordinal));
        var merge = collected.Sorted();
        var taken = new List<WalkRow>();
        while (merge.TryPeek(out var next)) merge.Take(next, taken);

        // Text patrons are numbered in the order the file first has them, and rank after every whole number.
        var ids = patrons.Where(p => p[0] == 't').Distinct().Select((p, i) => (p, i)).ToDictionary(x => x.p, x => (long)x.i);
        var expected = patrons.Select((p, i) => (Rank: p[0] == 't' ? 2 : 1, Patron: p[0] == 't' ? ids[p] : long.Parse(p, System.Globalization.CultureInfo.InvariantCulture),
                Sent: ValueTypes.Milliseconds(Encoding.ASCII.GetBytes(times[i]))!.Value, Line: i + 2))
            .OrderBy(r => r.Rank).ThenBy(r => r.Patron).ThenBy(r => r.Sent).ThenBy(r => r.Line).ToList();
        ids.Should().NotBeEmpty();
        taken.Select(r => ((int)r.Rank, r.Patron, r.Sent, r.Line)).Should().Equal(expected.Select(e => (e.Rank, e.Patron, e.Sent, e.Line)));
    }

    /// <summary>The rows cut into blocks of random sizes (some empty), each sorted as the walk sorts a block.</summary>
    private static List<ArraySegment<WalkRow>> Blocks(List<WalkRow> rows, Random random)
    {
        var blocks = new List<ArraySegment<WalkRow>>();
        for (var at = 0; at < rows.Count || blocks.Count == 0;)
        {
            var size = Math.Min(random.Next(0, 300), rows.Count - at);
            var block = InWalkOrder(rows.Skip(at).Take(size)).ToArray();
            blocks.Add(new ArraySegment<WalkRow>(block));
            at += size;
        }
        return blocks;
    }

    private static IEnumerable<WalkRow> InWalkOrder(IEnumerable<WalkRow> rows) =>
        rows.OrderBy(r => r.Rank).ThenBy(r => r.Patron).ThenBy(r => r.Sent).ThenBy(r => r.Line);
}
