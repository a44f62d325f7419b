namespace PolarisSampleData.Tables.Reference;

/// <summary>Columns and real rows of <c>Polaris.Polaris.PostalCodes</c>, unchanged from the library's server.</summary>
[CsvHelper.CsvRecord]
public sealed partial record PostalCodesRow
{
    public int? PostalCodeID { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public int? CountryID { get; init; }
    public string? County { get; init; }

    public static readonly IReadOnlyList<PostalCodesRow> Rows =
    [
        new() { PostalCodeID = 23389, PostalCode = "42301", City = "ST JOSEPH", State = "KY", CountryID = 1, County = "DAVIESS" },
        new() { PostalCodeID = 23390, PostalCode = "42302", City = "OWENSBORO", State = "KY", CountryID = 1, County = "DAVIESS" },
        new() { PostalCodeID = 23391, PostalCode = "42303", City = "OWENSBORO", State = "KY", CountryID = 1, County = "DAVIESS" },
        new() { PostalCodeID = 23392, PostalCode = "42304", City = "OWENSBORO", State = "KY", CountryID = 1, County = "DAVIESS" },
        new() { PostalCodeID = 23422, PostalCode = "42355", City = "MACEO", State = "KY", CountryID = 1, County = "DAVIESS" },
        new() { PostalCodeID = 23423, PostalCode = "42356", City = "MAPLE MOUNT", State = "KY", CountryID = 1, County = "DAVIESS" },
        new() { PostalCodeID = 23426, PostalCode = "42366", City = "KNOTTSVILLE", State = "KY", CountryID = 1, County = "DAVIESS" },
        new() { PostalCodeID = 23427, PostalCode = "42366", City = "PHILPOT", State = "KY", CountryID = 1, County = "DAVIESS" },
        new() { PostalCodeID = 23438, PostalCode = "42376", City = "UTICA", State = "KY", CountryID = 1, County = "DAVIESS" },
        new() { PostalCodeID = 23441, PostalCode = "42378", City = "WHITESVILLE", State = "KY", CountryID = 1, County = "DAVIESS" },
        new() { PostalCodeID = 26382, PostalCode = "47615", City = "GRANDVIEW", State = "IN", CountryID = 1, County = "SPENCER" },
        new() { PostalCodeID = 26384, PostalCode = "47617", City = "HATFIELD", State = "IN", CountryID = 1, County = "SPENCER" },
        new() { PostalCodeID = 26392, PostalCode = "47634", City = "RICHLAND", State = "IN", CountryID = 1, County = "SPENCER" },
        new() { PostalCodeID = 26393, PostalCode = "47635", City = "ROCKPORT", State = "IN", CountryID = 1, County = "SPENCER" },
    ];
}
