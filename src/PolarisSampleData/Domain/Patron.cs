namespace PolarisSampleData.Domain;

/// <summary>
/// A patron with fake PII and the registration facts the notice pipeline reads; <see cref="Household"/>
/// numbers the patron's home within the shard (members share its address, its language, its branch and mostly its surname).
/// </summary>
internal sealed record Patron(
    int PatronId,
    string Barcode,
    Scenario Scenario,
    string FirstName,
    string? MiddleName,
    string LastName,
    string? Email,
    string? Phone,
    DateTime Birthdate,
    DateTime RegistrationDate,
    DateTime ExpirationDate,
    DateTime LastActivityDate,
    CircCounts PriorCirculation,
    string PasswordHash,
    string ObfuscatedPassword,
    int Household,
    Language Language,
    Branch Branch)
{
    public DeliveryOption Delivery => Scenario.Delivery;

    /// <summary>The address a notice sent by <paramref name="option"/> goes to; none for mail.</summary>
    public string? AddressFor(DeliveryOption option) => option switch
    {
        DeliveryOption.Email => Email,
        DeliveryOption.Voice or DeliveryOption.Text => Phone,
        _ => null,
    };

    /// <summary>
    /// How Polaris sends this patron an almost-overdue or auto-renewal reminder (type 7), whatever the
    /// preference: by email to anyone with an address, by text to a text patron without one, otherwise not
    /// at all (voice patrons hear of loans falling due through the Shoutbomb renew file).
    /// </summary>
    public DeliveryOption? ReminderDelivery =>
        Email is not null ? DeliveryOption.Email : Delivery == DeliveryOption.Text && Phone is not null ? DeliveryOption.Text : null;

    /// <summary>Polaris' sortable form, "Last, First Middle".</summary>
    public string FullName => MiddleName is null ? $"{LastName}, {FirstName}" : $"{LastName}, {FirstName} {MiddleName}";

    public string FirstLastName => $"{FirstName} {LastName}";
}
