namespace PolarisSampleData.Verification;

/// <summary>
/// The forms a value of each column type must have, judged on the file's own bytes as the loader reads
/// them (values.types reports what fails): whole numbers in int range, bits 0/1, money 0.00, and
/// datetimes <c>yyyy-MM-dd HH:mm:ss.fff</c> on a real calendar day. Judging here, once per value,
/// costs a fraction of scanning every typed column again in SQL.
/// </summary>
public static class ValueTypes
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
        if (digits.IsEmpty || digits.Length > 10 || !AllDigits(digits)) return false;
        var value = Number(digits);
        return text[0] == '-' ? value <= -(long)int.MinValue : value <= int.MaxValue;
    }

    private static bool IsMoney(ReadOnlySpan<byte> text)
    {
        var amount = text is [(byte)'-', .. var rest] ? rest : text;
        return amount.Length >= 4 && amount[^3] == '.' && AllDigits(amount[..^3]) && AllDigits(amount[^2..]);
    }

    private static bool IsDateTime(ReadOnlySpan<byte> text)
    {
        if (text.Length != 23 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':' || text[19] != '.'
            || !AllDigits(text[..4]) || !AllDigits(text.Slice(5, 2)) || !AllDigits(text.Slice(8, 2)) || !AllDigits(text.Slice(11, 2))
            || !AllDigits(text.Slice(14, 2)) || !AllDigits(text.Slice(17, 2)) || !AllDigits(text.Slice(20, 3)))
            return false;
        var (year, month, day) = ((int)Number(text[..4]), (int)Number(text.Slice(5, 2)), (int)Number(text.Slice(8, 2)));
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && Number(text.Slice(11, 2)) <= 23 && Number(text.Slice(14, 2)) <= 59 && Number(text.Slice(17, 2)) <= 59;
    }

    private static bool AllDigits(ReadOnlySpan<byte> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange((byte)'0', (byte)'9');

    private static long Number(ReadOnlySpan<byte> digits)
    {
        long value = 0;
        foreach (var digit in digits) value = value * 10 + (digit - '0');
        return value;
    }
}
