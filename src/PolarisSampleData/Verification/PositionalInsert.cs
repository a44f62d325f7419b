using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PolarisSampleData.Verification;

/// <summary>
/// One prepared INSERT, bound by position through SQLite's own API. Microsoft.Data.Sqlite binds by
/// name only, looking each parameter up by name on every execution: most of a large set's load time.
/// Runs inside whatever transaction the connection has open.
/// </summary>
public sealed class PositionalInsert : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public PositionalInsert(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <summary>Binds parameter <paramref name="index"/> (1-based, as SQLite counts).</summary>
    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    /// <summary>Binds text, or NULL for null. Bound with its length, so a NUL inside the text does not cut it short.</summary>
    public void Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, System.Text.Encoding.UTF8.GetBytes(value)));

    /// <summary>Binds a CSV field's UTF-8 text (with its length), or NULL when it is empty (an empty field is NULL).</summary>
    public void Bind(int index, ReadOnlySpan<byte> utf8) =>
        Check(utf8.IsEmpty ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, utf8));

    /// <summary>Inserts the bound row; the bindings stay for the next row.</summary>
    public void Insert()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE) Check(result);
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            throw new SqliteException(raw.sqlite3_errmsg(_database).utf8_to_string(), result, raw.sqlite3_extended_errcode(_database));
    }
}
