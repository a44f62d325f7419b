using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PolarisSampleData.Sqlite;

/// <summary>
/// One prepared statement, bound by position through SQLite's own API (<see cref="SqliteNative"/> per
/// row). Microsoft.Data.Sqlite binds by name only, looking each parameter up by name on every execution:
/// most of a large set's load time. Runs inside whatever transaction the connection has open.
/// </summary>
internal sealed class PositionalStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    /// <summary>The statement's own pointer, for the calls made per row; <see cref="_statement"/> keeps it alive.</summary>
    private readonly IntPtr _handle;

    public PositionalStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
        _handle = _statement.DangerousGetHandle();
    }

    /// <summary>Binds parameter <paramref name="index"/> (1-based, as SQLite counts).</summary>
    public void Bind(int index, long value) => Check(SqliteNative.sqlite3_bind_int64(_handle, index, value));

    /// <summary>Binds text, or NULL for null. Bound with its length, so a NUL inside the text does not cut it short.</summary>
    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            Check(SqliteNative.sqlite3_bind_null(_handle, index));
            return;
        }
        var utf8 = value.Length <= 128 ? stackalloc byte[value.Length * 3] : new byte[System.Text.Encoding.UTF8.GetByteCount(value)];
        Check(SqliteNative.BindText(_handle, index, utf8[..System.Text.Encoding.UTF8.GetBytes(value, utf8)]));
    }

    /// <summary>Binds a CSV field's UTF-8 text (with its length), or NULL when it is empty (an empty field is NULL).</summary>
    public void Bind(int index, ReadOnlySpan<byte> utf8) =>
        Check(utf8.IsEmpty ? SqliteNative.sqlite3_bind_null(_handle, index) : SqliteNative.BindText(_handle, index, utf8));

    /// <summary>Runs a statement that returns no rows (an insert) with the bound values; the bindings stay for the next run.</summary>
    public void Execute()
    {
        var result = SqliteNative.sqlite3_step(_handle);
        SqliteNative.sqlite3_reset(_handle);
        if (result != raw.SQLITE_DONE) Check(result);
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            throw new SqliteException(raw.sqlite3_errmsg(_database).utf8_to_string(), result, raw.sqlite3_extended_errcode(_database));
    }
}
