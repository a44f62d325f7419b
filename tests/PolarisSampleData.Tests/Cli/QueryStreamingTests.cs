using PolarisSampleData.Cli;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Cli;

/// <summary>
/// Its own data set and no other test running beside it: the memory test reads the whole process's
/// managed heap, which another test's allocations would move.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QueryStreamingCollection : ICollectionFixture<GeneratedSet>
{
    public const string Name = "query streaming, run alone";
}

/// <summary>query writes rows as SQLite reads them, so a result of any size runs in bounded memory.</summary>
[Collection(QueryStreamingCollection.Name)]
public sealed class QueryStreamingTests(GeneratedSet set)
{
    private const int Rows = 1_000_000;

    /// <summary>
    /// A million rows, about 90 MB of managed objects when they are held (object arrays, boxed longs,
    /// strings; the table format adds its cell text on top), measured by full collections while the output
    /// is being written; streamed, the live heap grows by the writers' buffers and the first batch of rows
    /// the table format takes its widths from.
    /// </summary>
    [Theory]
    [InlineData("table")]
    [InlineData("csv")]
    [InlineData("json")]
    public void A_million_row_result_is_written_in_bounded_memory(string format)
    {
        var sql = $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Rows}) SELECT i, 'x' AS x FROM n";
        var (output, error) = (new MeasuringWriter(every: Rows / 10), new StringWriter());
        // Warm up once (JIT, SQLite's statics, the loader's caches) so the baseline holds what any query holds.
        PolarisCli.Run(["query", set.Folder, "SELECT 1", "--format", format], TextWriter.Null, TextWriter.Null, () => new DateOnly(2025, 11, 24));
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var exit = PolarisCli.Run(["query", set.Folder, sql, "--format", format], output, error, () => new DateOnly(2025, 11, 24));

        exit.Should().Be(ExitCodes.Success, error.ToString());
        output.Lines.Should().BeGreaterThanOrEqualTo(Rows, "every row was written");
        output.Samples.Should().BeGreaterThanOrEqualTo(5, "the heap was measured while the rows were being written");
        (output.Peak - before).Should().BeLessThan(16L << 20, "the live managed heap may grow by buffers, not by the result");
    }

    /// <summary>Counts what is written without keeping it, and measures the live heap every so many lines.</summary>
    private sealed class MeasuringWriter(long every) : TextWriter
    {
        public long Lines { get; private set; }

        public long Samples { get; private set; }

        public long Peak { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value)
        {
            if (value != '\n') return;
            Lines++;
            if (Lines % every != 0) return;
            Samples++;
            Peak = Math.Max(Peak, GC.GetTotalMemory(forceFullCollection: true));
        }

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            foreach (var c in buffer) Write(c);
        }

        public override void Write(string? value) => Write(value.AsSpan());
    }
}
