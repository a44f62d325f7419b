using System.Runtime.InteropServices;

namespace PolarisSampleData.Verification;

/// <summary>
/// What a path is, asked of the file system without opening it. verify, trace and query read only regular
/// files: opening a FIFO blocks until something writes to it, and a device such as /dev/zero or
/// /dev/urandom never ends, so a set whose file is a link to one would hang or read forever.
/// </summary>
internal static unsafe partial class RegularFile
{
    private const int TypeBits = 0xF000;

    private static readonly Dictionary<int, string> Types = new()
    {
        [0x1000] = "a FIFO (named pipe)",
        [0x2000] = "a character device",
        [0x4000] = "a directory",
        [0x6000] = "a block device",
        [0xC000] = "a socket",
    };

    private const int Regular = 0x8000;

    /// <summary>
    /// Why <paramref name="path"/> (its final target, where it is a link) is not to be read, worded for a
    /// report: "a FIFO (named pipe), not a regular file, so it was not read"; null for a regular file, and for a path the file
    /// system cannot describe, whose opening then reports why.
    /// </summary>
    public static string? WhyNot(string path)
    {
        if (OperatingSystem.IsWindows()) return null; // files there are regular files or directories, which Windows will not open as files
        // The runtime's own stat (System.Native): its record starts with flags and then st_mode on every
        // platform it runs on, which is all this reads.
        var status = stackalloc byte[StatusBytes];
        if (Stat(path, status) != 0) return null;
        var type = *(int*)(status + sizeof(int)) & TypeBits;
        return type == Regular ? null : $"{Types.GetValueOrDefault(type, "a special file")}, not a regular file, so it was not read";
    }

    /// <summary>More than the runtime's file status record takes (about 130 bytes).</summary>
    private const int StatusBytes = 512;

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, byte* status);
}
