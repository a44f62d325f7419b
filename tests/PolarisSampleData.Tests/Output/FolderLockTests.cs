using System.Diagnostics;
using PolarisSampleData.Output;

namespace PolarisSampleData.Tests.Output;

public sealed class FolderLockTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("polaris-gen-lock-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_held_lock_refuses_a_second_taker_and_is_free_once_let_go()
    {
        using (var first = FolderLock.TryTake(_folder))
        {
            first.Should().NotBeNull();
            FolderLock.TryTake(_folder).Should().BeNull("another run holds the folder");
        }
        using var again = FolderLock.TryTake(_folder);
        again.Should().NotBeNull();
    }

    /// <summary>A process started while the lock is held does not keep it after its holder lets it go.</summary>
    [Fact]
    public void A_child_process_does_not_inherit_the_lock()
    {
        if (OperatingSystem.IsWindows()) return;
        Process child;
        using (FolderLock.TryTake(_folder))
            child = Process.Start(new ProcessStartInfo("sleep", "5") { UseShellExecute = false })!;
        try
        {
            using var next = FolderLock.TryTake(_folder);
            next.Should().NotBeNull("the lock's holder let it go, though the child it started still runs");
        }
        finally
        {
            child.Kill();
            child.WaitForExit();
        }
    }
}
