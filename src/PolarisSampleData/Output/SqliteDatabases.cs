using System.Globalization;
using Microsoft.Data.Sqlite;
using PolarisSampleData.Domain;
using PolarisSampleData.Tables;

using static PolarisSampleData.Sqlite.SqliteCommands;

namespace PolarisSampleData.Output;

/// <summary>
/// One SQLite database file per Polaris database (<c>Polaris.db</c>, <c>Results.db</c>,
/// <c>PolarisTransactions.db</c>): attach them under those names and <c>Results.HoldNotices</c> reads
/// as on the server. Columns carry the server's types (SQLite takes their affinity from them), keys
/// are declared, foreign keys within a database file are declared (SQLite cannot declare one across
/// files), and the join keys are indexed.
/// </summary>
internal static class SqliteDatabases
{
    public static string FileName(string database) => $"{database}.db";

    /// <summary>One output per database file in <paramref name="folder"/>, each holding its tables.</summary>
    public static IEnumerable<IShardOutput> Open(IReadOnlyList<ITable> tables, string folder) =>
        tables.GroupBy(t => t.Database).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(database => new SqliteDatabase(folder, database.Key, database.ToList(), tables));

    /// <summary>A database file: every table created when opened, each shard's rows inserted in turn, the join keys indexed last.</summary>
    private sealed class SqliteDatabase : IShardOutput
    {
        private readonly string _folder;
        private readonly string _name;
        private readonly IReadOnlyList<ITable> _tables;
        private readonly SqliteConnection _connection;
        private long _rows;

        public SqliteDatabase(string folder, string database, IReadOnlyList<ITable> tables, IReadOnlyList<ITable> catalog)
        {
            _folder = folder;
            _name = FileName(database);
            _tables = tables;
            _connection = new SqliteConnection($"Data Source={Path.Combine(folder, _name)};Pooling=False;Foreign Keys=False");
            try
            {
                _connection.Open();
                Execute(_connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
                // Every table first, so an insert can name its parents; keys are not enforced while loading
                // (tables are filled in catalog order), and the tests run foreign_key_check on the result.
                foreach (var table in tables)
                    Create(_connection, table, catalog);
            }
            catch
            {
                _connection.Dispose();
                throw;
            }
        }

        public long Append(World shard)
        {
            long rows = 0;
            using var transaction = _connection.BeginTransaction();
            foreach (var table in _tables)
                rows += table.WriteTo(shard, new SqliteTableSink(_connection, transaction, table));
            transaction.Commit();
            _rows += rows;
            return rows;
        }

        public IReadOnlyList<ManifestFile> Finish()
        {
            // Indexed once the rows are in: far cheaper than keeping the indexes up to date row by row.
            foreach (var table in _tables)
            foreach (var column in table.Columns.Where(c => !c.IsKey && IsJoinKey(c.Name)))
                Execute(_connection, $"CREATE INDEX {Identifier($"ix_{table.ServerName}_{column.Name}")} ON {Identifier(table.ServerName)} ({Identifier(column.Name)});");
            _connection.Close();
            using var written = File.OpenRead(Path.Combine(_folder, _name));
            return [new ManifestFile(_name, _rows, written.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(written)))];
        }

        public void Dispose() => _connection.Dispose();
    }

    private static void Create(SqliteConnection connection, ITable table, IReadOnlyList<ITable> tables)
    {
        var keys = table.Columns.Where(c => c.IsKey).Select(c => Identifier(c.Name)).ToList();
        var definitions = table.Columns.Select(c => $"{Identifier(c.Name)} {c.SqlType}")
            .Concat(keys.Count > 0 ? [$"PRIMARY KEY ({string.Join(", ", keys)})"] : [])
            .Concat(ForeignKeysWithin(table, tables).Select(k => $"FOREIGN KEY ({Identifier(k.Column)}) REFERENCES {Identifier(k.Parent.ServerName)} ({Identifier(k.ReferencedColumn)})"));
        Execute(connection, $"CREATE TABLE {Identifier(table.ServerName)} ({string.Join(", ", definitions)});");
        if (table.ServerName != table.Name)
            Execute(connection, $"CREATE VIEW {Identifier(table.Name)} AS SELECT * FROM {Identifier(table.ServerName)};");
    }

    /// <summary>
    /// The table's foreign keys whose parent is in the same database file and keyed by that column alone,
    /// the ones SQLite can declare (and enforce, with PRAGMA foreign_keys).
    /// </summary>
    private static IEnumerable<(string Column, ITable Parent, string ReferencedColumn)> ForeignKeysWithin(ITable table, IReadOnlyList<ITable> tables) =>
        from key in Relationships.ForeignKeys
        where key.Table == $"{table.Database}.{table.Name}"
        let parent = tables.FirstOrDefault(t => $"{t.Database}.{t.Name}" == key.ReferencedTable && t.Database == table.Database)
        where parent is not null && parent.Columns.Where(c => c.IsKey).Select(c => c.Name).SequenceEqual([key.ReferencedColumn])
            && table.Columns.Any(c => c.Name == key.Column)
        select (key.Column, parent, key.ReferencedColumn);

    /// <summary>The columns importers join on: IDs of patrons, items, records and requests, and barcodes.</summary>
    private static bool IsJoinKey(string column) =>
        column.EndsWith("ID", StringComparison.OrdinalIgnoreCase) && column is not ("LanguageID" or "AdminLanguageID" or "CreatorID" or "ModifierID")
        || column.EndsWith("Barcode", StringComparison.Ordinal);

    /// <summary>Inserts rows with one prepared statement, values typed as SQLite stores them.</summary>
    private sealed class SqliteTableSink(SqliteConnection connection, SqliteTransaction transaction, ITable table) : ITableSink
    {
        public long Write<TRow>(IEnumerable<TRow> rows, char separator)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            var parameters = table.Columns.Select((_, i) => insert.CreateParameter()).ToArray();
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].ParameterName = $"$p{i}";
                insert.Parameters.Add(parameters[i]);
            }
            insert.CommandText = $"INSERT INTO {Identifier(table.ServerName)} VALUES ({string.Join(", ", parameters.Select(p => p.ParameterName))});";
            insert.Prepare();
            long count = 0;
            var valuesOf = TableColumns<TRow>.Values;
            foreach (var row in rows)
            {
                var values = valuesOf(row);
                for (var i = 0; i < values.Length; i++)
                    parameters[i].Value = Stored(values[i]);
                insert.ExecuteNonQuery();
                count++;
            }
            return count;
        }

        /// <summary>Datetimes as the export writes them (they sort and compare as text), bits as 0/1, money as a number.</summary>
        private static object Stored(object? value) => value switch
        {
            null => DBNull.Value,
            DateTime d => d.ToString(CsvFormat.DateTimeFormat, CultureInfo.InvariantCulture),
            bool b => b ? 1 : 0,
            decimal m => (double)m,
            _ => value,
        };
    }
}
