using System.Globalization;

namespace PolarisSampleData.Domain;

/// <summary>
/// The library's 14-digit Codabar barcodes: a kind digit (2 patron, 3 item), the institution code 3307,
/// an 8-digit serial and a Mod-10 (Luhn) check digit, which circulation clients and dashboards validate.
/// Serials from 01000001 to 09999999 keep the plan's <c>233070…</c> / <c>333070…</c> form.
/// </summary>
internal static class Barcodes
{
    public const string PatronPrefix = "23307";
    public const string ItemPrefix = "33307";

    /// <summary>The first serial handed out: barcodes read as real ones do (<c>2330701…</c>).</summary>
    public const int FirstSerial = 1_000_001;

    /// <summary>The last serial whose barcode still starts with the plan's <c>233070</c> / <c>333070</c>.</summary>
    public const int LastSerial = 9_999_999;

    /// <summary>How many barcodes of one kind a set can hand out.</summary>
    public const int Capacity = LastSerial - FirstSerial + 1;

    public static string Make(string prefix, int serial)
    {
        var payload = prefix + serial.ToString("D8", CultureInfo.InvariantCulture);
        return payload + (char)('0' + CheckDigit(payload));
    }

    /// <summary>True when <paramref name="barcode"/> is all digits and its last digit is the Mod-10 check digit of the rest.</summary>
    public static bool HasValidCheckDigit(ReadOnlySpan<char> barcode) =>
        barcode.Length > 1 && !barcode.ContainsAnyExceptInRange('0', '9') && barcode[^1] - '0' == CheckDigit(barcode[..^1]);

    /// <summary>Luhn: from the right, every second digit of the payload doubled (its digits summed), then what brings the sum to a multiple of 10.</summary>
    private static int CheckDigit(ReadOnlySpan<char> payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            var digit = payload[payload.Length - 1 - i] - '0';
            if (i % 2 == 0) digit = digit * 2 is var doubled && doubled > 9 ? doubled - 9 : doubled;
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
