using PolarisSampleData.Verification;
using PolarisSampleData.Verification.Checks;

using PolarisSampleData.Tables;

namespace PolarisSampleData.Tests.Verification;

/// <summary>The check list is sound as data: unique names, and every rule names columns the layouts declare.</summary>
public sealed class ChecksTests
{
    private static bool Declares(string table, string column) =>
        Layouts.Find(table) is not { } layout || layout.Columns.Any(c => c.Name == column);

    [Fact]
    public void Check_names_are_unique_and_every_check_judges_something() =>
        CheckList.All.Should().OnlyHaveUniqueItems(c => c.Name)
            .And.OnlyContain(c => (c.Rule == null ? c.Queries.Count > 0 : c.Scopes.Count > 0 && c.Queries.Count == 0) && c.Description.Length > 0);

    [Fact]
    public void Every_rule_on_a_table_polaris_gen_writes_names_declared_columns()
    {
        Relationships.ForeignKeys.Where(k => !Declares(k.Table, k.Column) || !Declares(k.ReferencedTable, k.ReferencedColumn))
            .Should().BeEmpty("a foreign key must name real columns");
        Rules.Formats.Where(f => !Declares(f.Table, f.Column)).Should().BeEmpty();
        Rules.ActivityDates.Where(d => !Declares(d.Table, d.Column)).Should().BeEmpty();
    }

    /// <summary>verify keeps only what the queries declare, so a declaration must name what the layouts hold.</summary>
    [Fact]
    public void Every_read_a_query_declares_names_a_table_and_its_columns()
    {
        var queries = CheckList.All.SelectMany(c => c.Queries.Select(q => (c.Name, Query: q))).ToList();
        queries.SelectMany(x => x.Query.Reads.Where(r => Layouts.Find(r.Table) is null).Select(r => $"{x.Name} reads {r.Table}"))
            .Should().BeEmpty("every table a query reads is one polaris-gen writes");
        queries.SelectMany(x => x.Query.Reads.SelectMany(r => r.Columns.Append(r.Rows?.Column).OfType<string>()
                .Where(c => !Declares(r.Table, c)).Select(c => $"{x.Name} reads {r.Table}.{c}")))
            .Should().BeEmpty();
        queries.SelectMany(x => x.Query.Reads.Where(r => r.Rows is { } rows && !r.Columns.Contains(rows.Column)).Select(r => $"{x.Name} filters {r.Table}"))
            .Should().BeEmpty("a query that reads only some rows reads the column it picks them by");
    }

    [Fact]
    public void Verify_keeps_the_columns_its_checks_join_on_and_no_rows_of_tables_they_do_not_read()
    {
        var plan = LoadPlan.Verify;
        plan.Columns("Results.NotificationHistory").Should().Contain(["PatronId", "NoticeDate", "NotificationTypeId"]).And.NotContain("Title");
        plan.Columns("Polaris.CircItemRecords").Should().BeNull();
        plan.Columns("Polaris.DeliveryOptions").Should().BeEquivalentTo(Layouts.Get("Polaris.DeliveryOptions").Columns.Select(c => c.Name));
        plan.Rows("Results.NotificationQueue")!.Values.Should().BeEquivalentTo(new long[] { 1, 2, 11, 12, 13 });
        plan.Rows("Results.NotificationHistory").Should().Be(plan.Rows("Results.NotificationHistory")! with { Except = true });
        plan.Rows("Polaris.Patrons").Should().BeNull();
        // An index is built only over kept columns, so a lookup that names one verify drops would be silently slow.
        plan.Lookups.SelectMany(i => i.Columns.Where(c => plan.Columns(i.Table)?.Contains(c) != true).Select(c => $"{i.Table}.{c}"))
            .Should().BeEmpty();
    }

    public static TheoryData<string, string, string> Unions => new()
    {
        // a, b, the rows either keeps ("all" when that is every row)
        { "in 1 2", "in 2 13", "in 1 2 13" },
        { "in 1 2", "except 2 7", "except 7" },
        { "except 2 7", "in 1 2", "except 7" },
        { "except 7", "except 7 8", "except 7" },
        { "except 7", "in 7", "all" },
        { "except 7", "except 8", "all" },
    };

    [Theory]
    [MemberData(nameof(Unions))]
    public void Row_filters_union_to_the_rows_either_keeps(string a, string b, string union)
    {
        var joined = RowFilter.Union(Filter(a), Filter(b));
        (joined is null ? "all" : $"{(joined.Except ? "except" : "in")} {string.Join(' ', joined.Values.Order())}").Should().Be(union);
        foreach (var type in new long?[] { null, 1, 2, 7, 8, 13, 99 })
            (joined?.Keeps(type) ?? true).Should().Be(Filter(a).Keeps(type) || Filter(b).Keeps(type), $"type {type}");

        static RowFilter Filter(string text) => text.Split(' ') is [var kind, .. var ids]
            ? new RowFilter("NotificationTypeID", ids.Select(long.Parse).ToHashSet(), kind == "except")
            : throw new ArgumentException(text);
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
