using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using PolarisSampleData.Domain;
using PolarisSampleData.Generation;
using PolarisSampleData.Shoutbomb;
using PolarisSampleData.Tables;

namespace PolarisSampleData.Output;

/// <summary>What one generate run wrote.</summary>
public sealed record DataSetSummary(string Folder, Manifest Manifest);

/// <summary>
/// Writes a set's shards as a data set folder. Everything is written into a staging folder inside it
/// and moved into place file by file at the end, so the folder may be a mount point or a symbolic link
/// and an interrupted run never leaves half a data set; an existing set is replaced only when asked.
/// One generate at a time writes a folder: it holds the folder's lock, which dies with its process.
/// </summary>
public static class DataSetWriter
{
    public static string ToolVersion { get; } =
        typeof(DataSetWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>What the names of a run's own working entries in --out start with: staging folders, Windows' lock file.</summary>
    private const string WorkingPrefix = ".polaris-gen";

    private const string StagingPrefix = WorkingPrefix + "-staging-";

    /// <summary>Generates the set the options describe and writes it, shard by shard, as a data set folder (see <see cref="Write"/>).</summary>
    public static DataSetSummary Generate(GenerationOptions options, string folder, bool force, OutputFormats formats = OutputFormats.Csv,
        IProgress<ProgressStep>? progress = null, Action<string>? notice = null, CancellationToken cancel = default) =>
        Write(WorldGenerator.Shards(options), options, folder, force, formats, progress, notice, cancel);

    /// <summary>Writes a set's shards, in order, as a data set folder.</summary>
    /// <param name="notice">Told, in one line, of anything the user should know that is not an error (a staging folder a killed run left, removed).</param>
    /// <param name="cancel">Stops the run between shards; the staging folder goes and any earlier set stays as it was.</param>
    internal static DataSetSummary Write(IEnumerable<World> shards, GenerationOptions options, string folder, bool force,
        OutputFormats formats = OutputFormats.Csv, IProgress<ProgressStep>? progress = null, Action<string>? notice = null,
        CancellationToken cancel = default)
    {
        var target = CheckWhere(folder);
        var created = !Directory.Exists(target);
        var succeeded = false;
        try
        {
            Directory.CreateDirectory(target);
            using var writing = FolderLock.TryTake(target)
                ?? throw new DataSetException($"--out '{folder}' is being written by another polaris-gen generate. Fix: wait for it to finish, or choose another --out.");
            try
            {
                CheckWhat(target, force);
                var stale = OwnedFolder.RemoveStale(target, StagingPrefix);
                if (stale.Count > 0)
                    notice?.Invoke(FormattableString.Invariant($"removed the staging folder a killed generate left in '{folder}' ({stale.Sum(s => s.Bytes) / 1e6:0.#} MB)."));
                using var staging = OwnedFolder.Create(target, StagingPrefix);
                var manifest = WriteFiles(shards, options, staging.Path, formats, progress, cancel);
                cancel.ThrowIfCancellationRequested();
                Swap(staging.Path, target);
                succeeded = true;
                return new DataSetSummary(target, manifest);
            }
            finally
            {
                // A folder this run made goes again when the run failed; it is still locked, so no other run is in it.
                if (!succeeded && created && !Directory.EnumerateFileSystemEntries(target).Any(IsTheSets)) TryDelete(target);
            }
        }
        catch (Exception e) when (WriteFailure(e) is { } cause)
        {
            throw new DataSetException($"cannot write the data set to '{folder}': {cause.Message} Fix: choose a writable folder with room for it (--out).", e);
        }
    }

    /// <summary>Writes the formats asked for, the Shoutbomb archive and the manifest into <paramref name="folder"/>.</summary>
    internal static Manifest WriteFiles(IEnumerable<World> shards, GenerationOptions options, string folder,
        OutputFormats formats = OutputFormats.Csv, IProgress<ProgressStep>? progress = null, CancellationToken cancel = default)
    {
        var outputs = new List<IShardOutput>();
        try
        {
            outputs.Add(new ShoutbombArchive(folder));
            outputs.Add(new ShoutbombReports(folder));
            if (formats.HasFlag(OutputFormats.Sqlite))
                outputs.AddRange(SqliteDatabases.Open(TableCatalog.All, folder));
            if (formats.HasFlag(OutputFormats.Csv) || formats.HasFlag(OutputFormats.Mssql))
                outputs.AddRange(TableCatalog.All.Select(table => new CsvTableFile(folder, table)));

            // One shard is written while the next is generated. Every output takes the shards in order,
            // on whichever core is free, so the bytes do not depend on the machine. The outputs that have
            // taken longest so far start first, so a long one does not keep a core waiting at the shard's end.
            long patrons = 0;
            var took = new long[outputs.Count];
            var longestFirst = Enumerable.Range(0, outputs.Count).ToArray();
            foreach (var shard in Pipelined(shards))
            {
                cancel.ThrowIfCancellationRequested();
                long rows = 0;
                try
                {
                    Parallel.ForEach(Partitioner.Create(longestFirst, loadBalance: true), i =>
                    {
                        var started = Stopwatch.GetTimestamp();
                        Interlocked.Add(ref rows, outputs[i].Append(shard));
                        took[i] += Stopwatch.GetTimestamp() - started;
                    });
                    Array.Sort(longestFirst, (a, b) => took[b].CompareTo(took[a]));
                }
                catch (AggregateException e) when (e.InnerExceptions.Count == 1)
                {
                    // One output failed: its own exception says what happened (a full disk, a bug), not the wrapper.
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
                }
                patrons += shard.Patrons.Count;
                progress?.Report(new ProgressStep(FormattableString.Invariant($"{patrons:N0} of {options.Patrons:N0} patrons written"), rows));
            }

            progress?.Report(new ProgressStep(formats.HasFlag(OutputFormats.Sqlite) ? "indexing the SQLite databases" : "closing the files"));
            var files = outputs.SelectMany(output => output.Finish()).ToList();
            if (formats.HasFlag(OutputFormats.Mssql))
                files.Add(WriteScript(folder));
            files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            var manifest = new Manifest(Manifest.ToolName, ToolVersion, options.Seed, CsvFormat.Day(options.Today),
                new ManifestOptions(options.Patrons, OutputFormatNames.Describe(formats)) {
                    Scenario = options.Scenario.IsDefault ? null : options.Scenario,
                    ShardPatrons = options.ShardPatrons == GenerationOptions.DefaultShardPatrons ? null : options.ShardPatrons,
                }, files);
            File.WriteAllText(Path.Combine(folder, Manifest.FileName), manifest.ToJson());
            DisposeAll(outputs);
            return manifest;
        }
        catch
        {
            try
            {
                DisposeAll(outputs);
            }
            catch (Exception)
            {
                // The write already failed; its error is the one to report, not the full disk's echo on closing.
            }
            throw;
        }
    }

    /// <summary>
    /// Closes every output even when some cannot be closed (a full disk fails their last flush too): a
    /// handle left open would keep the staging folder from being deleted. The first failure is kept.
    /// </summary>
    public static void DisposeAll(IEnumerable<IDisposable> disposables)
    {
        Exception? first = null;
        foreach (var disposable in disposables)
        {
            try
            {
                disposable.Dispose();
            }
            catch (Exception e)
            {
                first ??= e;
            }
        }
        if (first is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
    }

    private static ManifestFile WriteScript(string folder)
    {
        var script = MssqlScript.For(TableCatalog.All);
        using var file = new HashedFile(folder, MssqlScript.FileName);
        file.Stream.Write(Encoding.UTF8.GetBytes(script));
        return file.Finish(script.Count(c => c == '\n'));
    }

    /// <summary>
    /// The shards, each generated on another thread while the one before it is written; at most one
    /// waits, so memory holds three shards at most. A failure on either side stops both.
    /// </summary>
    private static IEnumerable<World> Pipelined(IEnumerable<World> shards)
    {
        using var queue = new BlockingCollection<World>(boundedCapacity: 1);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var shard in shards) queue.Add(shard, stop.Token);
            }
            finally
            {
                queue.CompleteAdding();
            }
        });
        try
        {
            foreach (var shard in queue.GetConsumingEnumerable()) yield return shard;
        }
        finally
        {
            // Stops the producer when writing failed; either way it has ended before the queue goes.
            stop.Cancel();
            try
            {
                producer.Wait();
            }
            catch (AggregateException)
            {
                // A generation failure is rethrown below as itself; a cancelled producer is writing's doing.
            }
        }
        producer.GetAwaiter().GetResult();
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

    /// <summary>The full path of --out, refused when it cannot be a folder: a file, or a link to nothing.</summary>
    private static string CheckWhere(string folder)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!Directory.Exists(target) && new FileInfo(target) is { LinkTarget: { } link } linked
            && linked.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
            throw new DataSetException($"--out '{target}' is a symbolic link to '{link}', which does not exist. Fix: create that folder, or pass another --out.");
        if (File.Exists(target))
            throw new DataSetException($"--out '{target}' is a file. Fix: pass a folder path with --out.");
        return target;
    }

    /// <summary>
    /// Refuses a folder that holds something generate must not replace: anything without --force, and
    /// with it anything but a polaris-gen set (its manifest, or the staging folder of a generate killed
    /// while it swapped the files in).
    /// </summary>
    private static void CheckWhat(string target, bool force)
    {
        var entries = Directory.EnumerateFileSystemEntries(target).Where(IsTheSets).ToList();
        if (entries.Count == 0) return;
        if (!force)
            throw new DataSetException($"--out '{target}' already exists and is not empty. Fix: pass --force to replace a polaris-gen data set, or choose another folder.");
        var manifestPath = Path.Combine(target, Manifest.FileName);
        var isSet = File.Exists(manifestPath) && Manifest.TryParse(File.ReadAllText(manifestPath)) is not null;
        var killedMidSwap = Directory.EnumerateDirectories(target, StagingPrefix + "*").Any(d => File.Exists(Path.Combine(d, OwnedFolder.MarkerFile)));
        if (!isSet && !killedMidSwap)
            throw new DataSetException($"--out '{target}' holds no polaris-gen manifest, so --force will not replace it. Fix: choose an empty or new folder.");
    }

    /// <summary>Whether an entry of --out belongs to the data set, not to a run's own work.</summary>
    private static bool IsTheSets(string entry) => !Path.GetFileName(entry).StartsWith(WorkingPrefix, StringComparison.Ordinal);

    /// <summary>
    /// Moves the new set in, entry by entry, each a rename on one file system. The old manifest goes
    /// first and the new one comes last, so a reader sees manifest.json only beside a whole set; what is
    /// not part of the new set goes before the new files come.
    /// </summary>
    private static void Swap(string staging, string target)
    {
        File.Delete(Path.Combine(target, Manifest.FileName));
        var incoming = Directory.EnumerateFileSystemEntries(staging).Select(e => Path.GetFileName(e))
            .Where(name => name is not (OwnedFolder.MarkerFile or Manifest.FileName)).Order(StringComparer.Ordinal).ToList();
        foreach (var old in Directory.EnumerateFileSystemEntries(target).Where(IsTheSets).ToList())
            if (!incoming.Contains(Path.GetFileName(old))) DeleteEntry(old);
        foreach (var name in incoming)
        {
            var (from, to) = (Path.Combine(staging, name), Path.Combine(target, name));
            if (Directory.Exists(from))
            {
                DeleteEntry(to);
                Directory.Move(from, to);
            }
            else
            {
                if (Directory.Exists(to)) DeleteEntry(to);
                File.Move(from, to, overwrite: true);
            }
        }
        File.Move(Path.Combine(staging, Manifest.FileName), Path.Combine(target, Manifest.FileName));
    }

    private static void DeleteEntry(string path)
    {
        if (Directory.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReparsePoint) == 0) Directory.Delete(path, recursive: true);
        else if (Path.Exists(path)) File.Delete(path);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the error on its way out is the one to report, not a folder left empty.
        }
    }
}
