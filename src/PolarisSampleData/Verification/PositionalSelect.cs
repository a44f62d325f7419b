using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PolarisSampleData.Verification;

/// <summary>
/// One prepared SELECT, read by position through SQLite's own API: millions of rows without a boxed
/// object per value, which is what Microsoft.Data.Sqlite's reader hands out.
/// </summary>
public sealed class PositionalSelect : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public PositionalSelect(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <summary>Steps to the next row; false at the end.</summary>
    public bool Read()
    {
        var result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW) return true;
        if (result != raw.SQLITE_DONE) Check(result);
        return false;
    }

    /// <summary>The value's storage class: <c>raw.SQLITE_INTEGER</c>, <c>SQLITE_FLOAT</c>, <c>SQLITE_TEXT</c>, <c>SQLITE_BLOB</c> or <c>SQLITE_NULL</c>.</summary>
    public int TypeOf(int column) => raw.sqlite3_column_type(_statement, column);

    public long Integer(int column) => raw.sqlite3_column_int64(_statement, column);

    public double Real(int column) => raw.sqlite3_column_double(_statement, column);

    /// <summary>The value's bytes: text as UTF-8 (a number as SQLite writes it). Valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<byte> Bytes(int column) => raw.sqlite3_column_blob(_statement, column);

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            throw new SqliteException(raw.sqlite3_errmsg(_database).utf8_to_string(), result, raw.sqlite3_extended_errcode(_database));
    }
}
