using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace PolarisSampleData.Verification;

/// <summary>
/// The distinct values of a column as SQLite compares them in an INTEGER column: a whole number by its
/// value (<c>007</c> is <c>7</c>), anything else by its text. IDs, the bulk of what verify keeps, are
/// dense runs from 1: they go into pages of bits, so a million take some 128 KB where a hash set took
/// 20 MB, and only numbers that do not fit a page well fall back to a hash set.
/// </summary>
internal sealed class ValueSet
{
    private const int PageShift = 12;
    private const int PageWords = (1 << PageShift) / 64;

    /// <summary>Once this many pages hold fewer than 64 values each on average, bits cost more than a hash set.</summary>
    private const int SparsePages = 1024;

    private Dictionary<int, ulong[]>? _pages = [];

    // The page last used: a column's IDs mostly come in runs, so most values land where the last one did.
    private int _lastPage = -1;
    private ulong[] _lastWords = [];
    private long _paged;
    private readonly HashSet<long> _numbers = [];
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

    public long Count => _paged + _numbers.Count + _texts.Count;

    /// <summary>Adds a field's UTF-8 text; false when the set held the value already.</summary>
    public bool Add(ReadOnlySpan<byte> utf8) => AsNumber(utf8) is { } number ? Add(number) : _texts.Add(Encoding.UTF8.GetString(utf8));

    /// <summary>Adds a value already made text (a key of several columns, see <see cref="Canonical"/>); false when the set held it already.</summary>
    public bool Add(string text) => _texts.Add(text);

    public bool Contains(ReadOnlySpan<byte> utf8) => AsNumber(utf8) is { } number ? Contains(number) : _texts.Contains(Encoding.UTF8.GetString(utf8));

    /// <summary>The values of this set that <paramref name="other"/> does not hold.</summary>
    public ValueSet Except(ValueSet other)
    {
        var missing = new ValueSet();
        foreach (var number in Numbers()) if (!other.Contains(number)) missing.Add(number);
        foreach (var text in _texts) if (!other._texts.Contains(text)) missing._texts.Add(text);
        return missing;
    }

    private bool Add(long number)
    {
        if (_pages is null || number is < 0 or > int.MaxValue) return _numbers.Add(number);
        var page = (int)(number >> PageShift);
        var words = page == _lastPage ? _lastWords : PageOf(page);
        var (word, bit) = ((int)(number & ((1 << PageShift) - 1)) >> 6, 1UL << (int)(number & 63));
        if ((words[word] & bit) != 0) return false;
        words[word] |= bit;
        _paged++;
        if (_pages.Count >= SparsePages && _paged < (long)_pages.Count * 64) Unpage();
        return true;
    }

    private ulong[] PageOf(int page)
    {
        if (!_pages!.TryGetValue(page, out var words)) _pages[page] = words = new ulong[PageWords];
        (_lastPage, _lastWords) = (page, words);
        return words;
    }

    public bool Contains(long number) =>
        _pages is not null && number is >= 0 and <= int.MaxValue
            ? _pages.TryGetValue((int)(number >> PageShift), out var words) && (words[(int)(number & ((1 << PageShift) - 1)) >> 6] & (1UL << (int)(number & 63))) != 0
            : _numbers.Contains(number);

    /// <summary>The whole numbers the set holds.</summary>
    public IEnumerable<long> Numbers() => Paged().Concat(_numbers);

