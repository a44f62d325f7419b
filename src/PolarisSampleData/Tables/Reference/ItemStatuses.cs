namespace PolarisSampleData.Tables.Reference;

/// <summary>Columns and real rows of <c>Polaris.Polaris.ItemStatuses</c>, unchanged from the library's server.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record ItemStatusesRow
{
    [SqlType("int"), PrimaryKey] public int? ItemStatusID { get; init; }
    [SqlType("nvarchar(80)")] public string? Description { get; init; }
    [SqlType("nvarchar(25)")] public string? Name { get; init; }
    [SqlType("nvarchar(15)")] public string? BannerText { get; init; }

    public static readonly IReadOnlyList<ItemStatusesRow> Rows =
    [
        new() { ItemStatusID = 1, Description = "Available", Name = "In", BannerText = "Available" },
        new() { ItemStatusID = 2, Description = "Out", Name = "Out", BannerText = "Out" },
        new() { ItemStatusID = 3, Description = "Out-ILL", Name = "Out-ILL", BannerText = "Out-ILL" },
        new() { ItemStatusID = 4, Description = "Held", Name = "Held", BannerText = "Held" },
        new() { ItemStatusID = 5, Description = "Transferred", Name = "Transferred", BannerText = "Transferred" },
        new() { ItemStatusID = 6, Description = "Outreach", Name = "In-Transit", BannerText = "Outreach" },
        new() { ItemStatusID = 7, Description = "Lost", Name = "Lost", BannerText = "Lost" },
        new() { ItemStatusID = 8, Description = "Claimed Returned", Name = "Claim Returned", BannerText = "Claimed" },
        new() { ItemStatusID = 9, Description = "Not Available", Name = "Claim Never Had", BannerText = "Claimed" },
        new() { ItemStatusID = 10, Description = "MISSING", Name = "Missing", BannerText = "MISSING" },
        new() { ItemStatusID = 11, Description = "WEEDING", Name = "Withdrawn", BannerText = "WEEDING" },
        new() { ItemStatusID = 12, Description = "PROGRAMMING", Name = "Bindery", BannerText = "PROGRAMMING" },
        new() { ItemStatusID = 13, Description = "On-Order", Name = "On-Order", BannerText = "On-Order" },
        new() { ItemStatusID = 14, Description = "IN-REPAIR", Name = "In-Repair", BannerText = "IN-REPAIR" },
        new() { ItemStatusID = 15, Description = "Processing", Name = "In-Process", BannerText = "Processing" },
        new() { ItemStatusID = 16, Description = "HOMEBOUND", Name = "Unavailable", BannerText = "HOMEBOUND" },
        new() { ItemStatusID = 17, Description = "Returned-ILL", Name = "Returned-ILL", BannerText = "Returned-ILL" },
        new() { ItemStatusID = 18, Description = "Routed", Name = "Routed", BannerText = "Routed" },
        new() { ItemStatusID = 19, Description = "Shelving Cart", Name = "Shelving", BannerText = "Shelving Cart" },
        new() { ItemStatusID = 20, Description = "Non-circulating", Name = "Non-circulating", BannerText = "Non-circulating" },
        new() { ItemStatusID = 21, Description = "Claim Missing Parts", Name = "Claim Missing Parts", BannerText = "Missing Parts" },
        new() { ItemStatusID = 22, Description = "EContent External Loan", Name = "EContent External Loan", BannerText = "External Loan" },
        new() { ItemStatusID = 23, Description = "Damaged", Name = "Damaged", BannerText = "Damaged" },
    ];
}
