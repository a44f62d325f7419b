namespace PolarisSampleData.Tables.Reference;

/// <summary>Columns and real rows of <c>Polaris.Polaris.LoanPeriodCodes</c>, unchanged from the library's server.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record LoanPeriodCodesRow
{
    [SqlType("int"), PrimaryKey] public int? LoanPeriodCodeID { get; init; }
    [SqlType("nvarchar(80)")] public string? Description { get; init; }

    public static readonly IReadOnlyList<LoanPeriodCodesRow> Rows =
    [
        new() { LoanPeriodCodeID = 1, Description = "28 days" },
        new() { LoanPeriodCodeID = 2, Description = "14 days" },
        new() { LoanPeriodCodeID = 3, Description = "7 days" },
        new() { LoanPeriodCodeID = 4, Description = "0 days" },
        new() { LoanPeriodCodeID = 5, Description = "135 days" },
        new() { LoanPeriodCodeID = 6, Description = "21 days" },
        new() { LoanPeriodCodeID = 7, Description = "2 days" },
        new() { LoanPeriodCodeID = 8, Description = "3.5 hours" },
        new() { LoanPeriodCodeID = 9, Description = "4.0 hours" },
        new() { LoanPeriodCodeID = 10, Description = "35 days" },
    ];
}
