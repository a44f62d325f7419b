using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Reference;

/// <summary>Columns and real rows of <c>Polaris.Polaris.PostalCodes</c>, unchanged from the library's server (the facts live in <see cref="Domain.PostalCode"/>, which addresses use).</summary>
[CsvHelper.CsvRecord]
internal sealed partial record PostalCodesRow
{
    [SqlType("int"), PrimaryKey] public int? PostalCodeID { get; init; }
    [SqlType("nvarchar(12)")] public string? PostalCode { get; init; }
    [SqlType("nvarchar(32)")] public string? City { get; init; }
    [SqlType("nvarchar(32)")] public string? State { get; init; }
    [SqlType("int")] public int? CountryID { get; init; }
    [SqlType("nvarchar(32)")] public string? County { get; init; }

    public static readonly IReadOnlyList<PostalCodesRow> Rows = Domain.PostalCode.All.Select(p => new PostalCodesRow
    {
        PostalCodeID = p.PostalCodeId,
        PostalCode = p.Code,
        City = p.City,
        State = p.State,
        CountryID = p.CountryId,
        County = p.County,
    }).ToList();
}
