using Microsoft.Data.Sqlite;
using PolarisSampleData.Sqlite;

namespace PolarisSampleData.Tests.Sqlite;

/// <summary>Values go into SQLite as the loader means them: empty text is text, an empty field is NULL.</summary>
public sealed class PositionalStatementTests
{
    [Fact]
    public void Text_numbers_and_NULLs_are_bound_by_position()
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

        using var select = connection.CreateCommand();
        select.CommandText = "SELECT typeof(a), a, typeof(b), c, d, e FROM t";
        using var row = select.ExecuteReader();
        row.Read().Should().BeTrue();
        Enumerable.Range(0, row.FieldCount).Select(row.GetValue).Should().Equal(
            "text", "", "null", "h\u00E9llo \u20AC" + new string('x', 200), "caf\u00E9", long.MinValue);
        row.Read().Should().BeFalse();
    }
}
