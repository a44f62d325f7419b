using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
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
/// Writes a set's shards as a data set folder. Everything is written into a temporary sibling folder and
/// moved into place at the end, so an interrupted run never leaves half a data set; an existing folder
/// is replaced only when asked and only if it holds a polaris-gen manifest.
/// </summary>
public static class DataSetWriter
{
    public static string ToolVersion { get; } =
        typeof(DataSetWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Writes a set's shards, in order, as a data set folder.</summary>
    public static DataSetSummary Write(IEnumerable<World> shards, GenerationOptions options, string folder, bool force,
        OutputFormats formats = OutputFormats.Csv, IProgress<ProgressStep>? progress = null)
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
            var manifest = WriteFiles(shards, options, staging, formats, progress);
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
    public static Manifest WriteFiles(IEnumerable<World> shards, GenerationOptions options, string folder,
        OutputFormats formats = OutputFormats.Csv, IProgress<ProgressStep>? progress = null)
    {
        var outputs = new List<IShardOutput>();
        try
        {
            outputs.Add(new ShoutbombArchive(folder));
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
            var manifest = new Manifest(Manifest.ToolName, ToolVersion, options.Seed, options.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                new ManifestOptions(options.Patrons, OutputFormatNames.Describe(formats)), files);
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
