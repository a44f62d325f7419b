using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.PatronRegistration</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record PatronRegistrationRow
{
    public int? PatronID { get; init; }
    public int? LanguageID { get; init; }
    public string? NameFirst { get; init; }
    public string? NameLast { get; init; }
    public string? NameMiddle { get; init; }
    public string? NameTitle { get; init; }
    public string? NameSuffix { get; init; }
    public string? PhoneVoice1 { get; init; }
    public string? PhoneVoice2 { get; init; }
    public string? PhoneVoice3 { get; init; }
    public string? EmailAddress { get; init; }
    public DateTime? EntryDate { get; init; }
    public DateTime? ExpirationDate { get; init; }
    public DateTime? AddrCheckDate { get; init; }
    public DateTime? UpdateDate { get; init; }
    public string? User1 { get; init; }
    public string? User2 { get; init; }
    public string? User3 { get; init; }
    public string? User4 { get; init; }
    public string? User5 { get; init; }
    public DateTime? Birthdate { get; init; }
    public DateTime? RegistrationDate { get; init; }
    public string? FormerID { get; init; }
    public int? ReadingList { get; init; }
    public string? PhoneFAX { get; init; }
    public int? DeliveryOptionID { get; init; }
    public int? StatisticalClassID { get; init; }
    public bool? CollectionExempt { get; init; }
    public string? AltEmailAddress { get; init; }
    public bool? ExcludeFromOverdues { get; init; }
    public string? SDIEmailAddress { get; init; }
    public int? SDIEmailFormatID { get; init; }
    public bool? SDIPositiveAssent { get; init; }
    public DateTime? SDIPositiveAssentDate { get; init; }
    public bool? DeletionExempt { get; init; }
    public string? PatronFullName { get; init; }
    public bool? ExcludeFromHolds { get; init; }
    public bool? ExcludeFromBills { get; init; }
    public int? EmailFormatID { get; init; }
    public string? PatronFirstLastName { get; init; }
    public string? Username { get; init; }
    public DateTime? MergeDate { get; init; }
    public int? MergeUserID { get; init; }
    public string? MergeBarcode { get; init; }
    public bool? EnableSMS { get; init; }
    public int? RequestPickupBranchID { get; init; }
    public int? Phone1CarrierID { get; init; }
    public int? Phone2CarrierID { get; init; }
    public int? Phone3CarrierID { get; init; }
    public int? eReceiptOptionID { get; init; }
    public int? TxtPhoneNumber { get; init; }
    public bool? ExcludeFromAlmostOverdueAutoRenew { get; init; }
    public bool? ExcludeFromPatronRecExpiration { get; init; }
    public bool? ExcludeFromInactivePatron { get; init; }
    public bool? DoNotShowEReceiptPrompt { get; init; }
    public string? PasswordHash { get; init; }
    public string? ObfuscatedPassword { get; init; }
    public int? NameTitleID { get; init; }
    public int? RBdigitalPatronID { get; init; }
    public int? GenderID { get; init; }
    public string? LegalNameFirst { get; init; }
    public string? LegalNameLast { get; init; }
    public string? LegalNameMiddle { get; init; }
    public string? LegalFullName { get; init; }
    public bool? UseLegalNameOnNotices { get; init; }
    public bool? EnablePush { get; init; }
    public bool? StaffAcceptedUseSingleName { get; init; }
    public bool? ExtendedLoanPeriods { get; init; }
    public bool? IncreasedCheckOutLimits { get; init; }

    public static IEnumerable<PatronRegistrationRow> Project(World world) => world.Patrons.Select(p => new PatronRegistrationRow
    {
        PatronID = p.PatronId,
        LanguageID = Library.LanguageId,
        NameFirst = p.FirstName,
        NameLast = p.LastName,
        NameMiddle = p.MiddleName,
        PhoneVoice1 = p.Phone,
        EmailAddress = p.Email,
        EntryDate = p.RegistrationDate,
        ExpirationDate = p.ExpirationDate,
        AddrCheckDate = p.ExpirationDate,
        UpdateDate = p.LastActivityDate,
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
        RequestPickupBranchID = Library.OrganizationId,
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
