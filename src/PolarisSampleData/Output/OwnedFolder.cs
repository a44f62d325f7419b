using System.Globalization;

namespace PolarisSampleData.Output;

/// <summary>
/// A folder polaris-gen makes for one run's work: generate's staging folder inside --out, or the
/// temporary folder of verify's, trace's and query's databases. It is named with a known prefix, holds
/// a marker file and is locked while its run lives, so a later run can tell one left by a run killed
/// with SIGKILL (name, marker, no lock) and remove it, and nothing else.
/// </summary>
public sealed class OwnedFolder : IDisposable
{
    public const string MarkerFile = "polaris-gen.marker";

    private readonly FolderLock _lock;

    private OwnedFolder(string path, FolderLock folderLock) => (Path, _lock) = (path, folderLock);

    public string Path { get; }

    /// <summary>A new folder named <paramref name="prefix"/> and this process's ID (and a count, when that is taken) inside <paramref name="parent"/>.</summary>
    public static OwnedFolder Create(string parent, string prefix)
    {
        var name = prefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        for (var attempt = 1; ; attempt++)
        {
            var path = System.IO.Path.Combine(parent, attempt == 1 ? name : FormattableString.Invariant($"{name}-{attempt}"));
            if (System.IO.Path.Exists(path)) continue;
            Directory.CreateDirectory(path);
            // Another process may have made the same name at the same moment (a container's PID is often 1).
            if (FolderLock.TryTake(path) is not { } taken) continue;
            File.WriteAllText(System.IO.Path.Combine(path, MarkerFile),
                $"Made by polaris-gen (process {Environment.ProcessId}) for one run's work; a later run deletes it once that process has ended.\n");
            return new OwnedFolder(path, taken);
        }
    }

    /// <summary>
    /// Deletes the folders named <paramref name="prefix"/>... in <paramref name="parent"/> that hold the
    /// marker and whose run has ended; returns them with the bytes they held.
    /// </summary>
    public static IReadOnlyList<(string Path, long Bytes)> RemoveStale(string parent, string prefix)
    {
        var removed = new List<(string, long)>();
        if (!Directory.Exists(parent)) return removed;
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*").Order(StringComparer.Ordinal))
        {
            if ((File.GetAttributes(folder) & FileAttributes.ReparsePoint) != 0) continue;
            if (!File.Exists(System.IO.Path.Combine(folder, MarkerFile))) continue;
            using var orphaned = FolderLock.TryTake(folder);
            if (orphaned is null) continue;
            var bytes = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(file => new FileInfo(file).Length);
            Directory.Delete(folder, recursive: true);
            removed.Add((folder, bytes));
        }
        return removed;
    }

    /// <summary>Deletes the folder and what is in it; safe to call again, and from a signal handler while others still write.</summary>
    public void Delete()
    {
        for (var attempt = 0; attempt < 5 && Directory.Exists(Path); attempt++)
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A writer added a file while the folder was being emptied: empty it again.
            }
        }
    }

    /// <summary>Unlocks, then deletes: Windows keeps a folder whose lock file is open.</summary>
    public void Dispose()
    {
        _lock.Dispose();
        Delete();
    }
}
