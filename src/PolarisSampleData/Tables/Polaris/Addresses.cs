using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.Addresses</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record AddressesRow
{
    public int? AddressID { get; init; }
    public int? PostalCodeID { get; init; }
    public string? StreetOne { get; init; }
    public string? StreetTwo { get; init; }
    public string? ZipPlusFour { get; init; }
    public string? MunicipalityName { get; init; }
    public string? StreetThree { get; init; }

    public static IEnumerable<AddressesRow> Project(World world) => world.Addresses.Select(a => new AddressesRow
    {
        AddressID = a.AddressId,
        PostalCodeID = a.PostalCode.PostalCodeId,
        StreetOne = a.StreetOne,
        StreetTwo = a.StreetTwo,
        ZipPlusFour = a.ZipPlusFour,
    });
}
