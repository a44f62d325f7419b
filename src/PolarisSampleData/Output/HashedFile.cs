using System.Security.Cryptography;

namespace PolarisSampleData.Output;

/// <summary>
/// A data set file written front to back and hashed as its bytes go out, so a large file is never
/// read back to describe it.
/// </summary>
public sealed class HashedFile : IDisposable
{
    private readonly string _name;
    private readonly SHA256 _sha256 = SHA256.Create();
    private readonly FileStream _file;
    private readonly CryptoStream _hashing;

    /// <param name="name">The file's name in the data set, '/'-separated.</param>
    public HashedFile(string folder, string name)
    {
        _name = name;
        _file = new FileStream(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _hashing = new CryptoStream(_file, _sha256, CryptoStreamMode.Write, leaveOpen: true);
    }

    /// <summary>Where the bytes go; writers over it must leave it open.</summary>
    public Stream Stream => _hashing;

    /// <summary>Ends the file and describes it with its <paramref name="rows"/>.</summary>
    public ManifestFile Finish(long rows)
    {
        _hashing.FlushFinalBlock();
        _file.Flush();
        return new ManifestFile(_name, rows, _file.Length, Convert.ToHexStringLower(_sha256.Hash!));
    }

    public void Dispose() => DataSetWriter.DisposeAll([_hashing, _file, _sha256]);
}
