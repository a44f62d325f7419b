namespace PolarisSampleData.Tables.Reference;

/// <summary>Columns and real rows of <c>Polaris.Polaris.DeliveryOptions</c>, unchanged from the library's server.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record DeliveryOptionsRow
{
    [SqlType("int"), PrimaryKey] public int? DeliveryOptionID { get; init; }
    [SqlType("nvarchar(30)")] public string? DeliveryOption { get; init; }

    public static readonly IReadOnlyList<DeliveryOptionsRow> Rows =
    [
        new() { DeliveryOptionID = 1, DeliveryOption = "Mailing Address" },
        new() { DeliveryOptionID = 2, DeliveryOption = "Email Address" },
        new() { DeliveryOptionID = 3, DeliveryOption = "Phone 1" },
        new() { DeliveryOptionID = 4, DeliveryOption = "Phone 2" },
        new() { DeliveryOptionID = 5, DeliveryOption = "Phone 3" },
        new() { DeliveryOptionID = 6, DeliveryOption = "FAX" },
        new() { DeliveryOptionID = 7, DeliveryOption = "EDI" },
        new() { DeliveryOptionID = 8, DeliveryOption = "TXT Messaging" },
    ];
}
