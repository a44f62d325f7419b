using System.Text.RegularExpressions;
using PolarisSampleData.Cli;
using PolarisSampleData.Output;
using PolarisSampleData.Tests.Support;
using Xunit.Abstractions;

namespace PolarisSampleData.Tests.Verification;

/// <summary>
/// Fuzz: seeded byte edits of the generated 25-patron set, one edit per fresh copy, every kind of file
/// (each table, manifest.json, each kind of Shoutbomb file) by every kind of edit. verify must report each
/// edit: a failed check (exit 1), a refusal in one line (exit 2), or at the least the edited file in
/// files.unchanged; never an internal error, a .NET type name or a stack trace, and never a hang.
/// </summary>
/// <remarks>
/// A set of its own (a class fixture, not the shared collection's) so this minute of verifies runs beside
/// the collection's tests rather than after them.
/// </remarks>
public sealed partial class FuzzTests(GeneratedSet set, ITestOutputHelper log) : IClassFixture<GeneratedSet>
{
    /// <summary>
    /// The seed every edit is drawn from; a failure names it and the edit's own seed. POLARIS_GEN_FUZZ_SEED
    /// runs other edits, to look further than CI does.
    /// </summary>
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("POLARIS_GEN_FUZZ_SEED"), out var seed) ? seed : 20251124;

    private const int Hung = -1;

    /// <summary>Edits verify saw only as a changed hash: where its checks read nothing, or do not yet.</summary>
    private readonly List<Edit> _seenOnlyAsEdited = [];

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    /// <summary>Bytes that mean something to a reader: quote, separators, line ends, NUL, a byte UTF-8 never uses, UTF-8 lead bytes.</summary>
    private static readonly byte[] Telling = [(byte)'"', (byte)',', (byte)'\t', (byte)'|', (byte)'\r', (byte)'\n', 0x00, 0xFF, 0xC3, 0xE2, 0xF0];

    [Fact]
    public void Every_byte_edit_is_reported_and_none_crashes_or_hangs_verify()
    {
        var edits = Edits(set.Folder);
        var bad = new List<string>();
        var exits = new SortedDictionary<int, int>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var edit in edits)
        {
            var (exit, problem) = Try(edit);
            exits[exit] = exits.GetValueOrDefault(exit) + 1;
            if (problem is not null) bad.Add($"{edit}: {problem}");
            // A hung verify still runs on its thread; the rest would be timed beside it.
            if (exit == Hung)
            {
                bad.Add($"stopped after the hang: {edits.Count - exits.Values.Sum()} edits not tried");
                break;
            }
        }
        log.WriteLine($"{edits.Count} edits (seed {Seed}) in {watch.Elapsed.TotalSeconds:0.0} s; exit codes: {string.Join(", ", exits.Select(e => $"{e.Key} x{e.Value}"))}");
        log.WriteLine($"seen only by files.unchanged: {string.Join(", ", _seenOnlyAsEdited.GroupBy(e => KindOf(e.File)).Select(g => $"{g.Key} x{g.Count()}"))}");

        if (bad.Count > 0)
            Assert.Fail($"{bad.Count} of {edits.Count} byte edits (seed {Seed}) were not reported as verify must report them, or crashed or hung it:\n{string.Join('\n', bad)}");
    }

    /// <summary>One edit on a fresh copy of the set: verify's exit code (<see cref="Hung"/> when it did not end), and null when it reported the edit as it should, else what went wrong.</summary>
    private (int Exit, string? Problem) Try(Edit edit)
    {
        var scratch = Directory.CreateTempSubdirectory("polaris-gen-fuzz-").FullName;
        var hung = false;
        try
        {
            Folders.Copy(set.Folder, scratch);
            edit.Apply(scratch);
            var (stdout, stderr) = (new StringWriter(), new StringWriter());
            var run = Task.Run(() => PolarisCli.Run(["verify", scratch], stdout, stderr, () => new DateOnly(2025, 11, 24)));
            if (!run.Wait(Bound))
            {
                hung = true;
                return (Hung, $"verify did not end within {Bound.TotalSeconds:0} s");
            }
            return (run.Result, Judge(edit, scratch, run.Result, stdout.ToString(), stderr.ToString()));
        }
        finally
        {
            // A verify still running keeps its copy: deleting it under the run would hide the hang behind an I/O error.
            if (!hung) Directory.Delete(scratch, recursive: true);
        }
    }

    private string? Judge(Edit edit, string scratch, int exit, string output, string error)
    {
        if (DotNetLeak().Match(output + error) is { Success: true } leak)
            return $"exit {exit}, .NET internals in the output ('{leak.Value}'): {Shown(error + output)}";
        // A report's exit code agrees with its last line: 1 when a check failed, else 0.
        if (exit is ExitCodes.Success or ExitCodes.ChecksFailed
            && Summary().Match(output) is var summary
            && (!summary.Success || (summary.Groups["failed"].Value == "0") != (exit == ExitCodes.Success)))
            return $"exit {exit}, and the report's summary says '{(summary.Success ? summary.Value : "nothing")}'";
        switch (exit)
        {
            case ExitCodes.ChecksFailed:
                return null;
            case ExitCodes.BadInput:
                var lines = error.TrimEnd('\n').Split('\n');
                return lines.Length == 1 && error.StartsWith("error: ", StringComparison.Ordinal) && error.Contains("Fix:", StringComparison.Ordinal)
                    ? null
                    : $"exit 2 without one line 'error: ... Fix: ...': {Shown(error)}";
            case ExitCodes.Success:
                // An edit of manifest.json is named as itself, or shows as a file whose recorded hash no longer matches.
                var named = edit.File == Manifest.FileName ? @"\S+" : Regex.Escape(edit.File);
                var unchanged = output.Split('\n').FirstOrDefault(line => line.StartsWith("files.unchanged ", StringComparison.Ordinal)) ?? "";
                if (Regex.IsMatch(unchanged, $@"^files\.unchanged\s+WARN\s+\d+\s+{named}:"))
                {
                    _seenOnlyAsEdited.Add(edit);
                    return null;
                }
                // Known gap: manifest.json has no hash of its own, so an edit that leaves it a manifest as generate
                // would write it (a digit of the seed or of a row count) and changes nothing verify reads goes unseen.
                if (edit.File == Manifest.FileName && ReadByVerify(scratch, asWritten: true) is { } read && read == ReadByVerify(set.Folder, asWritten: false))
                    return null;
                return $"exit 0, and files.unchanged does not name {(edit.File == Manifest.FileName ? "a file" : edit.File)}: '{unchanged.TrimEnd()}'";
            default:
                return $"exit {exit}: {Shown(error + output)}";
        }
    }

    /// <summary>What verify takes from a set's manifest.json (today, each file's name and SHA-256); null when it is unreadable, or not as generate writes it and that is asked.</summary>
    private static string? ReadByVerify(string folder, bool asWritten)
    {
        var text = File.ReadAllText(Path.Combine(folder, Manifest.FileName));
        return Manifest.TryParse(text) is { } manifest && (!asWritten || manifest.ToJson() == text)
            ? $"{manifest.Today} {string.Join(' ', (manifest.Files ?? []).Select(f => $"{f?.Name}={f?.Sha256}"))}"
            : null;
    }

    private static string Shown(string text) => text.Length > 400 ? text[..400].ReplaceLineEndings("⏎") + "…" : text.ReplaceLineEndings("⏎");

    [GeneratedRegex(@"^\d+ checks: \d+ passed, \d+ warned, (?<failed>\d+) failed", RegexOptions.Multiline)]
    private static partial Regex Summary();

    [GeneratedRegex(@"System\.[A-Z]|[A-Za-z]Exception\b|^\s*at \S+\(|\.cs:line \d|internal error|`\d", RegexOptions.Multiline)]
    private static partial Regex DotNetLeak();

    /// <summary>
    /// Every kind of file, each with a seed of its own drawn in order from <see cref="Seed"/>: manifest.json and
    /// each kind of Shoutbomb file (its name up to the date) by every kind of edit, each table by three, in turn,
    /// so that every kind of edit meets a third of the tables and the run stays near a minute. Which file of a
    /// kind, and where in it, the edit's seed decides.
    /// </summary>
    private static List<Edit> Edits(string folder)
    {
        var kinds = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .GroupBy(KindOf)
            .OrderBy(kind => kind.Key, StringComparer.Ordinal)
            .Select(kind => kind.Order(StringComparer.Ordinal).ToList())
            .ToList();
        var operations = Enum.GetValues<Operation>();
        var random = new Random(Seed);
        var edits = new List<Edit>();
        var tables = 0;
        foreach (var files in kinds)
        {
            // Offsets 0, 1 and 3 mod 6: over six tables each edit comes three times, each time with other companions.
            var these = files[0].EndsWith(".csv", StringComparison.Ordinal) && !files[0].Contains('/')
                ? [operations[tables % operations.Length], operations[(tables + 1) % operations.Length], operations[(tables++ + 3) % operations.Length]]
                : operations;
            foreach (var operation in these)
                edits.Add(new Edit(files[random.Next(files.Count)], operation, random.Next()));
        }
        return edits;
    }

    private static string KindOf(string file) =>
        file.StartsWith("shoutbomb/", StringComparison.Ordinal) ? ShoutbombKind().Replace(file, "") : file;

    [GeneratedRegex(@"_\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}\.txt$")]
    private static partial Regex ShoutbombKind();

    public enum Operation
    {
        Flip,
        DeleteByte,
        InsertByte,
        Truncate,
        DuplicateLine,
        DeleteLine,
    }

    /// <summary>One edit of one file of the set (path relative to the set, with '/'); what it did is filled in by <see cref="Apply"/>.</summary>
    public sealed class Edit(string file, Operation operation, int seed)
    {
        private string _done = "not applied";

        public string File => file;

        public override string ToString() => $"[seed {seed}] {file}: {_done}";

        public void Apply(string folder)
        {
            var path = Path.Combine(folder, file);
            var bytes = System.IO.File.ReadAllBytes(path);
            var random = new Random(seed);
            // An empty file has no byte or line to change; an insert is the edit it can take.
            var (edited, done) = (bytes.Length == 0 ? Operation.InsertByte : operation) switch
            {
                Operation.Flip => Flip(bytes, random),
                Operation.DeleteByte => DeleteByte(bytes, random),
                Operation.InsertByte => InsertByte(bytes, random),
                Operation.Truncate => Truncate(bytes, random),
                Operation.DuplicateLine => DuplicateLine(bytes, random),
                _ => DeleteLine(bytes, random),
            };
            System.IO.File.WriteAllBytes(path, edited);
            _done = done;
        }

        private static (byte[], string) Flip(byte[] bytes, Random random)
        {
            var at = random.Next(bytes.Length);
            var value = NewByte(random);
            while (value == bytes[at]) value = (byte)random.Next(256);
            var before = bytes[at];
            var edited = bytes.ToArray();
            edited[at] = value;
            return (edited, $"byte {at} 0x{before:X2} -> 0x{value:X2}");
        }

        private static (byte[], string) DeleteByte(byte[] bytes, Random random)
        {
            var at = random.Next(bytes.Length);
            return ([.. bytes[..at], .. bytes[(at + 1)..]], $"deleted byte {at} (0x{bytes[at]:X2})");
        }

        private static (byte[], string) InsertByte(byte[] bytes, Random random)
        {
            var at = random.Next(bytes.Length + 1);
            var value = NewByte(random);
            return ([.. bytes[..at], value, .. bytes[at..]], $"inserted 0x{value:X2} at byte {at}");
        }

        private static (byte[], string) Truncate(byte[] bytes, Random random)
        {
            var at = random.Next(bytes.Length);
            return (bytes[..at], $"truncated to {at} of {bytes.Length} bytes");
        }

        private static (byte[], string) DuplicateLine(byte[] bytes, Random random)
        {
            var (start, end, line) = Line(bytes, random);
            return ([.. bytes[..end], .. bytes[start..end], .. bytes[end..]], $"duplicated line {line} (bytes {start}-{end - 1})");
        }

        private static (byte[], string) DeleteLine(byte[] bytes, Random random)
        {
            var (start, end, line) = Line(bytes, random);
            return ([.. bytes[..start], .. bytes[end..]], $"deleted line {line} (bytes {start}-{end - 1})");
        }

        /// <summary>Half the time a byte that means something to a reader, else any byte.</summary>
        private static byte NewByte(Random random) => random.Next(2) == 0 ? Telling[random.Next(Telling.Length)] : (byte)random.Next(256);

        /// <summary>A random line: where it starts, where it ends (after its LF, if it has one) and its 1-based number.</summary>
        private static (int Start, int End, int Number) Line(byte[] bytes, Random random)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < bytes.Length - 1; i++)
                if (bytes[i] == '\n') starts.Add(i + 1);
            var number = random.Next(starts.Count);
            var end = number + 1 < starts.Count ? starts[number + 1] : bytes.Length;
            return (starts[number], end, number + 1);
        }
    }
}
