using System.Reflection;
using System.Security.Cryptography;
using PolarisSampleData.Domain;
using PolarisSampleData.Shoutbomb;
using PolarisSampleData.Tables;

namespace PolarisSampleData.Output;

/// <summary>What one generate run wrote.</summary>
public sealed record DataSetSummary(string Folder, Manifest Manifest);

/// <summary>
/// Writes a world as a data set folder. Everything is written into a temporary sibling folder and
/// moved into place at the end, so an interrupted run never leaves half a data set; an existing folder
/// is replaced only when asked and only if it holds a polaris-gen manifest.
/// </summary>
public static class DataSetWriter
{
    public static string ToolVersion { get; } =
        typeof(DataSetWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static DataSetSummary Write(World world, int seed, string folder, bool force, OutputFormats formats = OutputFormats.Csv, IProgress<ProgressStep>? progress = null)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        CheckFullTarget(target, force);
        var parent = Path.GetDirectoryName(target) ?? throw new DataSetException($"--out '{folder}' has no parent folder. Fix: choose a folder such as ./data.");
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.polaris-gen-tmp");
        try
        {
            Directory.CreateDirectory(parent);
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            Directory.CreateDirectory(staging);
            var manifest = WriteFiles(world, seed, staging, formats, progress);
            Swap(staging, target);
            return new DataSetSummary(target, manifest);
        }
        catch (Exception e) when (WriteFailure(e) is { } cause)
        {
            TryDelete(staging);
            throw new DataSetException($"cannot write the data set to '{folder}': {cause.Message} Fix: choose a writable folder with room for it (--out).", e);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    /// <summary>Writes the formats asked for, the Shoutbomb archive and the manifest into <paramref name="folder"/>.</summary>
    public static Manifest WriteFiles(World world, int seed, string folder, OutputFormats formats = OutputFormats.Csv, IProgress<ProgressStep>? progress = null)
    {
        // Every file is independent of the others, so they are written on all cores; the manifest sorts
        // them by name, so the result does not depend on which finished first.
        var jobs = new List<Func<IEnumerable<ManifestFile>>>();
        if (formats.HasFlag(OutputFormats.Csv) || formats.HasFlag(OutputFormats.Mssql))
            jobs.AddRange(TableCatalog.All.Select(table => (Func<IEnumerable<ManifestFile>>)(() =>
                [WriteFile(folder, table.FileName, stream => table.WriteTo(world, new CsvTableSink(stream)), progress)])));
        if (formats.HasFlag(OutputFormats.Mssql))
            jobs.Add(() =>
            {
                var script = MssqlScript.For(TableCatalog.All);
                return [WriteFile(folder, MssqlScript.FileName, stream =>
                {
                    stream.Write(System.Text.Encoding.UTF8.GetBytes(script));
                    return script.Count(c => c == '\n');
                })];
            });
        if (formats.HasFlag(OutputFormats.Sqlite))
            jobs.Add(() =>
            {
                progress?.Report(new ProgressStep("SQLite databases"));
                return SqliteDatabases.Write(world, TableCatalog.All, folder).Select(db => Describe(folder, db.Name, db.Rows)).ToList();
            });
        Directory.CreateDirectory(Path.Combine(folder, ShoutbombFile.Folder));
        jobs.Add(() =>
        {
            progress?.Report(new ProgressStep("Shoutbomb archive"));
            return ShoutbombFiles.For(world).Select(file => WriteFile(folder, $"{ShoutbombFile.Folder}/{file.Name}", file.Write, progress)).ToList();
        });

        var written = new IEnumerable<ManifestFile>[jobs.Count];
        // The Shoutbomb archive is the longest job: start it first so the tables fill the other core.
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => written[jobs.Count - 1 - i] = jobs[jobs.Count - 1 - i]().ToList());
        var files = written.SelectMany(f => f).ToList();
        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var manifest = new Manifest(Manifest.ToolName, ToolVersion, seed, world.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            new ManifestOptions(world.Patrons.Count, OutputFormatNames.Describe(formats)), files);
        File.WriteAllText(Path.Combine(folder, Manifest.FileName), manifest.ToJson());
        return manifest;
    }

    /// <summary>Writes one file (name relative to the data set, '/'-separated) and describes it for the manifest.</summary>
    private static ManifestFile WriteFile(string folder, string name, Func<Stream, long> write, IProgress<ProgressStep>? progress = null)
    {
        // The hash is taken as the bytes go out, so a large file is not read back to describe it.
        using var sha256 = SHA256.Create();
        using var file = new FileStream(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        long rows;
        using (var hashing = new CryptoStream(file, sha256, CryptoStreamMode.Write, leaveOpen: true))
            rows = write(hashing);
        progress?.Report(new ProgressStep(name, rows));
        return new ManifestFile(name, rows, file.Length, Convert.ToHexStringLower(sha256.Hash!));
    }

    /// <summary>Describes a file another writer made (SQLite's), by reading it back.</summary>
    private static ManifestFile Describe(string folder, string name, long rows)
    {
        using var written = File.OpenRead(Path.Combine(folder, name));
        return new ManifestFile(name, rows, written.Length, Convert.ToHexStringLower(SHA256.HashData(written)));
    }

    /// <summary>
    /// The file-system error behind a failed write (a full disk, a folder without permission), also when
    /// it comes from one of the parallel writers or from SQLite; null for anything else (a bug).
    /// </summary>
    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 10 or 13 or 14 } => e, // SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN
        AggregateException aggregate => aggregate.InnerExceptions.Select(WriteFailure).FirstOrDefault(cause => cause is not null),
        _ => null,
    };

    /// <summary>Refuses an --out that generate must not write to, before any work is done.</summary>
    public static void CheckTarget(string folder, bool force) => CheckFullTarget(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)), force);

    private static void CheckFullTarget(string target, bool force)
    {
        if (File.Exists(target))
            throw new DataSetException($"--out '{target}' is a file. Fix: pass a folder path with --out.");
        if (!Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any())
            return;
        if (!force)
            throw new DataSetException($"--out '{target}' already exists and is not empty. Fix: pass --force to replace a polaris-gen data set, or choose another folder.");
        var manifestPath = Path.Combine(target, Manifest.FileName);
        if (!File.Exists(manifestPath) || Manifest.TryParse(File.ReadAllText(manifestPath)) is null)
            throw new DataSetException($"--out '{target}' holds no polaris-gen manifest, so --force will not replace it. Fix: choose an empty or new folder.");
    }

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        var retired = target + ".polaris-gen-old";
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        Directory.Move(target, retired);
        Directory.Move(staging, target);
        Directory.Delete(retired, recursive: true);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the staging folder is hidden and reused by the next run.
        }
    }
}
