using System.Text.RegularExpressions;
using PolarisSampleData.Verification;

using PolarisSampleData.Tables;

namespace PolarisSampleData.Tests.Verification;

/// <summary>The check list is sound as data: unique names, and every rule names columns the layouts declare.</summary>
public sealed class ChecksTests
{
    private static bool Declares(string table, string column) =>
        Layouts.Find(table) is not { } layout || layout.Columns.Any(c => c.Name == column);

    [Fact]
    public void Check_names_are_unique_and_every_check_has_sql() =>
        Checks.All.Should().OnlyHaveUniqueItems(c => c.Name).And.OnlyContain(c => c.Queries.Count > 0 && c.Description.Length > 0);

    [Fact]
    public void Every_rule_on_a_table_polaris_gen_writes_names_declared_columns()
    {
        Relationships.ForeignKeys.Where(k => !Declares(k.Table, k.Column) || !Declares(k.ReferencedTable, k.ReferencedColumn))
            .Should().BeEmpty("a foreign key must name real columns");
        Rules.Formats.Where(f => !Declares(f.Table, f.Column)).Should().BeEmpty();
        Rules.ActivityDates.Where(d => !Declares(d.Table, d.Column)).Should().BeEmpty();
    }

    /// <summary>verify keeps only the tables a query lists (<see cref="Checks.ColumnsRead"/>): one it reads but does not list would be empty.</summary>
    [Fact]
    public void Every_table_a_check_reads_is_listed_in_its_query()
    {
        var unlisted = Checks.All.SelectMany(c => c.Queries.Select(q => (c.Name, Query: q)))
            .SelectMany(x => Layouts.All.Where(t => Regex.IsMatch(x.Query.Sql, $@"\b{Regex.Escape(t.SqlName)}\b", RegexOptions.IgnoreCase)
                                                    && !x.Query.Tables.Contains(t.SqlName, StringComparer.OrdinalIgnoreCase))
                .Select(t => $"{x.Name} reads {t.SqlName}"));
        unlisted.Should().BeEmpty();
    }

    [Fact]
    public void Verify_keeps_the_columns_its_checks_join_on_and_no_rows_of_tables_they_do_not_read()
    {
        Checks.ColumnsRead("Results.NotificationHistory").Should().Contain(["PatronId", "NoticeDate", "NotificationTypeId"]).And.NotContain("Title");
        Checks.ColumnsRead("Polaris.CircItemRecords").Should().BeNull();
        Checks.ColumnsRead("Polaris.DeliveryOptions").Should().BeEquivalentTo(Layouts.Get("Polaris.DeliveryOptions").Columns.Select(c => c.Name));
        // An index is built only over kept columns, so a lookup that names one verify drops would be silently slow.
        Checks.Lookups.SelectMany(i => i.Columns.Where(c => Checks.ColumnsRead(i.Table)?.Contains(c) != true).Select(c => $"{i.Table}.{c}"))
            .Should().BeEmpty();
    }

    [Fact]
    public void Layouts_carry_the_generator_columns_and_reference_rows()
    {
        Layouts.All.Should().OnlyContain(t => t.Columns.Count > 0 && t.FileName == $"{t.Database}.Polaris.{t.Name}.csv");
        var history = Layouts.Get("Results.NotificationHistory");
        history.Separator.Should().Be(',');
        history.Columns.Select(c => c.Name).Should().StartWith(["PatronId", "ItemRecordId"]);
        history.Columns.Single(c => c.Name == "NoticeDate").Type.Should().Be(ColumnType.DateTime);
        history.Columns.Single(c => c.Name == "Amount").Type.Should().Be(ColumnType.Money);
        Layouts.Get("Polaris.DeliveryOptions").FixedRows.Should().Be(8);
        Layouts.Get("Polaris.Patrons").IsReference.Should().BeFalse();
    }
}
