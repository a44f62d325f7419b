using System.Runtime.InteropServices;

namespace PolarisSampleData.Output;

/// <summary>
/// An exclusive lock on a folder, held by one process and dropped by the kernel when that process ends
/// however it ends, so a killed run never blocks the next. On Unix it is flock(2) on the folder itself,
/// which leaves nothing in it; Windows cannot lock a folder, so there a lock file inside it is opened
/// unshared and deleted when closed, as Windows does atomically.
/// </summary>
internal sealed partial class FolderLock : IDisposable
{
    private const string WindowsLockFile = ".polaris-gen.lock";
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;

    /// <summary>
    /// O_CLOEXEC (read-only otherwise): a child process started while the lock is held must not inherit the
    /// descriptor, or the lock lives on in the child after this process lets it go (the tests start the CLI
    /// beside in-process generates, and one was refused as "being written by another polaris-gen generate").
    /// </summary>
    private static readonly int CloseOnExec = OperatingSystem.IsLinux() ? 0x80000 : OperatingSystem.IsMacOS() ? 0x1000000 : 0x100000;

    private readonly int _descriptor;
    private readonly FileStream? _windowsLock;

    private FolderLock(int descriptor, FileStream? windowsLock) => (_descriptor, _windowsLock) = (descriptor, windowsLock);

    /// <summary>
    /// The folder's lock, or null when another process holds it. A file system that cannot lock at all
    /// (some network shares) gets a lock that guards nothing rather than no generate.
    /// </summary>
    public static FolderLock? TryTake(string folder)
    {
        if (OperatingSystem.IsWindows()) return TryTakeOnWindows(folder);
        var descriptor = Open(folder, CloseOnExec);
        if (descriptor < 0)
            throw new IOException($"cannot open '{folder}' to lock it ({Marshal.GetLastPInvokeErrorMessage()}).");
        if (Flock(descriptor, LockExclusive | LockNonBlocking) == 0) return new FolderLock(descriptor, null);
        var error = Marshal.GetLastPInvokeError();
        if (error is 11 or 35) // EWOULDBLOCK: Linux, then macOS and the BSDs
        {
            _ = Close(descriptor);
            return null;
        }
        return new FolderLock(descriptor, null);
    }

    private static FolderLock? TryTakeOnWindows(string folder)
    {
        try
        {
            return new FolderLock(-1, new FileStream(Path.Combine(folder, WindowsLockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite,
                FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, WindowsLockFile)))
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (_windowsLock is not null) _windowsLock.Dispose();
        else _ = Close(_descriptor);
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int descriptor, int operation);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
