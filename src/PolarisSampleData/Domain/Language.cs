namespace PolarisSampleData.Domain;

/// <summary>
/// A language a patron takes notices in: Polaris' LanguageID (a Windows locale ID: 1033 is English (US), as the
/// library's rows carry) and the three-letter code its PhoneNotices export gives the phone integration.
/// </summary>
internal sealed record Language(string Name, int LanguageId, string PhoneNoticesCode)
{
    public static readonly Language English = new("english", 1033, "eng");

    /// <summary>Spanish (modern sort), the locale Windows and Polaris give Spanish; <c>spa</c> is its ISO 639-2 code.</summary>
    public static readonly Language Spanish = new("spanish", 3082, "spa");

    /// <summary>The languages a scenario can name.</summary>
    public static readonly IReadOnlyList<Language> All = [English, Spanish];

    public static Language? Named(string? name) => All.FirstOrDefault(l => l.Name == name);
}
