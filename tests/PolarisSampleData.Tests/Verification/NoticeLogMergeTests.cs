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
