namespace PolarisSampleData.Tables.Reference;

/// <summary>Columns and real rows of <c>Polaris.Polaris.AddressLabels</c>, unchanged from the library's server.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record AddressLabelsRow
{
    [SqlType("int"), PrimaryKey] public int? AddressLabelID { get; init; }
    [SqlType("nvarchar(255)")] public string? Description { get; init; }
    [SqlType("bit")] public bool? Display { get; init; }
    [SqlType("int")] public int? DisplayOrder { get; init; }

    public static readonly IReadOnlyList<AddressLabelsRow> Rows =
    [
        new() { AddressLabelID = 1, Description = "Home", Display = true, DisplayOrder = 1 },
        new() { AddressLabelID = 2, Description = "Work", Display = true, DisplayOrder = 2 },
        new() { AddressLabelID = 3, Description = "School", Display = true, DisplayOrder = 3 },
        new() { AddressLabelID = 4, Description = "Primary", Display = true, DisplayOrder = 4 },
        new() { AddressLabelID = 5, Description = "Alternate", Display = true, DisplayOrder = 5 },
        new() { AddressLabelID = 6, Description = "Office", Display = true, DisplayOrder = 6 },
        new() { AddressLabelID = 7, Description = "Other", Display = true, DisplayOrder = 7 },
    ];
}
