using PolarisSampleData.Tests.Support;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Tests.Verification;

/// <summary>A file that cannot be read, wherever the loader meets it: one error that names it, whichever task read it.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class UnreadableFileTests(GeneratedSet set)
{
    [Theory]
    [InlineData("Polaris.Polaris.Patrons.csv")] // read by a database's loading task
    [InlineData("Results.Polaris.NotificationHistory.csv")]
    [InlineData("shoutbomb/PhoneNotices.csv")] // only looked at, before the tasks start
    public void Is_reported_as_a_data_set_error(string file)
    {
        if (!OperatingSystem.IsLinux()) return; // reading /proc/self/mem from the start fails only there
        using var scratch = new ScratchSet(set.Folder);
        var path = Path.Combine(scratch.Folder, file);
        File.Delete(path);
        File.CreateSymbolicLink(path, "/proc/self/mem");

        var verify = () => Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);

        verify.Should().Throw<PolarisSampleData.Output.DataSetException>().WithMessage($"*{Path.GetFileName(file)}*Fix:*");
    }
}
