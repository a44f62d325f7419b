namespace PolarisSampleData.Generation;

/// <summary>
/// Hands out IDs and barcodes in sequence, so they never collide however many are drawn.
/// Polaris barcodes here are a 6-digit library prefix and an 8-digit sequence: 14 digits in all.
/// </summary>
internal sealed class IdSequence(int first)
{
    private int _next = first;

    public int Next() => _next++;

    public static string Barcode(string prefix, int sequence) =>
        prefix + sequence.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    public const string PatronBarcodePrefix = "233070";
    public const string ItemBarcodePrefix = "333070";

    /// <summary>Barcode sequences start here so every barcode reads like a real 14-digit one.</summary>
    public const int FirstBarcodeSequence = 10_000_001;
}
