using System.Security.Cryptography;

namespace PolarisSampleData.Tests.Support;

/// <summary>Folder helpers for tests that must show what a run left on disk.</summary>
public static class Folders
{
    /// <summary>Every entry under a place with each file's SHA-256: a folder's whole content, or one file's; empty when it does not exist.</summary>
    public static List<string> Snapshot(string place) =>
        new FileInfo(place).LinkTarget is { } link ? [$"-> {link}", .. Snapshot(Path.GetFullPath(link, Path.GetDirectoryName(place)!))]
        : File.Exists(place) ? [Hash(place)]
        : Directory.Exists(place) ? Directory.EnumerateFileSystemEntries(place, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(entry => File.Exists(entry) ? $"{Path.GetRelativePath(place, entry)} {Hash(entry)}" : Path.GetRelativePath(place, entry) + "/")
            .ToList()
        : [];

    public static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
}
