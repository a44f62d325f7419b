using System.Buffers;
using System.Globalization;
using System.Text;

namespace PolarisSampleData.Verification;

/// <summary>
/// Data made safe for a terminal, for the outputs people read (trace's text, query's table): every
/// control character (Unicode Cc: U+0000 to U+001F and U+007F to U+009F) is written as an escape, so an
/// ESC sequence in a name shows as <c>\x1b[31m</c> instead of turning the terminal red. Tab, line feed and
/// carriage return are <c>\t</c>, <c>\n</c> and <c>\r</c>, the others <c>\xHH</c> (two lower-case hex
/// digits), and a backslash is doubled, so <c>\x1b</c> typed into the data reads <c>\\x1b</c> and no escape
/// is ambiguous. csv and json are for programs and keep the data exact.
/// </summary>
public static class TerminalText
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) || c == '\\').ToArray());

    public static string Escape(string text)
    {
        var at = text.AsSpan().IndexOfAny(Escaped);
        if (at < 0) return text;
        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, at);
        foreach (var c in text.AsSpan(at))
        {
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case '\t': escaped.Append(@"\t"); break;
                case '\n': escaped.Append(@"\n"); break;
                case '\r': escaped.Append(@"\r"); break;
                case < '\u00A0' when char.IsControl(c): escaped.Append(@"\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)); break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }
}
