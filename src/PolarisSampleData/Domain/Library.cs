namespace PolarisSampleData.Domain;

/// <summary>The one branch every record belongs to: Daviess County Public Library (real reference facts).</summary>
internal static class Library
{
    public const int OrganizationId = 3;
    public const string Name = "Daviess County Public Library";
    public const string Abbreviation = "DCPL";
    public const string PhoneNumber = "270-684-0211";
    public const int LanguageId = 1033;

    /// <summary>The library's public street address, printed as the return address on notices.</summary>
    public const string Address = "2020 Frederica Street, Owensboro, KY 42301";
}
