namespace PolarisSampleData.Domain;

/// <summary>A street address; household members share one.</summary>
internal sealed record Address(int AddressId, PostalCode PostalCode, string StreetOne, string? StreetTwo, string ZipPlusFour)
{
    /// <summary>One line as notices print it: "12 Main St, OWENSBORO, KY 42301".</summary>
    public string OneLine => StreetTwo is null
        ? $"{StreetOne}, {PostalCode.City}, {PostalCode.State} {PostalCode.Code}"
        : $"{StreetOne} {StreetTwo}, {PostalCode.City}, {PostalCode.State} {PostalCode.Code}";
}

/// <summary>A patron's notice address (Polaris AddressTypeID 2).</summary>
internal sealed record PatronAddress(Patron Patron, Address Address, DateTime VerificationDate)
{
    public const int NoticeAddressType = 2;
    public const int HomeLabel = 1;
}
