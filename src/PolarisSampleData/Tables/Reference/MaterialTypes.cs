namespace PolarisSampleData.Tables.Reference;

/// <summary>Columns and real rows of <c>Results.Polaris.MaterialTypes</c>, unchanged from the library's server.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record MaterialTypesRow
{
    [SqlType("int"), PrimaryKey] public int? MaterialTypeID { get; init; }
    [SqlType("nvarchar(80)")] public string? Description { get; init; }
    [SqlType("int")] public int? MinimumAge { get; init; }

    public static readonly IReadOnlyList<MaterialTypesRow> Rows =
    [
        new() { MaterialTypeID = 1, Description = "Books", MinimumAge = 0 },
        new() { MaterialTypeID = 3, Description = "Bulk Loan", MinimumAge = 0 },
        new() { MaterialTypeID = 4, Description = "Equipment", MinimumAge = 0 },
        new() { MaterialTypeID = 7, Description = "ILL", MinimumAge = 0 },
        new() { MaterialTypeID = 12, Description = "Juvenile Audio", MinimumAge = 0 },
        new() { MaterialTypeID = 13, Description = "Juvenile DVD/Video Book", MinimumAge = 0 },
        new() { MaterialTypeID = 14, Description = "Juvenile DVD/Video", MinimumAge = 0 },
        new() { MaterialTypeID = 15, Description = "Kits", MinimumAge = 0 },
        new() { MaterialTypeID = 16, Description = "Magazines", MinimumAge = 0 },
        new() { MaterialTypeID = 20, Description = "Reference", MinimumAge = 0 },
        new() { MaterialTypeID = 21, Description = "CD", MinimumAge = 0 },
        new() { MaterialTypeID = 22, Description = "CD - Restricted", MinimumAge = 0 },
        new() { MaterialTypeID = 24, Description = "DVD/Video", MinimumAge = 0 },
        new() { MaterialTypeID = 25, Description = "DVD/Video Book", MinimumAge = 0 },
        new() { MaterialTypeID = 26, Description = "DVD/Video - Restricted", MinimumAge = 0 },
        new() { MaterialTypeID = 27, Description = "KR DVD", MinimumAge = 0 },
        new() { MaterialTypeID = 30, Description = "Bestseller Xpress", MinimumAge = 0 },
        new() { MaterialTypeID = 34, Description = "Blu-ray Disc", MinimumAge = 0 },
        new() { MaterialTypeID = 35, Description = "Blu-ray Disc - Restricted", MinimumAge = 0 },
        new() { MaterialTypeID = 36, Description = "Juvenile Blu-ray Disc", MinimumAge = 0 },
        new() { MaterialTypeID = 37, Description = "Video Game - E", MinimumAge = 0 },
        new() { MaterialTypeID = 38, Description = "Video Game - Restricted", MinimumAge = 0 },
        new() { MaterialTypeID = 39, Description = "Video Game - Teen", MinimumAge = 0 },
        new() { MaterialTypeID = 41, Description = "Museum Pass", MinimumAge = 0 },
        new() { MaterialTypeID = 43, Description = "Streaming Devices", MinimumAge = 0 },
        new() { MaterialTypeID = 44, Description = "Mobile Hotspot Devices", MinimumAge = 0 },
        new() { MaterialTypeID = 45, Description = "Audiobook CD", MinimumAge = 0 },
        new() { MaterialTypeID = 47, Description = "Edge Ice Pass", MinimumAge = 0 },
        new() { MaterialTypeID = 48, Description = "Kiosk Laptop", MinimumAge = 0 },
        new() { MaterialTypeID = 49, Description = "Juvenile Book", MinimumAge = 0 },
        new() { MaterialTypeID = 50, Description = "Juvenile Magazine", MinimumAge = 0 },
        new() { MaterialTypeID = 51, Description = "Kits - Outreach", MinimumAge = 0 },
        new() { MaterialTypeID = 52, Description = "eBooks", MinimumAge = 0 },
        new() { MaterialTypeID = 53, Description = "eAudioBooks", MinimumAge = 0 },
    ];
}
