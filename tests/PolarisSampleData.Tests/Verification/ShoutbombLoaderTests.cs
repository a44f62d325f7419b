using System.Text;
using Microsoft.Data.Sqlite;
using PolarisSampleData.Verification;
using PolarisSampleData.Verification.Checks;

namespace PolarisSampleData.Tests.Verification;

/// <summary>The archive loads as the library's importer reads it: lines as a StreamReader splits them, fields as its patterns find them.</summary>
public sealed class ShoutbombLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("polaris-gen-archive-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Uploads_split_on_every_line_end_and_decode_as_their_byte_order_mark_says()
    {
        Write("holds_submitted_2025-11-20_08-05-00.txt", [.. "a|b|c\r\nsame\rcaf"u8, 0xE9, .. "||\nlast"u8]);
        Write("holds_submitted_2025-11-20_09-05-00.txt", "same\r\nnew\r\n"u8);
        Write("holds_submitted_2025-11-21_08-05-00.txt", [0xEF, 0xBB, 0xBF, .. "same\r\ncaf\u00E9||\r\n"u8]);

        var rows = Load("SELECT File, Day, Line, F1, F2, F3, F4 FROM Submissions ORDER BY rowid", selection: null);

        rows.Should().Equal(
            "holds_submitted_2025-11-20_08-05-00.txt 2025-11-20 1 a b c NULL",
            "holds_submitted_2025-11-20_08-05-00.txt 2025-11-20 2 same NULL NULL NULL",
            "holds_submitted_2025-11-20_08-05-00.txt 2025-11-20 3 café   NULL",
            "holds_submitted_2025-11-20_08-05-00.txt 2025-11-20 4 last NULL NULL NULL",
            "holds_submitted_2025-11-20_09-05-00.txt 2025-11-20 1 same NULL NULL NULL",
            "holds_submitted_2025-11-20_09-05-00.txt 2025-11-20 2 new NULL NULL NULL",
            "holds_submitted_2025-11-21_08-05-00.txt 2025-11-21 1 same NULL NULL NULL",
            "holds_submitted_2025-11-21_08-05-00.txt 2025-11-21 2 café   NULL");
    }

    [Fact]
    public void Verify_loads_no_upload_line()
    {
        Write("holds_submitted_2025-11-20_08-05-00.txt", "a|b|c\r\n"u8);

        Load("SELECT count(*) FROM Submissions", LoadPlan.Verify.Archive).Should().Equal("0");
    }

    [Fact]
    public void Phone_notices_fields_unquote_and_a_misshapen_line_is_counted_and_loaded_as_far_as_it_reads()
    {
        var good = Quoted(Enumerable.Range(1, 25).Select(i => i == 2 ? "say \"\"hi\"\"" : $"f{i}"));
        var short_ = Quoted(["x", "y"]);
        Write("PhoneNotices.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($"{good}\r\n{short_}\r\nnot quoted\r\n")]);
        Write("PhoneNotices_2025-11-20_08-04-00.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes($"{good}\r\n")]);

        var rows = Load("SELECT File, Day, Line, F1, F2, F25 FROM PhoneNotices ORDER BY rowid", selection: null);
        var files = Load("SELECT File, Bom, BareLineFeeds, MisshapenLines FROM ShoutbombFiles ORDER BY rowid", selection: null);

        rows.Should().Equal(
            "PhoneNotices.csv 2025-11-24 1 f1 say \"hi\" f25",
            "PhoneNotices.csv 2025-11-24 2 x y NULL",
            "PhoneNotices.csv 2025-11-24 3 NULL NULL NULL",
            "PhoneNotices_2025-11-20_08-04-00.txt 2025-11-20 1 f1 say \"hi\" f25");
        // A UTF-16 file's CR LF is 0D 00 0A 00: its LF byte is not after a CR byte.
        files.Should().Equal("PhoneNotices.csv 1 0 2", "PhoneNotices_2025-11-20_08-04-00.txt 0 1 0");
    }

    [Fact]
    public void A_name_with_a_line_feed_after_its_extension_is_no_archive_file()
    {
        // An importer's *.txt or *.csv pattern does not take it; a regular expression's $ would.
        Write("holds_submitted_2025-11-20_08-05-00.txt\n", "a|b|c\r\n"u8);
        Write("PhoneNotices.csv\n", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Quoted(Enumerable.Range(1, 25).Select(i => $"f{i}")) + "\r\n")]);

        Load("SELECT File, Kind FROM ShoutbombFiles ORDER BY File", selection: null)
            .Should().Equal("PhoneNotices.csv\n NULL", "holds_submitted_2025-11-20_08-05-00.txt\n NULL");
        Load("SELECT (SELECT count(*) FROM Submissions) + (SELECT count(*) FROM PhoneNotices)", selection: null).Should().Equal("0");
    }

    private static string Quoted(IEnumerable<string> fields) => string.Concat(fields.Select(f => $"\"{f}\","));

    private void Write(string name, ReadOnlySpan<byte> bytes)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "shoutbomb"));
        File.WriteAllBytes(Path.Combine(_folder, "shoutbomb", name), bytes);
    }

    /// <summary>Loads the archive and returns the query's rows, each as its values joined by spaces (NULL for null, file names without the folder).</summary>
    private List<string> Load(string sql, ArchiveSelection? selection)
    {
        var database = Path.Combine(_folder, $"archive-{Guid.NewGuid():N}.db");
        ShoutbombLoader.Load(database, _folder, "2025-11-24", selection);
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!.Replace("shoutbomb/", "", StringComparison.Ordinal))));
        return rows;
    }
}
