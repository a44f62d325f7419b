using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Tables;

/// <summary>Every written file has the real Polaris layout and the reference rows unchanged.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class LayoutTests(GeneratedSet set)
{
    [SharedReferenceFact]
    public void Every_header_equals_the_reference_schema_columns()
    {
        var reference = Repository.PolarisReference!;

        var compared = 0;
        foreach (var table in set.Data.Tables)
        {
            var schema = Path.Combine(reference, "schema", Path.ChangeExtension(table.FileName, ".sql"));
            if (!File.Exists(schema)) continue;
            table.Columns.Should().Equal(SchemaColumns.Parse(File.ReadAllText(schema)), $"{table.FileName} must have the real layout");
            compared++;
        }
        // Every table has a schema file but ItemCheckouts, whose real layout the reference lacks.
        compared.Should().Be(set.Data.Tables.Count() - 1);
    }

    [SharedReferenceFact]
    public void Reference_tables_hold_the_real_rows_unchanged()
    {
        var reference = Repository.PolarisReference!;

        var files = Directory.GetFiles(Path.Combine(reference, "reference-data"), "*.csv");
        files.Should().NotBeEmpty();
        foreach (var file in files)
        {
            var expected = LoadedTable.Read(file);
            var written = set.Data.Tables.Single(t => t.FileName == Path.GetFileName(file));
            written.Columns.Should().Equal(expected.Columns, written.FileName);
            written.Rows.Should().BeEquivalentTo(expected.Rows, o => o.WithStrictOrdering(), written.FileName);
        }
    }

    [Fact]
    public void Files_are_utf8_without_bom_with_lf_line_ends()
    {
        foreach (var path in Directory.GetFiles(set.Folder, "*.csv"))
        {
            var bytes = File.ReadAllBytes(path);
            bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, path);
            bytes.Should().NotContain((byte)'\r', path);
            bytes[^1].Should().Be((byte)'\n', path);
        }
    }

    [Fact]
    public void Schema_parser_reads_tables_views_and_queries()
    {
        SchemaColumns.Parse("CREATE TABLE [Polaris].[X] (\n    [A] int,\n    [B] nvarchar(5),\n    CONSTRAINT [pk] PRIMARY KEY ([A])\n);")
            .Should().Equal("A", "B");
        SchemaColumns.Parse("CREATE VIEW V AS SELECT cir.A, COALESCE(x.B, 0) AS N'C', -- note\n case when a then b end as D FROM T")
            .Should().Equal("A", "C", "D");
    }
}
