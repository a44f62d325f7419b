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

    public void Write(CsvWriter writer, DateTime value) => writer.WriteField(value, CsvFormat.DateTimeFormat);
}

/// <summary>Money with two decimals: <c>14.99</c>, <c>0.00</c>.</summary>
public sealed class MoneyConverter : ICsvConverter<decimal>
{
    public decimal Read(CsvReader reader, int index) => reader.Parse<decimal>(index);

    public void Write(CsvWriter writer, decimal value) => writer.WriteField(value, "0.00");
}
