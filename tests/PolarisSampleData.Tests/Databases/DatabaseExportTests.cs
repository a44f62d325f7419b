using Microsoft.Data.Sqlite;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using PolarisSampleData.Generation;
using PolarisSampleData.Output;
using PolarisSampleData.Tables;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Databases;

/// <summary>The SQLite databases and the SQL Server load script: they open, parse, and hold the plan's joins.</summary>
public sealed class DatabaseExportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "polaris-gen-tests", Guid.NewGuid().ToString("N"));

    public DatabaseExportTests() =>
        DataSetWriter.Write(WorldGenerator.Shards(GeneratedSet.Options), GeneratedSet.Options, _folder, force: false,
            OutputFormats.Sqlite | OutputFormats.Mssql);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SqliteConnection Attached()
    {
        var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        connection.Open();
        foreach (var database in new[] { "Polaris", "Results", "PolarisTransactions" })
            Query(connection, $"ATTACH DATABASE '{Path.Combine(_folder, database + ".db")}' AS {database}");
        return connection;
    }

    private static List<object?[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        return rows;
    }

    [Fact]
    public void Sqlite_files_attach_under_the_database_names_and_the_plans_checks_hold()
    {
        using var connection = Attached();
        Query(connection, "SELECT COUNT(*) FROM Polaris.Patrons")[0][0].Should().Be(25L);
        Query(connection, """
            SELECT COUNT(*) FROM Polaris.PatronRegistration pr
            JOIN PolarisTransactions.NotificationLogs nl ON pr.PatronID = nl.PatronID
            WHERE pr.DeliveryOptionID = 2 AND nl.DeliveryOptionID = 2 AND pr.EmailAddress <> nl.DeliveryString
            """)[0][0].Should().Be(0L, "the plan's email check holds");
        Query(connection, """
            SELECT COUNT(*) FROM Results.HoldNotices hn LEFT JOIN Polaris.Patrons p ON hn.PatronID = p.PatronID WHERE p.PatronID IS NULL
            """)[0][0].Should().Be(0L, "no orphan hold notices");
        Query(connection, """
            SELECT MAX((julianday(nh.NoticeDate) - julianday(shr.HoldNotificationDate)) * 1440)
            FROM Polaris.SysHoldRequests shr JOIN Results.NotificationHistory nh
              ON shr.PatronID = nh.PatronId AND shr.TrappingItemRecordID = nh.ItemRecordId
            WHERE nh.NotificationTypeId = 2
            """)[0][0].Should().BeOfType<double>().Which.Should().BeLessThan(60);
        Query(connection, "SELECT COUNT(*) FROM PolarisTransactions.NotificationLog")[0][0]
            .Should().Be(Query(connection, "SELECT COUNT(*) FROM PolarisTransactions.NotificationLogs")[0][0], "NotificationLogs is a view of the real table");
    }

    [Fact]
    public void Sqlite_tables_carry_the_server_types_keys_and_join_indexes()
    {
        using var connection = Attached();
        foreach (var table in TableCatalog.All)
        {
            var columns = Query(connection, $"SELECT name, type, pk FROM {table.Database}.pragma_table_info('{table.ServerName}')");
            // SQLite reports declared types in upper case.
            columns.Select(c => ((string)c[0]!, ((string)c[1]!).ToLowerInvariant(), (long)c[2]! > 0))
                .Should().Equal(table.Columns.Select(c => (c.Name, c.SqlType, c.IsKey)), table.FileName);
        }
        Query(connection, "SELECT name FROM Results.sqlite_master WHERE type = 'index' AND tbl_name = 'HoldNotices'")
            .Select(r => (string)r[0]!).Should().Contain("ix_HoldNotices_PatronID").And.Contain("ix_HoldNotices_ItemRecordID");
    }

    [Fact]
    public void Sqlite_declares_the_foreign_keys_within_each_file_and_none_is_violated()
    {
        using var connection = Attached();
        Query(connection, "SELECT \"table\", \"from\", \"to\" FROM Polaris.pragma_foreign_key_list('PatronAddresses')")
            .Select(r => ((string)r[0]!, (string)r[1]!)).Should().Contain([("Patrons", "PatronID"), ("Addresses", "AddressID")]);
        Query(connection, "SELECT COUNT(*) FROM Polaris.pragma_foreign_key_list('SysHoldRequests')")[0][0].Should().NotBe(0L);
        foreach (var database in new[] { "Polaris", "Results", "PolarisTransactions" })
            Query(connection, $"PRAGMA {database}.foreign_key_check").Should().BeEmpty($"every key in {database}.db resolves");
    }

    [Fact]
    public void Mssql_script_parses_and_creates_exactly_the_generated_tables()
    {
        var script = File.ReadAllText(Path.Combine(_folder, MssqlScript.FileName));
        var fragment = Parse(script, out var errors);
        errors.Should().BeEmpty();

        var created = new List<(string Schema, string Table, List<(string Column, string Type)> Columns)>();
        fragment.Accept(new CreateTableCollector(created));
        created.Select(t => t.Table).Should().BeEquivalentTo(TableCatalog.All.Select(t => t.ServerName));
        created.Should().OnlyContain(t => t.Schema == "Polaris");
        foreach (var table in TableCatalog.All)
            created.Single(t => t.Table == table.ServerName).Columns.Should().Equal(table.Columns.Select(c => (c.Name, c.SqlType)));
        script.Should().Contain("CREATE VIEW [Polaris].[NotificationLogs]");
        TableCatalog.All.Should().OnlyContain(t => script.Contains($"$(DataFolder)\\{t.FileName}'", StringComparison.Ordinal));
    }

    [SharedReferenceFact]
    public void Mssql_column_types_are_the_reference_schema_types()
    {
        var compared = 0;
        foreach (var table in TableCatalog.All)
        {
            var schema = Path.Combine(Repository.PolarisReference!, "schema", Path.ChangeExtension(table.FileName, ".sql"));
            if (!File.Exists(schema)) continue;
            var fragment = Parse(File.ReadAllText(schema), out var errors);
            var reference = new List<(string Schema, string Table, List<(string Column, string Type)> Columns)>();
            fragment.Accept(new CreateTableCollector(reference));
            if (errors.Count > 0 || reference.Count == 0) continue; // views and export queries have no column types
            table.Columns.Select(c => (c.Name, c.SqlType)).Should().Equal(reference[0].Columns, table.FileName);
            compared++;
        }
        compared.Should().BeGreaterThan(25);
    }

    [Fact]
    public void Rerunning_the_script_drops_what_it_created_first()
    {
        var script = File.ReadAllText(Path.Combine(_folder, MssqlScript.FileName));
        foreach (var table in TableCatalog.All)
            script.IndexOf($"DROP TABLE IF EXISTS [Polaris].[{table.ServerName}]", StringComparison.Ordinal)
                .Should().BeLessThan(script.IndexOf($"CREATE TABLE [Polaris].[{table.ServerName}]", StringComparison.Ordinal)).And.BeGreaterThan(0);
    }

    /// <summary>sqlcmd's own preprocessing (:setvar lines, $(Var) substitution), then Microsoft's T-SQL parser.</summary>
    private static TSqlFragment Parse(string script, out IList<ParseError> errors)
    {
        var sql = string.Join('\n', script.Split('\n').Where(l => !l.StartsWith(":setvar", StringComparison.Ordinal)))
            .Replace("$(DataFolder)", @"C:\data", StringComparison.Ordinal);
        using var reader = new StringReader(sql);
        return new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out errors);
    }

    private sealed class CreateTableCollector(List<(string Schema, string Table, List<(string Column, string Type)> Columns)> tables) : TSqlFragmentVisitor
    {
        public override void Visit(CreateTableStatement node) =>
            tables.Add((node.SchemaObjectName.SchemaIdentifier?.Value ?? "", node.SchemaObjectName.BaseIdentifier.Value,
                node.Definition.ColumnDefinitions.Select(c => (c.ColumnIdentifier.Value, TypeText(c.DataType))).ToList()));

        private static string TypeText(DataTypeReference type) => type switch
        {
            ParameterizedDataTypeReference p when p.Parameters.Count > 0 =>
                $"{p.Name.BaseIdentifier.Value.ToLowerInvariant()}({string.Join(",", p.Parameters.Select(x => x.Value))})",
            _ => type.Name.BaseIdentifier.Value.ToLowerInvariant(),
        };
    }
}
