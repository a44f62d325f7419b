using System.Text.RegularExpressions;
using PolarisSampleData.Domain;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Generation;

/// <summary>Barcodes carry the Mod-10 check digit that circulation clients and dashboards validate, wherever they appear.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed partial class BarcodeTests(GeneratedSet set)
{
    [SharedReferenceFact]
    public void The_check_digit_rule_accepts_the_references_real_barcodes_and_rejects_any_one_digit_changed()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.PolarisReference!, "README.md"));
        var section = readme[readme.IndexOf("## Barcodes", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var real = BarcodeToken().Matches(section).Select(m => m.Value).ToList();

        real.Should().HaveCountGreaterThan(1);
        foreach (var barcode in real)
        {
            Barcodes.HasValidCheckDigit(barcode).Should().BeTrue(barcode);
            for (var position = 0; position < barcode.Length; position++)
            {
                var changed = barcode.ToCharArray();
                changed[position] = (char)('0' + (changed[position] - '0' + 1) % 10);
                Barcodes.HasValidCheckDigit(changed).Should().BeFalse($"{barcode} with digit {position + 1} changed");
            }
        }
    }

    [Theory]
    [InlineData(Barcodes.PatronPrefix, Barcodes.FirstSerial, "23307010000018")]
    [InlineData(Barcodes.ItemPrefix, Barcodes.FirstSerial, "33307010000016")]
    [InlineData(Barcodes.PatronPrefix, Barcodes.LastSerial, "23307099999999")]
    public void A_barcode_is_the_prefix_an_8_digit_serial_and_its_check_digit(string prefix, int serial, string expected) =>
        Barcodes.Make(prefix, serial).Should().Be(expected);

    [Fact]
    public void Every_barcode_in_every_file_of_the_set_carries_its_check_digit()
    {
        var files = Directory.EnumerateFiles(set.Folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var barcodes = files.SelectMany(f => BarcodeToken().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), m.Value))).ToList();

        // Patrons and items in the tables, the Shoutbomb uploads and PhoneNotices.
        barcodes.Select(b => b.File).Should().Contain(["Polaris.Polaris.Patrons.csv", "Polaris.Polaris.CircItemRecords.csv", "PhoneNotices.csv"]);
        barcodes.Should().Contain(b => b.File.StartsWith("holds_submitted_", StringComparison.Ordinal));
        barcodes.Where(b => !Barcodes.HasValidCheckDigit(b.Value)).Should().BeEmpty();
    }

    [GeneratedRegex(@"(?<![0-9])[23]3307[0-9]{9}(?![0-9])")]
    private static partial Regex BarcodeToken();
}
