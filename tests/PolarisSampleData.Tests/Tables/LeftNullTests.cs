using PolarisSampleData.Tables;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Tables;

/// <summary>
/// In the spirit of Bogus' strict mode: every column of every table either gets a value in some row of
/// the 25-patron set or is declared [LeftNull] where its row type declares it, so a column added and never
/// set, or a declared one that starts to be set, fails here.
/// </summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class LeftNullTests(GeneratedSet set)
{
    public static TheoryData<string> Tables => new(TableCatalog.All.Select(t => t.FileName[..^".csv".Length]));

    [Theory]
    [MemberData(nameof(Tables))]
    public void Only_the_columns_declared_LeftNull_are_NULL_in_every_row(string table)
    {
        var rows = set.Data[table];
        rows.Should().NotBeEmpty("a table with no rows says nothing of its columns");
        var columns = TableCatalog.All.Single(t => t.FileName == table + ".csv").Columns;

        var neverSet = columns.Where(c => rows.All(r => r[c.Name].Length == 0)).Select(c => c.Name);

        neverSet.Should().Equal(columns.Where(c => c.LeftNull).Select(c => c.Name));
    }
}
