namespace PolarisSampleData.Tables.Reference;

/// <summary>Columns and real rows of <c>Polaris.Polaris.RecordStatuses</c>, unchanged from the library's server.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record RecordStatusesRow
{
    [SqlType("int"), PrimaryKey] public int? RecordStatusID { get; init; }
    [SqlType("nchar(20)")] public string? RecordStatusName { get; init; }

    public static readonly IReadOnlyList<RecordStatusesRow> Rows =
    [
        new() { RecordStatusID = 1, RecordStatusName = "Final" },
        new() { RecordStatusID = 2, RecordStatusName = "Provisional" },
        new() { RecordStatusID = 3, RecordStatusName = "Secured" },
        new() { RecordStatusID = 4, RecordStatusName = "Deleted" },
    ];
}
