using PolarisSampleData.Tables;

namespace PolarisSampleData.Verification;

/// <summary>
/// The forms a value of each column type must have, judged on the file's own bytes as the loader reads
/// them (values.types reports what fails): whole numbers in int range, bits 0/1, money 0.00, and
/// datetimes <c>yyyy-MM-dd HH:mm:ss.fff</c> on a real calendar day. Judging here, once per value,
/// costs a fraction of scanning every typed column again in SQL.
/// </summary>
internal static class ValueTypes
{
    /// <summary>What a value of the type should have been, for the report.</summary>
    public static string Meaning(ColumnType type) => type switch
    {
        ColumnType.Integer => "a whole number",
        ColumnType.Bit => "a bit (0 or 1)",
        ColumnType.Money => "money (0.00)",
        ColumnType.DateTime => "a datetime (yyyy-MM-dd HH:mm:ss.fff)",
        _ => "text",
    };

    /// <summary>Whether a non-empty field's UTF-8 text is a value of the type.</summary>
    public static bool Fits(ColumnType type, ReadOnlySpan<byte> text) => type switch
    {
        ColumnType.Integer => IsWholeNumber(text),
        ColumnType.Bit => text is [(byte)'0'] or [(byte)'1'],
        ColumnType.Money => IsMoney(text),
        ColumnType.DateTime => IsDateTime(text),
        _ => true,
    };

    private static bool IsWholeNumber(ReadOnlySpan<byte> text)
    {
        var digits = text is [(byte)'-' or (byte)'+', .. var rest] ? rest : text;
        if (digits.IsEmpty || digits.Length > 10) return false;
        long value = 0;
        foreach (var b in digits)
        {
            var digit = (uint)(b - '0');
            if (digit > 9) return false;
            value = value * 10 + digit;
        }
        return text[0] == '-' ? value <= -(long)int.MinValue : value <= int.MaxValue;
    }

    private static bool IsMoney(ReadOnlySpan<byte> text)
    {
        var amount = text is [(byte)'-', .. var rest] ? rest : text;
        return amount.Length >= 4 && amount[^3] == '.' && AllDigits(amount[..^3]) && AllDigits(amount[^2..]);
    }

    private static bool IsDateTime(ReadOnlySpan<byte> text) => ReadDateTime(text, out _);

    /// <summary>
    /// A datetime of the column type's form, on a real calendar day, and its parts. Datetimes are most of a
    /// large set's typed values: each is read in one pass, two digits at a time.
    /// </summary>
    private static bool ReadDateTime(ReadOnlySpan<byte> text, out (int Year, int Month, int Day, int Hour, int Minute, int Second, int Millisecond) at)
    {
        at = default;
        if (text.Length != 23 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':' || text[19] != '.'
            || !TwoDigits(text, 0, out var century) || !TwoDigits(text, 2, out var years) || !TwoDigits(text, 5, out var month)
            || !TwoDigits(text, 8, out var day) || !TwoDigits(text, 11, out var hour) || !TwoDigits(text, 14, out var minute)
            || !TwoDigits(text, 17, out var second) || !IsDigit(text[20]) || !TwoDigits(text, 21, out var milliseconds))
            return false;
        at = (century * 100 + years, month, day, hour, minute, second, (text[20] - '0') * 100 + milliseconds);
        return at.Year >= 1 && at.Month is >= 1 and <= 12 && at.Day >= 1 && at.Day <= DateTime.DaysInMonth(at.Year, at.Month)
            && at.Hour <= 23 && at.Minute <= 59 && at.Second <= 59;
    }

    private static bool TwoDigits(ReadOnlySpan<byte> text, int at, out int value)
    {
        var (tens, ones) = ((uint)(text[at] - '0'), (uint)(text[at + 1] - '0'));
        value = (int)(tens * 10 + ones);
        return tens <= 9 && ones <= 9;
    }

    /// <summary>
    /// Whether a value reads as a date the way SQLite's date functions read it: <c>yyyy-MM-dd</c>, and
    /// optionally a time <c>HH:mm</c>, <c>:ss</c> and a fraction after a space or T. Its hour and minute
    /// are 0 when it has no time, as strftime has them.
    /// </summary>
    public static bool ReadsAsDate(ReadOnlySpan<byte> text, out int hour, out int minute)
    {
        (hour, minute) = (0, 0);
        if (text.Length < 10 || !AllDigits(text[..4]) || text[4] != '-' || !TwoDigits(text, 5, out var month) || text[7] != '-'
            || !TwoDigits(text, 8, out var day) || month is < 1 or > 12 || day is < 1 or > 31)
            return false;
        var time = text[10..];
        if (time.IsEmpty) return true;
        if (time.Length < 6 || time[0] is not ((byte)' ' or (byte)'T') || !TwoDigits(time, 1, out hour) || time[3] != ':'
            || !TwoDigits(time, 4, out minute) || hour > 24 || minute > 59)
            return false;
        var seconds = time[6..];
        if (seconds.IsEmpty) return true;
        if (seconds.Length < 3 || seconds[0] != ':' || !TwoDigits(seconds, 1, out var second) || second > 59) return false;
        var fraction = seconds[3..];
        return fraction.IsEmpty || (fraction.Length > 1 && fraction[0] == '.' && AllDigits(fraction[1..]));
    }

    /// <summary>A datetime of the column type's form (<see cref="Fits"/>) as milliseconds since year 1, or null for any other value.</summary>
    public static long? Milliseconds(ReadOnlySpan<byte> text) => ReadDateTime(text, out var at)
        ? new DateTime(at.Year, at.Month, at.Day, at.Hour, at.Minute, at.Second, at.Millisecond).Ticks / TimeSpan.TicksPerMillisecond
        : null;

    /// <summary>Values are a few bytes long: a plain loop costs less than setting up a vectorised search.</summary>
    private static bool AllDigits(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
            if (!IsDigit(b)) return false;
        return !text.IsEmpty;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
