using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.Addresses</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record AddressesRow
{
    [SqlType("int"), PrimaryKey] public int? AddressID { get; init; }
    [SqlType("int")] public int? PostalCodeID { get; init; }
    [SqlType("nvarchar(64)")] public string? StreetOne { get; init; }
    [SqlType("nvarchar(64)")] public string? StreetTwo { get; init; }
    [SqlType("nvarchar(4)")] public string? ZipPlusFour { get; init; }
    [SqlType("nvarchar(64)"), LeftNull] public string? MunicipalityName { get; init; }
    [SqlType("nvarchar(64)"), LeftNull] public string? StreetThree { get; init; }

    public static IEnumerable<AddressesRow> Project(World world) => world.Addresses.Select(a => new AddressesRow
    {
        AddressID = a.AddressId,
        PostalCodeID = a.PostalCode.PostalCodeId,
        StreetOne = a.StreetOne,
        StreetTwo = a.StreetTwo,
        ZipPlusFour = a.ZipPlusFour,
    });
}
