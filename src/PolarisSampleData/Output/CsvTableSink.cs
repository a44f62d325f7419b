using CsvHelper;
using PolarisSampleData.Tables;

namespace PolarisSampleData.Output;

/// <summary>Writes one table's rows to a stream in the export format, streaming as the rows are projected.</summary>
public sealed class CsvTableSink(System.IO.Stream output) : ITableSink
{
    public long Write<TRow>(IEnumerable<TRow> rows, char separator)
    {
        long count = 0;
        using var writer = CsvWriter.Create(output, CsvFormat.WriterOptions(separator), leaveOpen: true);
        writer.WriteRecords(rows.Select(row => { count++; return row; }));
        return count;
    }
}
