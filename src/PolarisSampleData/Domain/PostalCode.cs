namespace PolarisSampleData.Domain;

/// <summary>A real Polaris PostalCodes row: Daviess County, Kentucky and Spencer County, Indiana.</summary>
internal sealed record PostalCode(int PostalCodeId, string Code, string City, string State, int CountryId, string County)
{
    /// <summary>The library's postal codes, unchanged from its server; addresses reuse them.</summary>
    public static readonly IReadOnlyList<PostalCode> All =
    [
        new(23389, "42301", "ST JOSEPH", "KY", 1, "DAVIESS"),
        new(23390, "42302", "OWENSBORO", "KY", 1, "DAVIESS"),
        new(23391, "42303", "OWENSBORO", "KY", 1, "DAVIESS"),
        new(23392, "42304", "OWENSBORO", "KY", 1, "DAVIESS"),
        new(23422, "42355", "MACEO", "KY", 1, "DAVIESS"),
        new(23423, "42356", "MAPLE MOUNT", "KY", 1, "DAVIESS"),
        new(23426, "42366", "KNOTTSVILLE", "KY", 1, "DAVIESS"),
        new(23427, "42366", "PHILPOT", "KY", 1, "DAVIESS"),
        new(23438, "42376", "UTICA", "KY", 1, "DAVIESS"),
        new(23441, "42378", "WHITESVILLE", "KY", 1, "DAVIESS"),
        new(26382, "47615", "GRANDVIEW", "IN", 1, "SPENCER"),
        new(26384, "47617", "HATFIELD", "IN", 1, "SPENCER"),
        new(26392, "47634", "RICHLAND", "IN", 1, "SPENCER"),
        new(26393, "47635", "ROCKPORT", "IN", 1, "SPENCER"),
    ];
}
