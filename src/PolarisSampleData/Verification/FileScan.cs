using System.Security.Cryptography;
using System.Text.Unicode;

namespace PolarisSampleData.Verification;

/// <summary>Byte-level facts about a file: its SHA-256, whether it starts with a UTF-8 byte order mark, its carriage returns, whether it is UTF-8.</summary>
internal sealed record FileFacts(string? Sha256, bool Bom, long CarriageReturns, bool ValidUtf8)
{
    /// <summary>A file that is there but was not read (not a regular file): nothing is known of its bytes.</summary>
    public static readonly FileFacts Unread = new(null, false, 0, true);
}

/// <summary>
/// Gathers a file's <see cref="FileFacts"/> from its bytes in whatever pieces they are read, so the
/// loader learns them while it parses the file instead of reading it a second time. A character split
/// between two pieces is judged whole.
/// </summary>
internal sealed class FileScan : IDisposable
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _start = new byte[3];
    private readonly byte[] _pending = new byte[4];
    private int _startCount;
    private int _pendingCount;
    private long _carriageReturns;
    private bool _valid = true;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        _hash.AppendData(bytes);
        var startTaken = Math.Min(bytes.Length, _start.Length - _startCount);
        bytes[..startTaken].CopyTo(_start.AsSpan(_startCount));
        _startCount += startTaken;
        _carriageReturns += bytes.Count((byte)'\r');
        if (_valid) Validate(bytes);
    }

    /// <summary>The facts of every byte appended; a character left incomplete at the end is not UTF-8.</summary>
    public FileFacts Facts() => new(Convert.ToHexStringLower(_hash.GetHashAndReset()), _start.AsSpan(0, _startCount).SequenceEqual(ByteOrderMark),
        _carriageReturns, _valid && _pendingCount == 0);

    /// <summary>Reads a whole stream for its facts.</summary>
    public static FileFacts Of(Stream stream)
    {
        using var scan = new FileScan();
        var buffer = new byte[1 << 16];
        for (var read = stream.Read(buffer); read > 0; read = stream.Read(buffer)) scan.Append(buffer.AsSpan(0, read));
        return scan.Facts();
    }

    public void Dispose() => _hash.Dispose();

    private void Validate(ReadOnlySpan<byte> bytes)
    {
        if (_pendingCount > 0)
        {
            // Complete the character the last piece ended inside.
            var taken = Math.Min(SequenceLength(_pending[0]) - _pendingCount, bytes.Length);
            bytes[..taken].CopyTo(_pending.AsSpan(_pendingCount));
            _pendingCount += taken;
            bytes = bytes[taken..];
            if (_pendingCount < SequenceLength(_pending[0])) return;
            _valid = Utf8.IsValid(_pending.AsSpan(0, _pendingCount));
            _pendingCount = 0;
            if (!_valid) return;
        }
        var tail = IncompleteTail(bytes);
        _valid = Utf8.IsValid(bytes[..^tail]);
        bytes[^tail..].CopyTo(_pending);
        _pendingCount = tail;
    }

    /// <summary>How many bytes at the end start a character that the next piece must finish (0 to 3).</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var lead = bytes[^back];
            if ((lead & 0xC0) == 0x80) continue; // a continuation byte: the lead is further back
            return SequenceLength(lead) > back ? back : 0;
        }
        return 0;
    }

    /// <summary>A character's length in bytes from its first byte; 1 for a byte no character starts with, which validation then rejects.</summary>
    private static int SequenceLength(byte lead) => lead switch
    {
        < 0xC0 => 1,
        < 0xE0 => 2,
        < 0xF0 => 3,
        < 0xF8 => 4,
        _ => 1,
    };
}

/// <summary>A read-only stream that tells a <see cref="FileScan"/> every byte read through it.</summary>
internal sealed class ScannedStream(Stream inner, FileScan scan) : Stream
{
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        scan.Append(buffer[..read]);
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
