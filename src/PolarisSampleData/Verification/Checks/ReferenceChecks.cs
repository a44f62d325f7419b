using PolarisSampleData.Tables;
using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>The reference tables against the real Polaris rows polaris-gen writes, loaded beside them as <c>Expected.*</c>.</summary>
internal static class ReferenceChecks
{
    public static readonly IReadOnlyList<Check> All =
    [
        new("reference.rows", Severity.Fail, "Reference tables hold the real Polaris rows, unchanged, and Organizations the scenario's further branches after them (compared with Expected.*).",
            Layouts.All.Where(t => t.IsReference).Select(t => new CheckQuery([Read(t.SqlName, [.. t.Columns.Select(c => c.Name)])], $$"""
                SELECT {{Text(t.FileName)}} AS file, r._line AS line, r.{{t.Key}} AS key, 'not one of the real {{t.Name}} rows' AS problem
                FROM {{t.SqlName}} r
                WHERE NOT EXISTS (SELECT 1 FROM Expected.{{t.Name}} e WHERE {{SameRow(t)}})
                UNION ALL
                SELECT {{Text(t.FileName)}}, NULL, e.{{t.Key}}, 'a real {{t.Name}} row is missing'
                FROM Expected.{{t.Name}} e
                WHERE NOT EXISTS (SELECT 1 FROM {{t.SqlName}} r WHERE {{SameRow(t)}})
                UNION ALL
                SELECT {{Text(t.FileName)}}, NULL, NULL, 'holds ' || (SELECT count(*) FROM {{t.SqlName}}) || ' rows, the real table '
                       || (SELECT count(*) FROM Expected.{{t.Name}})
                WHERE (SELECT count(*) FROM {{t.SqlName}}) <> (SELECT count(*) FROM Expected.{{t.Name}})
                """)).ToList()),
    ];

    /// <summary>Rows <c>r</c> and <c>e</c> agree on every column, NULLs included.</summary>
    private static string SameRow(TableLayout table) => string.Join(" AND ", table.Columns.Select(c => $"e.{c.Name} IS r.{c.Name}"));
}
