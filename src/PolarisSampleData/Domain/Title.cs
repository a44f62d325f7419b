namespace PolarisSampleData.Domain;

/// <summary>The shelf a title sits on; decides its call number, material type and loan rules.</summary>
internal enum Collection
{
    Fiction,
    JuvenileFiction,
    NonFiction,
    Dvd,
    VideoGame,
}

/// <summary>A bibliographic record: what a patron asks for, shared by all its copies (and their price).</summary>
internal sealed record Title(
    int BibliographicRecordId,
    Collection Collection,
    string BrowseTitle,
    string? BrowseAuthor,
    string CallNumber,
    int MaterialTypeId,
    string Topic,
    int PublicationYear,
    DateTime CreationDate,
    decimal Price);
