using Microsoft.Data.Sqlite;
using PolarisSampleData.Verification;
using SQLitePCL;

namespace PolarisSampleData.Tests.Verification;

/// <summary>Values go into SQLite and come back as the loader means them: empty text is text, an empty field is NULL.</summary>
public sealed class PositionalStatementTests
{
    [Fact]
    public void Text_numbers_and_NULLs_round_trip_by_position()
    {
        using var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        connection.Open();
        using (var create = new PositionalStatement(connection, "CREATE TABLE t (a, b, c, d, e)")) create.Execute();
        using (var insert = new PositionalStatement(connection, "INSERT INTO t VALUES (?, ?, ?, ?, ?)"))
        {
            insert.Bind(1, "");
            insert.Bind(2, ReadOnlySpan<byte>.Empty);
            insert.Bind(3, "h\u00E9llo \u20AC" + new string('x', 200));
            insert.Bind(4, "caf\u00E9"u8);
            insert.Bind(5, long.MinValue);
            insert.Execute();
        }

        using var select = new PositionalStatement(connection, "SELECT a, b, c, d, e FROM t");
        select.Read().Should().BeTrue();
        select.TypeOf(0).Should().Be(raw.SQLITE_TEXT);
        select.Bytes(0).Length.Should().Be(0);
        select.TypeOf(1).Should().Be(raw.SQLITE_NULL);
        System.Text.Encoding.UTF8.GetString(select.Bytes(2)).Should().Be("h\u00E9llo \u20AC" + new string('x', 200));
        System.Text.Encoding.UTF8.GetString(select.Bytes(3)).Should().Be("caf\u00E9");
        select.Integer(4).Should().Be(long.MinValue);
        select.Read().Should().BeFalse();
    }
}
