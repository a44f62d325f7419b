using CsvHelper;
using PolarisSampleData.Domain;
using PolarisSampleData.Tables;

namespace PolarisSampleData.Output;

/// <summary>
/// Writes one table's rows to a stream in the export format, streaming as the rows are projected.
/// Later writes append to the first (one header), so a table can be written shard by shard.
/// </summary>
internal sealed class CsvTableSink(Stream output) : ITableSink, IDisposable
{
    private CsvWriter? _writer;

    public long Write<TRow>(IEnumerable<TRow> rows, char separator)
    {
        long count = 0;
        _writer ??= CsvWriter.Create(output, CsvFormat.WriterOptions(separator), leaveOpen: true);
        _writer.WriteRecords(rows.Select(row => { count++; return row; }));
        return count;
    }

    /// <summary>Writes what is buffered out to the stream.</summary>
    public void Dispose() => _writer?.Dispose();
}

/// <summary>One table's CSV file, written shard by shard.</summary>
internal sealed class CsvTableFile(string folder, ITable table) : IShardOutput
{
    private readonly HashedFile _file = new(folder, table.FileName);
    private CsvTableSink? _sink;
    private long _rows;

    public long Append(World shard)
    {
        _sink ??= new CsvTableSink(_file.Stream);
        var rows = table.WriteTo(shard, _sink);
        _rows += rows;
        return rows;
    }

    public IReadOnlyList<ManifestFile> Finish()
    {
        _sink?.Dispose();
        return [_file.Finish(_rows)];
    }

    public void Dispose() => DataSetWriter.DisposeAll(_sink is null ? [_file] : [_sink, _file]);
}
