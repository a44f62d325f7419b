namespace PolarisSampleData.Tables.Reference;

/// <summary>Columns and real rows of <c>Polaris.Polaris.AddressTypes</c>, unchanged from the library's server.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record AddressTypesRow
{
    [SqlType("int"), PrimaryKey] public int? AddressTypeID { get; init; }
    [SqlType("nvarchar(80)")] public string? Description { get; init; }

    public static readonly IReadOnlyList<AddressTypesRow> Rows =
    [
        new() { AddressTypeID = 1, Description = " Generic" },
        new() { AddressTypeID = 2, Description = " Notice" },
        new() { AddressTypeID = 3, Description = " Invoice" },
        new() { AddressTypeID = 4, Description = " Statement" },
        new() { AddressTypeID = 5, Description = " Billing" },
        new() { AddressTypeID = 6, Description = " Shipping" },
        new() { AddressTypeID = 7, Description = " Claim Response" },
        new() { AddressTypeID = 8, Description = " Corporation" },
        new() { AddressTypeID = 9, Description = " Claiming" },
        new() { AddressTypeID = 10, Description = " Ordering" },
        new() { AddressTypeID = 11, Description = " Payment" },
        new() { AddressTypeID = 12, Description = " Mailing" },
        new() { AddressTypeID = 13, Description = " Receiving" },
    ];
}
