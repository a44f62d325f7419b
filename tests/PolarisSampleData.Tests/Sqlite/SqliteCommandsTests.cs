using Microsoft.Data.Sqlite;
using PolarisSampleData.Sqlite;

namespace PolarisSampleData.Tests.Sqlite;

public sealed class SqliteCommandsTests
{
    /// <summary>Every name built into SQL is quoted one way: a name holding a double quote, a space or a keyword is still one name.</summary>
    [Theory]
    [InlineData("Patrons")]
    [InlineData("Hold \"Notices\"")]
    [InlineData("select")]
    [InlineData("ix_Results.HoldNotices_PatronID")]
    public void A_quoted_name_names_exactly_that_table_and_column(string name)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        SqliteCommands.Execute(connection, $"CREATE TABLE {SqliteCommands.Identifier(name)} ({SqliteCommands.Identifier(name)} TEXT)");
        SqliteCommands.Execute(connection, $"INSERT INTO {SqliteCommands.Identifier(name)} VALUES (@value)", ("@value", null));

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table'";
        command.ExecuteScalar().Should().Be(name);
        command.CommandText = $"SELECT count(*) FROM {SqliteCommands.Identifier(name)} WHERE {SqliteCommands.Identifier(name)} IS NULL";
        command.ExecuteScalar().Should().Be(1L);
    }
}
