using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.PatronRegistration</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record PatronRegistrationRow
{
    [SqlType("int"), PrimaryKey] public int? PatronID { get; init; }
    [SqlType("smallint")] public int? LanguageID { get; init; }
    [SqlType("nvarchar(32)")] public string? NameFirst { get; init; }
    [SqlType("nvarchar(100)")] public string? NameLast { get; init; }
    [SqlType("nvarchar(32)")] public string? NameMiddle { get; init; }
    [SqlType("nvarchar(8)"), LeftNull] public string? NameTitle { get; init; }
    [SqlType("nvarchar(4)"), LeftNull] public string? NameSuffix { get; init; }
    [SqlType("nvarchar(20)")] public string? PhoneVoice1 { get; init; }
    [SqlType("nvarchar(20)"), LeftNull] public string? PhoneVoice2 { get; init; }
    [SqlType("nvarchar(20)"), LeftNull] public string? PhoneVoice3 { get; init; }
    [SqlType("nvarchar(64)")] public string? EmailAddress { get; init; }
    [SqlType("datetime")] public DateTime? EntryDate { get; init; }
    [SqlType("datetime")] public DateTime? ExpirationDate { get; init; }
    [SqlType("datetime")] public DateTime? AddrCheckDate { get; init; }
    [SqlType("datetime")] public DateTime? UpdateDate { get; init; }
    [SqlType("nvarchar(64)"), LeftNull] public string? User1 { get; init; }
    [SqlType("nvarchar(64)"), LeftNull] public string? User2 { get; init; }
    [SqlType("nvarchar(64)"), LeftNull] public string? User3 { get; init; }
    [SqlType("nvarchar(64)"), LeftNull] public string? User4 { get; init; }
    [SqlType("nvarchar(64)"), LeftNull] public string? User5 { get; init; }
    [SqlType("datetime")] public DateTime? Birthdate { get; init; }
    [SqlType("datetime")] public DateTime? RegistrationDate { get; init; }
    [SqlType("nvarchar(20)"), LeftNull] public string? FormerID { get; init; }
    [SqlType("tinyint")] public int? ReadingList { get; init; }
    [SqlType("nvarchar(20)"), LeftNull] public string? PhoneFAX { get; init; }
    [SqlType("int")] public int? DeliveryOptionID { get; init; }
    [SqlType("int"), LeftNull] public int? StatisticalClassID { get; init; }
    [SqlType("bit")] public bool? CollectionExempt { get; init; }
    [SqlType("nvarchar(64)"), LeftNull] public string? AltEmailAddress { get; init; }
    [SqlType("bit")] public bool? ExcludeFromOverdues { get; init; }
    [SqlType("nvarchar(150)"), LeftNull] public string? SDIEmailAddress { get; init; }
    [SqlType("int"), LeftNull] public int? SDIEmailFormatID { get; init; }
    [SqlType("bit"), LeftNull] public bool? SDIPositiveAssent { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? SDIPositiveAssentDate { get; init; }
    [SqlType("bit")] public bool? DeletionExempt { get; init; }
    [SqlType("nvarchar(100)")] public string? PatronFullName { get; init; }
    [SqlType("bit")] public bool? ExcludeFromHolds { get; init; }
    [SqlType("bit")] public bool? ExcludeFromBills { get; init; }
    [SqlType("int")] public int? EmailFormatID { get; init; }
    [SqlType("nvarchar(100)")] public string? PatronFirstLastName { get; init; }
    [SqlType("nvarchar(50)"), LeftNull] public string? Username { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? MergeDate { get; init; }
    [SqlType("int"), LeftNull] public int? MergeUserID { get; init; }
    [SqlType("nvarchar(20)"), LeftNull] public string? MergeBarcode { get; init; }
    [SqlType("bit")] public bool? EnableSMS { get; init; }
    [SqlType("int")] public int? RequestPickupBranchID { get; init; }
    [SqlType("int"), LeftNull] public int? Phone1CarrierID { get; init; }
    [SqlType("int"), LeftNull] public int? Phone2CarrierID { get; init; }
    [SqlType("int"), LeftNull] public int? Phone3CarrierID { get; init; }
    [SqlType("int"), LeftNull] public int? eReceiptOptionID { get; init; }
    [SqlType("tinyint")] public int? TxtPhoneNumber { get; init; }
    [SqlType("bit")] public bool? ExcludeFromAlmostOverdueAutoRenew { get; init; }
    [SqlType("bit")] public bool? ExcludeFromPatronRecExpiration { get; init; }
    [SqlType("bit")] public bool? ExcludeFromInactivePatron { get; init; }
    [SqlType("bit")] public bool? DoNotShowEReceiptPrompt { get; init; }
    [SqlType("nvarchar(256)")] public string? PasswordHash { get; init; }
    [SqlType("nvarchar(256)")] public string? ObfuscatedPassword { get; init; }
    [SqlType("int"), LeftNull] public int? NameTitleID { get; init; }
    [SqlType("int"), LeftNull] public int? RBdigitalPatronID { get; init; }
    [SqlType("int"), LeftNull] public int? GenderID { get; init; }
    [SqlType("nvarchar(32)"), LeftNull] public string? LegalNameFirst { get; init; }
    [SqlType("nvarchar(32)"), LeftNull] public string? LegalNameLast { get; init; }
    [SqlType("nvarchar(32)"), LeftNull] public string? LegalNameMiddle { get; init; }
    [SqlType("nvarchar(100)"), LeftNull] public string? LegalFullName { get; init; }
    [SqlType("bit")] public bool? UseLegalNameOnNotices { get; init; }
    [SqlType("bit")] public bool? EnablePush { get; init; }
    [SqlType("bit")] public bool? StaffAcceptedUseSingleName { get; init; }
    [SqlType("bit")] public bool? ExtendedLoanPeriods { get; init; }
    [SqlType("bit")] public bool? IncreasedCheckOutLimits { get; init; }

    public static IEnumerable<PatronRegistrationRow> Project(World world) => world.Patrons.Select(p => new PatronRegistrationRow
    {
        PatronID = p.PatronId,
        LanguageID = p.Language.LanguageId,
        NameFirst = p.FirstName,
        NameLast = p.LastName,
        NameMiddle = p.MiddleName,
        PhoneVoice1 = p.Phone,
        EmailAddress = p.Email,
        EntryDate = p.RegistrationDate,
        ExpirationDate = p.ExpirationDate,
        AddrCheckDate = p.ExpirationDate,
        UpdateDate = world.LastActivityDate(p),
        Birthdate = p.Birthdate,
        RegistrationDate = p.RegistrationDate,
        ReadingList = 0,
        DeliveryOptionID = (int)p.Delivery,
        CollectionExempt = false,
        ExcludeFromOverdues = false,
        DeletionExempt = false,
        PatronFullName = p.FullName,
        ExcludeFromHolds = false,
        ExcludeFromBills = false,
        EmailFormatID = p.Email is null ? null : 2,
        PatronFirstLastName = p.FirstLastName,
        EnableSMS = p.Delivery == DeliveryOption.Text,
        RequestPickupBranchID = p.Branch.OrganizationId,
        TxtPhoneNumber = p.Delivery == DeliveryOption.Text ? 1 : null,
        ExcludeFromAlmostOverdueAutoRenew = false,
        ExcludeFromPatronRecExpiration = false,
        ExcludeFromInactivePatron = false,
        DoNotShowEReceiptPrompt = false,
        PasswordHash = p.PasswordHash,
        ObfuscatedPassword = p.ObfuscatedPassword,
        UseLegalNameOnNotices = false,
        EnablePush = false,
        StaffAcceptedUseSingleName = false,
        ExtendedLoanPeriods = false,
        IncreasedCheckOutLimits = false,
    });
}
