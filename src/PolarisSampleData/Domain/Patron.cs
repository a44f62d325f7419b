namespace PolarisSampleData.Domain;

/// <summary>A patron with fake PII and the registration facts the notice pipeline reads.</summary>
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
    int YtdCircCount,
    int LifetimeCircCount,
    string PasswordHash,
    string ObfuscatedPassword)
{
    public DeliveryOption Delivery => Scenario.Delivery;

    /// <summary>The address a notice was actually sent to: what NotificationLogs.DeliveryString records.</summary>
    public string? DeliveryString => Delivery switch
    {
        DeliveryOption.Email => Email,
        DeliveryOption.Voice or DeliveryOption.Text => Phone,
        _ => null,
    };

    /// <summary>Polaris' sortable form, "Last, First Middle".</summary>
    public string FullName => MiddleName is null ? $"{LastName}, {FirstName}" : $"{LastName}, {FirstName} {MiddleName}";

    public string FirstLastName => $"{FirstName} {LastName}";
}
