using PolarisSampleData.Tables;
using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// The checks that hold row by row in every file of polaris-gen's: judged on each row's bytes as the
/// loader reads it (<see cref="RowJudge"/>), since a SQL scan of every row took longer than the load.
/// </summary>
internal static class RowChecks
{
    public static readonly IReadOnlyList<Check> All =
    [
        new("rows.field-count", Severity.Fail, "Every line has as many fields as its header.",
            Layouts.All.Select(t => Recorded("rows.field-count", t.SqlName)).ToList()),
        new("keys.unique", Severity.Fail, "Every primary key names one row: IDs and barcodes stay unique however large the set.",
            Layouts.All.Where(t => t.Columns.Any(c => c.IsKey)).Select(t => Recorded("keys.unique", t.SqlName)).ToList()),
        new("values.types", Severity.Fail, "Every value parses as its column's type: whole numbers, bits 0/1, money 0.00, datetimes yyyy-MM-dd HH:mm:ss.fff.",
            Layouts.All.Select(t => Recorded("values.types", t.SqlName)).ToList()),
        new("values.formats", Severity.Fail, "Barcodes, phones and emails have polaris-gen's privacy-safe forms.",
            Rules.Formats.Where(r => Layouts.Find(r.Table) is not null).Select(r => Recorded("values.formats", r.Table, r.Column)).ToList()),
    ];
}
