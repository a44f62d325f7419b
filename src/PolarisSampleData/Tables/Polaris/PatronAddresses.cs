using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.PatronAddresses</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record PatronAddressesRow
{
    [SqlType("int")] public int? PatronID { get; init; }
    [SqlType("int")] public int? AddressID { get; init; }
    [SqlType("int")] public int? AddressTypeID { get; init; }
    [SqlType("bit")] public bool? Verified { get; init; }
    [SqlType("datetime")] public DateTime? VerificationDate { get; init; }
    [SqlType("int")] public int? PolarisUserID { get; init; }
    [SqlType("int")] public int? AddressLabelID { get; init; }

    public static IEnumerable<PatronAddressesRow> Project(World world) => world.PatronAddresses.Select(pa => new PatronAddressesRow
    {
        PatronID = pa.Patron.PatronId,
        AddressID = pa.Address.AddressId,
        AddressTypeID = PatronAddress.NoticeAddressType,
        Verified = true,
        VerificationDate = pa.VerificationDate,
        PolarisUserID = 1,
        AddressLabelID = PatronAddress.HomeLabel,
    });
}
