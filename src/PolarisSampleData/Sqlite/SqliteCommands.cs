using Microsoft.Data.Sqlite;

namespace PolarisSampleData.Sqlite;

/// <summary>
/// The statements the writers and the loaders run for their effect, and the names they build into SQL:
/// one place, so every name is quoted the same way.
/// </summary>
internal static class SqliteCommands
{
    /// <summary>A table, column or index name as an SQL identifier: in double quotes, any double quote in it doubled.</summary>
    public static string Identifier(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>Runs statements that return no rows, with named parameters (a null value binds NULL).</summary>
    public static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }
}
