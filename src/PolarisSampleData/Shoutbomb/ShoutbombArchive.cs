using System.Buffers;
using System.Globalization;
using System.Text;
using PolarisSampleData.Domain;
using PolarisSampleData.Output;

namespace PolarisSampleData.Shoutbomb;

/// <summary>
/// The archive a library's server holds after the window's days: every scheduled run's submission
/// file (those that returned rows) and each day's PhoneNotices export, in the formats the integration
/// and Polaris write. Each query orders its lines by patron, so a set's shards, taken in patron order,
/// append to each file in the order the query would return.
/// </summary>
internal sealed class ShoutbombArchive : IShardOutput
{
    public const string Folder = "shoutbomb";

    /// <summary>
    /// sqlcmd without -u writes the Windows ANSI code page, a character outside it as <c>?</c> (.NET's own
    /// Windows-1252 would write the nearest letter instead: Łódź as Lodz).
    /// </summary>
    public static readonly Encoding SubmissionEncoding = CodePagesEncodingProvider.Instance.GetEncoding(1252, new EncoderReplacementFallback("?"), DecoderFallback.ReplacementFallback)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    /// <summary>The PhoneNotices export is UTF-8 with a byte order mark.</summary>
    public static readonly Encoding PhoneNoticesEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    private static ReadOnlySpan<byte> LineEnd => "\r\n"u8;

    private readonly string _folder;
    private readonly Dictionary<string, ArchiveFile> _files = new(StringComparer.Ordinal);

    public ShoutbombArchive(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(Path.Combine(folder, Folder));
    }

    public long Append(World shard)
    {
        long rows = 0;
        var queries = new SubmissionQueries(shard);
        foreach (var run in shard.ShoutbombRuns)
        {
            // A run that returned no rows left no file: a submission file opens with its first line.
            ArchiveFile? file = null;
            foreach (var line in queries.Lines(run))
                rows += (file ??= File(SubmissionFileName(run), SubmissionEncoding)).Write(line);
        }
        var phoneNotices = PhoneNotices.For(shard);
        foreach (var run in shard.PhoneNoticesRuns)
        {
            // Polaris writes the day's export even when no phone notice was queued.
            var file = File(PhoneNoticesFileName(run, shard.Today), PhoneNoticesEncoding);
            foreach (var line in phoneNotices(run))
                rows += file.Write(line);
        }
        return rows;
    }

    public IReadOnlyList<ManifestFile> Finish() => _files.Values.Select(f => f.Finish()).ToList();

    public void Dispose() => DataSetWriter.DisposeAll(_files.Values);

    private ArchiveFile File(string name, Encoding encoding)
    {
        if (!_files.TryGetValue(name, out var file))
            _files[name] = file = new ArchiveFile(new HashedFile(_folder, $"{Folder}/{name}"), encoding);
        return file;
    }

    public static string SubmissionFileName(ShoutbombRun run) => $"{KindName(run.Kind)}_submitted_{Stamp(run.StartedAt)}.txt";

    /// <summary>Today's export is the live <c>PhoneNotices.csv</c>; earlier days' are archived copies named by when they were written.</summary>
    public static string PhoneNoticesFileName(PhoneNoticesRun run, DateOnly today) =>
        run.Day == today ? "PhoneNotices.csv" : $"PhoneNotices_{Stamp(run.WrittenAt)}.txt";

    public static string KindName(ShoutbombKind kind) => kind switch
    {
        ShoutbombKind.VoicePatrons => "voice_patrons",
        ShoutbombKind.TextPatrons => "text_patrons",
        ShoutbombKind.Renew => "renew",
        ShoutbombKind.Overdue => "overdue",
        _ => "holds",
    };

    private static string Stamp(DateTime at) => at.ToString(CsvFormat.FileStampFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// One archive file: no header, CRLF line ends, in its encoding (a byte order mark first where the
    /// encoding has one, even in a file without lines, as Polaris writes it).
    /// </summary>
    private sealed class ArchiveFile : IDisposable
    {
        private readonly HashedFile _file;
        private readonly Encoding _encoding;
        private byte[] _buffer = new byte[1 << 16];
        private int _used;
        private long _rows;

        public ArchiveFile(HashedFile file, Encoding encoding)
        {
            (_file, _encoding) = (file, encoding);
            _used = encoding.Preamble.Length;
            encoding.Preamble.CopyTo(_buffer);
        }

        public int Write(string line)
        {
            var most = _encoding.GetMaxByteCount(line.Length) + LineEnd.Length;
            if (_buffer.Length - _used < most) Flush();
            if (_buffer.Length < most) Array.Resize(ref _buffer, most);
            // Nearly every line is ASCII, which both encodings write as is, and narrowing it is many
            // times faster than the code page's encoder.
            var free = _buffer.AsSpan(_used);
            _used += Ascii.FromUtf16(line, free, out var written) == OperationStatus.Done ? written : _encoding.GetBytes(line, free);
            LineEnd.CopyTo(_buffer.AsSpan(_used));
            _used += LineEnd.Length;
            _rows++;
            return 1;
        }

        private void Flush()
        {
            _file.Stream.Write(_buffer, 0, _used);
            _used = 0;
        }

        public ManifestFile Finish()
        {
            Flush();
            return _file.Finish(_rows);
        }

        public void Dispose() => _file.Dispose();
    }
}
