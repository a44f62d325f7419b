using System.Text;
using PolarisSampleData.Tables;

namespace PolarisSampleData.Output;

/// <summary>
/// <c>load-mssql.sql</c>: a sqlcmd script that stands up a mock Polaris on a SQL Server of the user's
/// own. It creates the Polaris, Results and PolarisTransactions databases and their Polaris schema,
/// creates every table of the set with the real column types, and loads the CSV files beside it with
/// BULK INSERT. It drops what it creates first, so it can be run again.
/// </summary>
internal static class MssqlScript
{
    public const string FileName = "load-mssql.sql";

    public static string For(IReadOnlyList<ITable> tables)
    {
        var script = new StringBuilder();
        script.Append("""
            -- polaris-gen: load this data set into SQL Server.
            -- Set DataFolder to the folder holding the CSV files, as the SQL Server service sees it,
            -- then run in sqlcmd (or SSMS in SQLCMD mode): sqlcmd -S <server> -E -i load-mssql.sql
            -- Files are tab-delimited (NotificationHistory and CircReminders comma-delimited), UTF-8,
            -- LF line ends, a header row, NULL as an empty field. Re-runnable: tables are dropped first.
            :setvar DataFolder "C:\polaris-gen\data"
            SET NOCOUNT ON;
            SET DATEFORMAT ymd;
            GO

            """);
        foreach (var database in tables.GroupBy(t => t.Database).OrderBy(g => DatabaseOrder(g.Key)))
        {
            script.Append($"""
                IF DB_ID(N'{database.Key}') IS NULL CREATE DATABASE [{database.Key}];
                GO
                USE [{database.Key}];
                GO
                IF SCHEMA_ID(N'Polaris') IS NULL EXEC(N'CREATE SCHEMA [Polaris]');
                GO

                """);
            foreach (var table in database)
                AppendTable(script, table);
        }
        return script.ToString().ReplaceLineEndings("\n");
    }

    private static int DatabaseOrder(string database) => database switch { "Polaris" => 0, "Results" => 1, _ => 2 };

    private static void AppendTable(StringBuilder script, ITable table)
    {
        var name = $"[Polaris].[{table.ServerName}]";
        var keys = table.Columns.Where(c => c.IsKey).Select(c => $"[{c.Name}]").ToList();
        var columns = table.Columns.Select(c => $"    [{c.Name}] {c.SqlType}{(c.IsKey ? " NOT NULL" : " NULL")}").ToList();
        if (keys.Count > 0) columns.Add($"    CONSTRAINT [pk_{table.ServerName}] PRIMARY KEY ({string.Join(", ", keys)})");
        if (table.ServerName != table.Name)
            script.Append($"DROP VIEW IF EXISTS [Polaris].[{table.Name}];\nGO\n");
        script.Append($"""
            DROP TABLE IF EXISTS {name};
            CREATE TABLE {name} (
            {string.Join(",\n", columns)}
            );
            BULK INSERT {name}
                FROM '$(DataFolder)\{table.FileName}'
                WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDTERMINATOR = '{(table.Separator == '\t' ? "\\t" : ",")}', ROWTERMINATOR = '0x0a',
                      FIELDQUOTE = '"', CODEPAGE = '65001', KEEPNULLS, TABLOCK);
            GO

            """);
        // The plan's SQL says NotificationLogs; applications query the real name.
        if (table.ServerName != table.Name)
            script.Append($"CREATE VIEW [Polaris].[{table.Name}] AS SELECT * FROM {name};\nGO\n\n");
    }
}
