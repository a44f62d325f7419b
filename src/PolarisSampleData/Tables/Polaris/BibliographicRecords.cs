using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.BibliographicRecords</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record BibliographicRecordsRow
{
    public int? BibliographicRecordID { get; init; }
    public int? RecordStatusID { get; init; }
    public int? RecordOwnerID { get; init; }
    public int? CreatorID { get; init; }
    public int? ModifierID { get; init; }
    public string? BrowseAuthor { get; init; }
    public string? BrowseTitle { get; init; }
    public string? BrowseCallNo { get; init; }
    public int? DisplayInPAC { get; init; }
    public DateTime? ImportedDate { get; init; }
    public string? MARCBibStatus { get; init; }
    public string? MARCBibType { get; init; }
    public string? MARCBibLevel { get; init; }
    public string? MARCTypeControl { get; init; }
    public string? MARCBibEncodingLevel { get; init; }
    public string? MARCDescCatalogingForm { get; init; }
    public string? MARCLinkedRecordReq { get; init; }
    public string? MARCPubDateOne { get; init; }
    public string? MARCPubDateTwo { get; init; }
    public string? MARCTargetAudience { get; init; }
    public string? MARCLanguage { get; init; }
    public string? MARCPubPlace { get; init; }
    public int? PublicationYear { get; init; }
    public string? MARCCreationDate { get; init; }
    public string? MARCModificationDate { get; init; }
    public string? MARCLCCN { get; init; }
    public string? MARCMedium { get; init; }
    public string? MARCPublicationStatus { get; init; }
    public bool? ILLFlag { get; init; }
    public string? MARCCharCodingScheme { get; init; }
    public string? SortAuthor { get; init; }
    public string? LiteraryForm { get; init; }
    public DateTime? RecordStatusDate { get; init; }
    public bool? ModifiedByAuthorityJob { get; init; }
    public int? PrimaryMARCTOMID { get; init; }
    public DateTime? FirstAvailableDate { get; init; }
    public DateTime? CreationDate { get; init; }
    public DateTime? ModificationDate { get; init; }
    public int? LifetimeCircCount { get; init; }
    public int? LifetimeInHouseUseCount { get; init; }
    public string? SortTitle { get; init; }
    public int? Popularity { get; init; }
    public string? ImportedFileName { get; init; }
    public int? BrowseTitleNonFilingCount { get; init; }
    public string? ImportedControlNumber { get; init; }
    public string? ImportedRecordSource { get; init; }
    public bool? HasElectronicURL { get; init; }
    public bool? DoNotOverlay { get; init; }
    public int? HostBibliographicRecordID { get; init; }
    public bool? HasConstituents { get; init; }
    public int? BoundWithCreatorID { get; init; }
    public DateTime? BoundWithCreationDate { get; init; }
    public DateTime? DisplayInPACLastChanged { get; init; }

    public static IEnumerable<BibliographicRecordsRow> Project(World world) => world.Titles.Select(t => new BibliographicRecordsRow
    {
        BibliographicRecordID = t.BibliographicRecordId,
        RecordStatusID = 1,
        RecordOwnerID = Library.OrganizationId,
        CreatorID = 1,
        ModifierID = 1,
        BrowseAuthor = t.BrowseAuthor,
        BrowseTitle = t.BrowseTitle,
        BrowseCallNo = t.CallNumber,
        DisplayInPAC = 1,
        MARCBibStatus = "n",
        MARCBibType = t.Collection is Collection.Dvd ? "g" : t.Collection is Collection.VideoGame ? "m" : "a",
        MARCBibLevel = "m",
        MARCLanguage = "eng",
        MARCPubDateOne = t.PublicationYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
        MARCTargetAudience = t.Collection == Collection.JuvenileFiction ? "j" : null,
        MARCPubPlace = "xxu",
        PublicationYear = t.PublicationYear,
        MARCPublicationStatus = "s",
        ILLFlag = false,
        SortAuthor = t.BrowseAuthor.ToUpperInvariant(),
        LiteraryForm = t.Collection is Collection.Fiction or Collection.JuvenileFiction ? "1" : "0",
        RecordStatusDate = new DateTime(t.PublicationYear, 1, 15, 10, 0, 0),
        ModifiedByAuthorityJob = false,
        CreationDate = new DateTime(t.PublicationYear, 1, 15, 10, 0, 0),
        ModificationDate = new DateTime(t.PublicationYear, 1, 15, 10, 0, 0),
        SortTitle = t.BrowseTitle.StartsWith("The ", StringComparison.Ordinal) ? t.BrowseTitle[4..].ToUpperInvariant() : t.BrowseTitle.ToUpperInvariant(),
        BrowseTitleNonFilingCount = t.BrowseTitle.StartsWith("The ", StringComparison.Ordinal) ? 4 : 0,
        HasElectronicURL = false,
        DoNotOverlay = false,
    });
}
