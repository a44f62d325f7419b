using System.Diagnostics;
using System.Globalization;
using CsvHelper;

// The floor generate is measured against: a bare CsvHelper loop writing the same number of rows and
// about the same bytes, with no generation behind it. Usage: floor ROWS BYTES FOLDER
if (args is not ["floor", var rowsText, var bytesText, var folder]
    || !long.TryParse(rowsText, CultureInfo.InvariantCulture, out var rows) || rows < 1
    || !long.TryParse(bytesText, CultureInfo.InvariantCulture, out var bytes) || bytes < rows)
{
    Console.Error.WriteLine("usage: PolarisSampleData.Benchmarks floor ROWS BYTES FOLDER");
    return 2;
}

// Ten fields a row, sized so the file comes out at about the bytes asked for.
var fieldLength = (int)Math.Max(1, bytes / rows / 10 - 1);
var field = new string('x', fieldLength);
var fields = Enumerable.Repeat(field, 10).ToArray();
var path = Path.Combine(folder, "floor.csv");
var watch = Stopwatch.StartNew();
using (var writer = CsvWriter.Create(File.Create(path), CsvWriterOptions.Default with { Separator = '\t', NewLine = "\n" }))
{
    for (long row = 0; row < rows; row++)
        writer.WriteRecord(fields);
}
watch.Stop();
var written = new FileInfo(path).Length;
File.Delete(path);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalSeconds:0.00} {written}"));
return 0;
