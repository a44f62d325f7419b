using System.Globalization;
using CsvHelper;

[assembly: CsvConverter(typeof(PolarisSampleData.Output.SqlDateTimeConverter))]
[assembly: CsvConverter(typeof(PolarisSampleData.Output.MoneyConverter))]

namespace PolarisSampleData.Output;

/// <summary>
/// The original export's text format, decided once: header row, LF, UTF-8 without BOM, invariant
/// culture, NULL as an empty field, bit as 0/1; datetimes and money through the converters below.
/// </summary>
public static class CsvFormat
{
    /// <summary>SQL Server's datetime as the export writes it, and verify, trace and query read it.</summary>
    public const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss.fff";

    /// <summary>Money as the export writes it: two decimals, a point.</summary>
    public const string MoneyFormat = "0.00";

    /// <summary>A day as the files, the options and the messages about them write it: <c>2025-11-24</c>.</summary>
    public const string DayFormat = "yyyy-MM-dd";

    /// <summary>A datetime to the second, as SQLite's datetime() and verify's messages write one: <c>2025-11-24 08:03:28</c>.</summary>
    public const string SecondsFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>When a Shoutbomb file was written, as its name carries it: <c>2025-11-24_08-03-28</c>.</summary>
    public const string FileStampFormat = "yyyy-MM-dd_HH-mm-ss";

    public static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    /// <summary>A day as <see cref="Day(DateOnly)"/> writes it; null for none.</summary>
    public static string? Day(DateOnly? day) => day is { } known ? Day(known) : null;

    /// <summary>A day written as <see cref="DayFormat"/>, or null for any other text.</summary>
    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static CsvWriterOptions WriterOptions(char separator) => CsvWriterOptions.Default with
    {
        Separator = separator,
        NewLine = "\n",
        TrueValue = "1",
        FalseValue = "0",
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = false,
        Quoting = CsvQuoting.WhenNeeded,
        HasHeader = true,
    };
}

/// <summary>SQL Server's datetime text: <c>2025-11-06 14:01:15.000</c>.</summary>
internal sealed class SqlDateTimeConverter : ICsvConverter<DateTime>
{
    public DateTime Read(CsvReader reader, int index) =>
        reader.ParseExact<DateTime>(index, CsvFormat.DateTimeFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// The fixed-width digits written straight as UTF-8: a large set writes tens of millions of
    /// datetimes, and the general custom-format path costs several times as much. The date's parts come
    /// from one pass over the calendar (Year, Month and Day would each make their own).
    /// </summary>
    public void Write(CsvWriter writer, DateTime value)
    {
        value.Deconstruct(out int year, out int month, out int day);
        var time = value.TimeOfDay;
        Span<byte> text = stackalloc byte[23];
        "0000-00-00 00:00:00.000"u8.CopyTo(text);
        TwoDigits(text, 0, year / 100);
        TwoDigits(text, 2, year % 100);
        TwoDigits(text, 5, month);
        TwoDigits(text, 8, day);
        TwoDigits(text, 11, time.Hours);
        TwoDigits(text, 14, time.Minutes);
        TwoDigits(text, 17, time.Seconds);
        text[20] = (byte)('0' + time.Milliseconds / 100);
        TwoDigits(text, 21, time.Milliseconds % 100);
        writer.WriteField((ReadOnlySpan<byte>)text);
    }

    private static void TwoDigits(Span<byte> text, int at, int value)
    {
        text[at] = (byte)('0' + value / 10);
        text[at + 1] = (byte)('0' + value % 10);
    }
}

/// <summary>Money with two decimals: <c>14.99</c>, <c>0.00</c>.</summary>
internal sealed class MoneyConverter : ICsvConverter<decimal>
{
    public decimal Read(CsvReader reader, int index) => reader.Parse<decimal>(index);

    public void Write(CsvWriter writer, decimal value) => writer.WriteField(value, CsvFormat.MoneyFormat);
}
