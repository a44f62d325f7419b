namespace PolarisSampleData.Tables.Reference;

/// <summary>Columns and real rows of <c>Polaris.Polaris.FineCodes</c>, unchanged from the library's server.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record FineCodesRow
{
    [SqlType("int"), PrimaryKey] public int? FineCodeID { get; init; }
    [SqlType("nvarchar(80)")] public string? Description { get; init; }

    public static readonly IReadOnlyList<FineCodesRow> Rows =
    [
        new() { FineCodeID = 1, Description = ".20-2.00 max" },
        new() { FineCodeID = 2, Description = ".20-10.00 max" },
        new() { FineCodeID = 3, Description = "1.00-10.00 max" },
        new() { FineCodeID = 4, Description = "1.00-5.00 max" },
        new() { FineCodeID = 5, Description = "0-0.00" },
        new() { FineCodeID = 6, Description = ".50-10.00 max" },
        new() { FineCodeID = 7, Description = ".20-5.00 max" },
        new() { FineCodeID = 8, Description = "15.00-600.00 max" },
        new() { FineCodeID = 9, Description = "15.00-2000.00 max" },
        new() { FineCodeID = 10, Description = "5.00 - 300.00 max" },
        new() { FineCodeID = 11, Description = "1.00 - 349.00" },
        new() { FineCodeID = 12, Description = "1.00 - 200.00" },
        new() { FineCodeID = 13, Description = "1.00 - 150.00" },
        new() { FineCodeID = 14, Description = "1.00 - 100.00" },
        new() { FineCodeID = 15, Description = "1.00-50.00 max" },
    ];
}
