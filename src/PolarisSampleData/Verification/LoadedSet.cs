using Microsoft.Data.Sqlite;

namespace PolarisSampleData.Verification;

/// <summary>One field of a query result row: its column name and its value as SQLite returns it (long, double, string or null).</summary>
public readonly record struct SqlField(string Name, object? Value);

/// <summary>
/// A data set loaded into SQLite, for checks and traces written as SQL a user can read and rerun.
/// <list type="bullet">
/// <item>Attached databases <c>Polaris</c>, <c>Results</c> and <c>PolarisTransactions</c> hold the files:
/// <c>Results.Polaris.HoldNotices.csv</c> is the table <c>Results.HoldNotices</c> (SQLite has only two-part
/// names, so SQL written for SQL Server reads <c>Results.Polaris.X</c> as <c>Results.X</c>). Every row also
/// has <c>_line</c>, its line in the file, and <c>_fields</c>, how many fields that line has.</item>
/// <item><c>Expected</c> holds the reference rows polaris-gen writes, to compare the files with.</item>
/// <item><c>main</c> holds what the loader saw: <c>DataSet</c> (folder, manifest state, today), <c>Files</c>,
/// <c>Headers</c> (each file's header) and <c>Columns</c> (the layout polaris-gen declares).</item>
/// <item><c>Shoutbomb</c> holds the archive: <c>Submissions</c>, <c>PhoneNotices</c> (a row per line) and <c>ShoutbombFiles</c>.</item>
/// </list>
/// </summary>
/// <param name="scratch">The folder of the database files the set was loaded into, deleted with the set.</param>
internal sealed class LoadedSet(DataSetFolder folder, SqliteConnection connection, IReadOnlySet<string> tables, int files, long rows, string scratch) : IDisposable
{
    public DataSetFolder Folder { get; } = folder;

    /// <summary>CSV files read.</summary>
    public int Files { get; } = files;

    /// <summary>Data rows read from them, headers excluded.</summary>
    public long Rows { get; } = rows;

    /// <summary>What the loader's rules gathered as the files were read, for the checks' walks (<see cref="Checks.RowRule.Gather"/>).</summary>
    internal IReadOnlyDictionary<Checks.RowRule, object> Gathered { get; init; } = new Dictionary<Checks.RowRule, object>();

    /// <summary>What the loader's row rules found in the files (see <see cref="Checks.RowRule"/>).</summary>
    internal Checks.RowProblems Problems { get; init; } = new();

    /// <summary>Whether a file was loaded as the table, e.g. <c>Polaris.Patrons</c>.</summary>
    public bool Holds(string table) => tables.Contains(table);

    /// <summary>Runs a query and streams its rows.</summary>
    public IEnumerable<SqlField[]> Query(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        while (reader.Read())
            yield return names.Select((name, i) => new SqlField(name, reader.IsDBNull(i) ? null : reader.GetValue(i))).ToArray();
    }

    /// <summary>
    /// Runs a query and hands over each row as the reader stands on it, its fields read only as asked for: for a walk over
    /// many rows that needs a few fields of most. A row can be read only until the next is asked for.
    /// </summary>
    public IEnumerable<System.Data.IDataRecord> QueryRecords(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return reader;
    }

    /// <summary>How many statements SQLite finds in <paramref name="sql"/> (comments and blanks between them aside).</summary>
    public int StatementsIn(string sql)
    {
        var count = 0;
        var rest = sql;
        while (!string.IsNullOrWhiteSpace(rest))
        {
            var rc = SQLitePCL.raw.sqlite3_prepare_v2(connection.Handle, rest, out var statement, out var tail);
            using (statement)
            {
                if (rc != SQLitePCL.raw.SQLITE_OK) return count + 1; // the query itself reports the syntax error
                if (statement.IsInvalid) break; // only comments or blanks were left
                count++;
            }
            rest = tail;
        }
        return count;
    }

    /// <summary>Runs a query and returns its column names (even when no row comes back) and rows.</summary>
    public (IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows) QueryTable(string sql) =>
        QueryStream(sql, (columns, rows) => (columns, (IReadOnlyList<object?[]>)rows.ToList()));

    /// <summary>
    /// Runs a query and hands <paramref name="read"/> its column names (even when no row comes back) and
    /// its rows as SQLite steps to them, one pass, each row read only when asked for: what
    /// <paramref name="read"/> does not keep is not kept. The rows can be read only inside <paramref name="read"/>.
    /// </summary>
    public T QueryStream<T>(string sql, Func<IReadOnlyList<string>, IEnumerable<object?[]>, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        return read(names, Rows(reader));

        static IEnumerable<object?[]> Rows(SqliteDataReader reader)
        {
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                yield return row;
            }
        }
    }

    /// <summary>
    /// The parameters SQLite finds in the one statement <paramref name="sql"/> holds, as written (<c>?</c>, <c>?1</c>,
    /// <c>@p</c>, <c>:p</c>, <c>$p</c>); SQLite's own tokenizer reads it, so a <c>?</c> inside a string literal or a
    /// comment is none. Empty when the SQL does not prepare: running it reports that error.
    /// </summary>
    public IReadOnlyList<string> ParametersIn(string sql)
    {
        var rc = SQLitePCL.raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement, out _);
        using (statement)
        {
            if (rc != SQLitePCL.raw.SQLITE_OK || statement.IsInvalid) return [];
            var count = SQLitePCL.raw.sqlite3_bind_parameter_count(statement);
            var named = Enumerable.Range(1, count).Select(i => SQLitePCL.raw.sqlite3_bind_parameter_name(statement, i).utf8_to_string())
                .OfType<string>().ToList();
            // A bare ? has no name (SQLite only numbers it), nor has a slot below a ?NNN.
            return named.Count == 0 && count > 0 ? ["?"] : named;
        }
    }

    /// <summary>
    /// Readies the set for a user's own SQL: SQL Server's DATEDIFF is defined, and the connection turns
    /// read-only, so a query that would write fails instead of changing the set.
    /// </summary>
    public void ReadOnlyForUserQueries()
    {
        connection.CreateFunction<string, string?, string?, long?>("DATEDIFF", SqlServerDialect.DateDiff, isDeterministic: true);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA query_only = ON";
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// A second, read-only view of the same loaded set on a connection of its own, to run queries on
    /// another core. The set it came from owns the files: dispose the view first.
    /// </summary>
    public LoadedSet View()
    {
        var view = OpenView(scratch);
        return new LoadedSet(Folder, view, tables, Files, Rows, scratch) { _ownsFiles = false, Gathered = Gathered, Problems = Problems };
    }

    /// <summary>A read-only connection to the set loaded into <paramref name="scratch"/>, every database attached.</summary>
    public static SqliteConnection OpenView(string scratch)
    {
        var view = new SqliteConnection($"Data Source={Path.Combine(scratch, "main.db")};Mode=ReadOnly;Pooling=False");
        try
        {
            view.Open();
            foreach (var database in DataSetLoader.Attached)
            {
                using var attach = view.CreateCommand();
                attach.CommandText = $"ATTACH DATABASE $file AS {database}";
                attach.Parameters.AddWithValue("$file", Path.Combine(scratch, database + ".db"));
                attach.ExecuteNonQuery();
            }
            return view;
        }
        catch
        {
            view.Dispose();
            throw;
        }
    }

    private bool _ownsFiles = true;

    public void Dispose()
    {
        connection.Dispose();
        if (_ownsFiles) Directory.Delete(scratch, recursive: true);
    }
}
