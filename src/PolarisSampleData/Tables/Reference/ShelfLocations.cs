namespace PolarisSampleData.Tables.Reference;

/// <summary>Columns and real rows of <c>Polaris.Polaris.ShelfLocations</c>, unchanged from the library's server.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record ShelfLocationsRow
{
    [SqlType("int"), PrimaryKey] public int? ShelfLocationID { get; init; }
    [SqlType("int"), PrimaryKey] public int? OrganizationID { get; init; }
    [SqlType("nvarchar(80)")] public string? Description { get; init; }

    public static readonly IReadOnlyList<ShelfLocationsRow> Rows =
    [
        new() { ShelfLocationID = 1, OrganizationID = 3, Description = "1st Floor" },
        new() { ShelfLocationID = 2, OrganizationID = 3, Description = "1st Floor-Reference" },
        new() { ShelfLocationID = 3, OrganizationID = 3, Description = "1st Floor-Kentucky Room" },
        new() { ShelfLocationID = 4, OrganizationID = 3, Description = "2nd Floor" },
        new() { ShelfLocationID = 5, OrganizationID = 3, Description = "2nd Floor-Childrens' Area" },
        new() { ShelfLocationID = 13, OrganizationID = 3, Description = "1st Floor Wall 1" },
        new() { ShelfLocationID = 14, OrganizationID = 3, Description = "1st Floor Wall 2" },
        new() { ShelfLocationID = 15, OrganizationID = 3, Description = "1st Floor Wall 3" },
        new() { ShelfLocationID = 16, OrganizationID = 3, Description = "1st Floor Wall 4" },
        new() { ShelfLocationID = 17, OrganizationID = 3, Description = "1st Floor Wall 5" },
        new() { ShelfLocationID = 18, OrganizationID = 3, Description = "1st Floor Wall 6" },
        new() { ShelfLocationID = 19, OrganizationID = 3, Description = "1st Floor Wall 7" },
        new() { ShelfLocationID = 20, OrganizationID = 3, Description = "1st Floor Wall 8" },
        new() { ShelfLocationID = 21, OrganizationID = 3, Description = "1st Floor Wall 9" },
        new() { ShelfLocationID = 29, OrganizationID = 3, Description = "2nd Floor Wall 2" },
        new() { ShelfLocationID = 30, OrganizationID = 3, Description = "2nd Floor Wall 3" },
        new() { ShelfLocationID = 31, OrganizationID = 3, Description = "2nd Floor Wall 4" },
        new() { ShelfLocationID = 32, OrganizationID = 3, Description = "2nd Floor Wall 5" },
        new() { ShelfLocationID = 33, OrganizationID = 3, Description = "2nd Floor Wall 6" },
        new() { ShelfLocationID = 34, OrganizationID = 3, Description = "2nd Floor Wall 7" },
        new() { ShelfLocationID = 35, OrganizationID = 3, Description = "2nd Floor Wall 8" },
        new() { ShelfLocationID = 36, OrganizationID = 3, Description = "2nd Floor Wall 9" },
        new() { ShelfLocationID = 67, OrganizationID = 3, Description = "Online Resource" },
        new() { ShelfLocationID = 73, OrganizationID = 3, Description = "2nd Floor Reference" },
        new() { ShelfLocationID = 76, OrganizationID = 3, Description = "KR Storage" },
        new() { ShelfLocationID = 77, OrganizationID = 3, Description = "Librarian's Office" },
        new() { ShelfLocationID = 78, OrganizationID = 3, Description = "2nd Floor-Office" },
        new() { ShelfLocationID = 79, OrganizationID = 3, Description = "2nd Floor Young Adult" },
    ];
}
