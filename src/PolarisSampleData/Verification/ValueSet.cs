using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace PolarisSampleData.Verification;

/// <summary>
/// The distinct values of a column as SQLite compares them in an INTEGER column: a whole number by its
/// value (<c>007</c> is <c>7</c>), anything else by its text. Numbers are kept as numbers, so the
/// millions of IDs of a large set cost eight bytes each, not a string.
/// </summary>
public sealed class ValueSet
{
    private readonly HashSet<long> _numbers = [];
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

    public int Count => _numbers.Count + _texts.Count;

    /// <summary>Adds a field's UTF-8 text; false when the set held the value already.</summary>
    public bool Add(ReadOnlySpan<byte> utf8) => AsNumber(utf8) is { } number ? _numbers.Add(number) : _texts.Add(Encoding.UTF8.GetString(utf8));

    /// <summary>Adds a value already made text (a key of several columns); false when the set held it already.</summary>
    public bool Add(string text) => _texts.Add(text);

    public bool Contains(ReadOnlySpan<byte> utf8) => AsNumber(utf8) is { } number ? _numbers.Contains(number) : _texts.Contains(Encoding.UTF8.GetString(utf8));

    /// <summary>The values of this set that <paramref name="other"/> does not hold.</summary>
    public ValueSet Except(ValueSet other)
    {
        var missing = new ValueSet();
        foreach (var number in _numbers) if (!other._numbers.Contains(number)) missing._numbers.Add(number);
        foreach (var text in _texts) if (!other._texts.Contains(text)) missing._texts.Add(text);
        return missing;
    }

    /// <summary>A value as SQLite's quote() shows it: a number bare, text in single quotes.</summary>
    public static string Quote(ReadOnlySpan<byte> utf8) => AsNumber(utf8) is { } number
        ? number.ToString(CultureInfo.InvariantCulture)
        : $"'{Encoding.UTF8.GetString(utf8).Replace("'", "''", StringComparison.Ordinal)}'";

    private static long? AsNumber(ReadOnlySpan<byte> utf8) =>
        !utf8.IsEmpty && Utf8Parser.TryParse(utf8, out long number, out var used) && used == utf8.Length ? number : null;
}
