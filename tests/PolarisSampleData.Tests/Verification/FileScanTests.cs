using System.Security.Cryptography;
using System.Text;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Tests.Verification;

/// <summary>A file's facts are the same however its bytes arrive: the loader learns them in the pieces its CSV reader reads.</summary>
public sealed class FileScanTests
{
    private static readonly byte[] Text = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("Zoë\r\nJosé Núñez\r\n€ 5\n😀 done")];

    private static FileFacts InTwo(byte[] bytes, int at)
    {
        using var scan = new FileScan();
        scan.Append(bytes.AsSpan(0, at));
        scan.Append(bytes.AsSpan(at));
        return scan.Facts();
    }

    [Fact]
    public void Split_anywhere_valid_utf8_stays_valid_and_the_facts_stay_the_same()
    {
        var whole = FileScan.Of(new MemoryStream(Text));
        whole.Should().Be(new FileFacts(Convert.ToHexStringLower(SHA256.HashData(Text)), Bom: true, CarriageReturns: 2, ValidUtf8: true));
        for (var at = 0; at <= Text.Length; at++) InTwo(Text, at).Should().Be(whole, $"split at byte {at}");
        using var byteByByte = new FileScan();
        foreach (var b in Text) byteByByte.Append([b]);
        byteByByte.Facts().Should().Be(whole);
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0xFF, 0x42 })] // a byte no character has
    [InlineData(new byte[] { 0x41, 0xC3 })] // a character cut off at the end
    [InlineData(new byte[] { 0xC3, 0x41 })] // a lead byte without its continuation
    [InlineData(new byte[] { 0x80, 0x41 })] // a continuation without its lead
    [InlineData(new byte[] { 0xE2, 0x82, 0x41, 0x41 })] // three-byte character broken in the middle
    public void Invalid_utf8_is_found_wherever_the_pieces_split(byte[] bytes)
    {
        for (var at = 0; at <= bytes.Length; at++) InTwo(bytes, at).ValidUtf8.Should().BeFalse($"split at byte {at}");
    }
}
