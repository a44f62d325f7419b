using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.BibliographicRecords</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record BibliographicRecordsRow
{
    [SqlType("int"), PrimaryKey] public int? BibliographicRecordID { get; init; }
    [SqlType("int")] public int? RecordStatusID { get; init; }
    [SqlType("int")] public int? RecordOwnerID { get; init; }
    [SqlType("int")] public int? CreatorID { get; init; }
    [SqlType("int")] public int? ModifierID { get; init; }
    [SqlType("nvarchar(255)")] public string? BrowseAuthor { get; init; }
    [SqlType("nvarchar(255)")] public string? BrowseTitle { get; init; }
    [SqlType("nvarchar(255)")] public string? BrowseCallNo { get; init; }
    [SqlType("tinyint")] public int? DisplayInPAC { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? ImportedDate { get; init; }
    [SqlType("char(1)")] public string? MARCBibStatus { get; init; }
    [SqlType("char(1)")] public string? MARCBibType { get; init; }
    [SqlType("char(1)")] public string? MARCBibLevel { get; init; }
    [SqlType("char(1)"), LeftNull] public string? MARCTypeControl { get; init; }
    [SqlType("char(1)"), LeftNull] public string? MARCBibEncodingLevel { get; init; }
    [SqlType("char(1)"), LeftNull] public string? MARCDescCatalogingForm { get; init; }
    [SqlType("char(1)"), LeftNull] public string? MARCLinkedRecordReq { get; init; }
    [SqlType("nchar(4)")] public string? MARCPubDateOne { get; init; }
    [SqlType("nchar(4)"), LeftNull] public string? MARCPubDateTwo { get; init; }
    [SqlType("char(1)")] public string? MARCTargetAudience { get; init; }
    [SqlType("nchar(3)")] public string? MARCLanguage { get; init; }
    [SqlType("nchar(3)")] public string? MARCPubPlace { get; init; }
    [SqlType("smallint")] public int? PublicationYear { get; init; }
    [SqlType("nchar(6)"), LeftNull] public string? MARCCreationDate { get; init; }
    [SqlType("nchar(16)"), LeftNull] public string? MARCModificationDate { get; init; }
    [SqlType("nvarchar(40)"), LeftNull] public string? MARCLCCN { get; init; }
    [SqlType("nvarchar(100)"), LeftNull] public string? MARCMedium { get; init; }
    [SqlType("char(1)")] public string? MARCPublicationStatus { get; init; }
    [SqlType("bit")] public bool? ILLFlag { get; init; }
    [SqlType("char(1)"), LeftNull] public string? MARCCharCodingScheme { get; init; }
    [SqlType("nvarchar(255)")] public string? SortAuthor { get; init; }
    [SqlType("char(1)")] public string? LiteraryForm { get; init; }
    [SqlType("datetime")] public DateTime? RecordStatusDate { get; init; }
    [SqlType("bit")] public bool? ModifiedByAuthorityJob { get; init; }
    [SqlType("tinyint"), LeftNull] public int? PrimaryMARCTOMID { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? FirstAvailableDate { get; init; }
    [SqlType("datetime")] public DateTime? CreationDate { get; init; }
    [SqlType("datetime")] public DateTime? ModificationDate { get; init; }
    [SqlType("int"), LeftNull] public int? LifetimeCircCount { get; init; }
    [SqlType("int"), LeftNull] public int? LifetimeInHouseUseCount { get; init; }
    [SqlType("nvarchar(255)")] public string? SortTitle { get; init; }
    [SqlType("int"), LeftNull] public int? Popularity { get; init; }
    [SqlType("nvarchar(255)"), LeftNull] public string? ImportedFileName { get; init; }
    [SqlType("tinyint")] public int? BrowseTitleNonFilingCount { get; init; }
    [SqlType("nvarchar(50)"), LeftNull] public string? ImportedControlNumber { get; init; }
    [SqlType("nvarchar(50)"), LeftNull] public string? ImportedRecordSource { get; init; }
    [SqlType("bit")] public bool? HasElectronicURL { get; init; }
    [SqlType("bit")] public bool? DoNotOverlay { get; init; }
    [SqlType("int"), LeftNull] public int? HostBibliographicRecordID { get; init; }
    [SqlType("bit"), LeftNull] public bool? HasConstituents { get; init; }
    [SqlType("int"), LeftNull] public int? BoundWithCreatorID { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? BoundWithCreationDate { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? DisplayInPACLastChanged { get; init; }

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
        SortAuthor = t.BrowseAuthor?.ToUpperInvariant(),
        LiteraryForm = t.Collection is Collection.Fiction or Collection.JuvenileFiction ? "1" : "0",
        RecordStatusDate = t.CreationDate,
        ModifiedByAuthorityJob = false,
        CreationDate = t.CreationDate,
        ModificationDate = t.CreationDate,
        SortTitle = t.BrowseTitle.StartsWith("The ", StringComparison.Ordinal) ? t.BrowseTitle[4..].ToUpperInvariant() : t.BrowseTitle.ToUpperInvariant(),
        BrowseTitleNonFilingCount = t.BrowseTitle.StartsWith("The ", StringComparison.Ordinal) ? 4 : 0,
        HasElectronicURL = false,
        DoNotOverlay = false,
    });
}
