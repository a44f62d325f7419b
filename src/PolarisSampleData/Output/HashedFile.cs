using System.Security.Cryptography;

namespace PolarisSampleData.Output;

/// <summary>
/// A data set file written front to back and hashed as its bytes go out, so a large file is never
/// read back to describe it.
/// </summary>
internal sealed class HashedFile : IDisposable
{
    private readonly string _name;
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly FileStream _file;
    private readonly HashingStream _hashing;

    /// <param name="name">The file's name in the data set, '/'-separated.</param>
    public HashedFile(string folder, string name)
    {
        _name = name;
        // Unbuffered: every writer over it fills a 64 KB buffer of its own, and a second buffer here
        // would only copy each of a large set's gigabytes once more.
        _file = new FileStream(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        _hashing = new HashingStream(_file, _sha256);
    }

    /// <summary>Where the bytes go, best in large writes; writers over it must leave it open.</summary>
    public Stream Stream => _hashing;

    /// <summary>Ends the file and describes it with its <paramref name="rows"/>.</summary>
    public ManifestFile Finish(long rows)
    {
        _file.Flush();
        return new ManifestFile(_name, rows, _file.Length, Convert.ToHexStringLower(_sha256.GetHashAndReset()));
    }

    public void Dispose() => DataSetWriter.DisposeAll([_file, _sha256]);

    /// <summary>
    /// Hashes the bytes on their way to the file. CryptoStream would do the same with a copy of every
    /// write made for the transform's output, which a hash does not need.
    /// </summary>
    private sealed class HashingStream(Stream file, IncrementalHash hash) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            hash.AppendData(buffer);
            file.Write(buffer);
        }

        public override void Flush() => file.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