    private IEnumerable<long> Paged()
    {
        foreach (var (page, words) in _pages ?? [])
            for (var word = 0; word < words.Length; word++)
                for (var bits = words[word]; bits != 0; bits &= bits - 1)
                    yield return ((long)page << PageShift) + word * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits);
    }

    /// <summary>Scattered numbers (a damaged file's) move to the hash set, which costs a few bytes each whatever their spread.</summary>
    private void Unpage()
    {
        var paged = Paged().ToList();
        (_pages, _paged, _lastPage) = (null, 0, -1);
        _numbers.UnionWith(paged);
    }

    /// <summary>A value as SQLite's quote() shows it: a number bare, text in single quotes.</summary>
    public static string Quote(ReadOnlySpan<byte> utf8) => Show(utf8, quoted: true);

    /// <summary>A value as SQLite stores it in an INTEGER column and shows it as text: a whole number, a real as SQLite prints one, or the text.</summary>
    public static string Shown(ReadOnlySpan<byte> utf8) => Show(utf8, quoted: false);

    /// <summary>quote() writes text in single quotes and infinity as a number that reads back as one; as text, infinity is Inf.</summary>
    private static string Show(ReadOnlySpan<byte> utf8, bool quoted) => AsNumber(utf8) is { } number ? number.ToString(CultureInfo.InvariantCulture)
        : AsReal(utf8) is not { } real ? (quoted ? Checks.CheckSql.Text(Encoding.UTF8.GetString(utf8)) : Encoding.UTF8.GetString(utf8))
        : !double.IsInfinity(real) ? RealText(real)
        : (real > 0 ? "" : "-") + (quoted ? "9.0e+999" : "Inf");

    /// <summary>A finite real as SQLite prints one: 15 significant digits, or 17 where 15 do not give the value back, always with a point.</summary>
    private static string RealText(double real)
    {
        var general = real.ToString("G15", CultureInfo.InvariantCulture);
        if (double.Parse(general, CultureInfo.InvariantCulture) != real) general = real.ToString("G17", CultureInfo.InvariantCulture);
        var e = general.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? general : general[..e];
        if (!mantissa.Contains('.', StringComparison.Ordinal)) mantissa += ".0";
        return e < 0 ? mantissa : $"{mantissa}e{general[e + 1]}{general[(e + 2)..].TrimStart('0').PadLeft(2, '0')}";
    }

    /// <summary>A value as one part of a key of several columns: equal for values SQLite holds equal.</summary>
    public static string Canonical(ReadOnlySpan<byte> utf8) => AsNumber(utf8) is { } number
        ? number.ToString(CultureInfo.InvariantCulture)
        : "'" + Encoding.UTF8.GetString(utf8);

    /// <summary>
    /// The whole number SQLite stores for a text in an INTEGER column, or null when it keeps the text: an
    /// integer or a real that is exactly whole (<c>7.0</c>, <c>1e3</c>), spaces around it allowed.
    /// </summary>
    public static long? AsNumber(ReadOnlySpan<byte> utf8)
    {
        // Nearly every value has no space to trim: the ends are looked at before a trim is paid for.
        var trimmed = !utf8.IsEmpty && !IsSpace(utf8[0]) && !IsSpace(utf8[^1]) ? utf8 : utf8.Trim(Spaces);
        if (trimmed.IsEmpty) return null;
        if (Utf8Parser.TryParse(trimmed, out long number, out var used) && used == trimmed.Length) return number;
        // A real becomes an integer only strictly inside the 64-bit range, as SQLite converts one.
        return Real(trimmed) is { } real && real == Math.Floor(real) && real is > long.MinValue and < 9.2233720368547758e18 ? (long)real : null;
    }

    /// <summary>The real SQLite stores for a text in an INTEGER column when it is not a whole number it can hold (<c>7.5</c>, <c>1e20</c>), or null.</summary>
    public static double? AsReal(ReadOnlySpan<byte> utf8) =>
        AsNumber(utf8) is null && Real(utf8.Trim(Spaces)) is { } real ? real : null;

    /// <summary>The spaces SQLite trims from around a number.</summary>
    private static ReadOnlySpan<byte> Spaces => " \t\n\r\f\v"u8;

    private static bool IsSpace(byte b) => b == ' ' || (uint)(b - '\t') <= '\r' - '\t';

    /// <summary>A real literal's value: digits, a point or an exponent, never letters such as Infinity.</summary>
    private static double? Real(ReadOnlySpan<byte> trimmed) =>
        !trimmed.IsEmpty && !trimmed.ContainsAnyExcept("0123456789+-.eE"u8)
        && double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real : null;
}
