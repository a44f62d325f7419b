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
    public const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss.fff";

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
public sealed class SqlDateTimeConverter : ICsvConverter<DateTime>
{
    public DateTime Read(CsvReader reader, int index) =>
        reader.ParseExact<DateTime>(index, CsvFormat.DateTimeFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// The fixed-width digits written straight as UTF-8: a large set writes tens of millions of
    /// datetimes, and the general custom-format path costs several times as much.
    /// </summary>
    public void Write(CsvWriter writer, DateTime value)
    {
        Span<byte> text = stackalloc byte[23];
        "0000-00-00 00:00:00.000"u8.CopyTo(text);
        Digits(text[..4], value.Year);
        Digits(text[5..7], value.Month);
        Digits(text[8..10], value.Day);
        Digits(text[11..13], value.Hour);
        Digits(text[14..16], value.Minute);
        Digits(text[17..19], value.Second);
        Digits(text[20..], value.Millisecond);
        writer.WriteField((ReadOnlySpan<byte>)text);
    }

    private static void Digits(Span<byte> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--, value /= 10)
            into[i] = (byte)('0' + value % 10);
    }
}

/// <summary>Money with two decimals: <c>14.99</c>, <c>0.00</c>.</summary>
public sealed class MoneyConverter : ICsvConverter<decimal>
{
    public decimal Read(CsvReader reader, int index) => reader.Parse<decimal>(index);

    public void Write(CsvWriter writer, decimal value) => writer.WriteField(value, "0.00");
}
