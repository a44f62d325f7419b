using PolarisSampleData.Output;

namespace PolarisSampleData.Cli;

/// <summary>The process's own folder for temporary files, in the system's temporary folder.</summary>
public static class WorkFolder
{
    private const string Prefix = "polaris-gen-run-";

    /// <summary>
    /// Removes the folders that killed runs left, saying so in one line, and makes this run's, which
    /// becomes the temporary folder of everything the run does. Null when the temporary folder cannot be
    /// written: a command that needs it then says so itself.
    /// </summary>
    public static OwnedFolder? Make(TextWriter stderr)
    {
        var temp = Path.GetTempPath();
        try
        {
            var stale = OwnedFolder.RemoveStale(temp, Prefix);
            if (stale.Count > 0)
                stderr.WriteLine(FormattableString.Invariant(
                    $"polaris-gen: removed {stale.Count} temporary folder(s) that killed polaris-gen runs left in '{temp}' ({stale.Sum(s => s.Bytes) / 1e6:0.#} MB)."));
            var folder = OwnedFolder.Create(temp, Prefix);
            Environment.SetEnvironmentVariable(OperatingSystem.IsWindows() ? "TMP" : "TMPDIR", folder.Path);
            return folder;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
