namespace PolarisSampleData.Domain;

/// <summary>Polaris <c>SA_DeliveryOptions</c> IDs used by notices (the numbers are the real IDs).</summary>
internal enum DeliveryOption
{
    Mail = 1,
    Email = 2,
    Voice = 3,
    Text = 8,
}

internal static class DeliveryOptionExtensions
{
    /// <summary>Voice and text notices leave through the library's Shoutbomb integration, not Polaris.</summary>
    public static bool IsPhone(this DeliveryOption option) => option is DeliveryOption.Voice or DeliveryOption.Text;
}
