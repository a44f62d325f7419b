using System.Text;
using PolarisSampleData.Tests.Support;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Tests.Verification;

/// <summary>What only shows in files larger than one read of the loader: a large set's tables.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class LargeFileTests(GeneratedSet set)
{
    [Fact]
    public void A_character_split_between_two_reads_is_still_valid_utf8()
    {
        using var scratch = new ScratchSet(set.Folder);
        scratch.EditLines("Polaris.Patrons", lines =>
        {
            var used = Encoding.UTF8.GetByteCount(string.Join('\n', lines) + "\n");
            // The filler line ends just before byte 65,535, so the two bytes of 'é' straddle the 64 KiB the loader reads at a time.
            var filler = new string('x', (1 << 16) - 2 - used);
            return [.. lines, filler, "é"];
        });

        var report = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);

        report.Results.Single(r => r.Check.Name == "files.encoding").Status.Should().Be(CheckStatus.Pass);
    }
}
