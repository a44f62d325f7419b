using PolarisSampleData.Cli;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Cli;

/// <summary>polaris-gen query: the plan's own verification SQL runs as written, and nothing can write.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class QueryCommandTests(GeneratedSet set)
{
    private (int Exit, string Out, string Error) Query(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = PolarisCli.Run(["query", set.Folder, .. args], stdout, stderr, () => new DateOnly(2025, 11, 24));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void The_plans_timing_query_runs_unchanged_and_every_difference_is_under_sixty_minutes()
    {
        var (exit, output, error) = Query("""
            SELECT
                shr.HoldNotificationDate as SourceDate,
                nh.NoticeDate as SentDate,
                DATEDIFF(MINUTE, shr.HoldNotificationDate, nh.NoticeDate) as MinutesDifference
            FROM Polaris.Polaris.SysHoldRequests shr
            INNER JOIN Results.Polaris.NotificationHistory nh
                ON shr.PatronID = nh.PatronId
                AND shr.TrappingItemRecordID = nh.ItemRecordId
            WHERE nh.NotificationTypeId = 2;
            """, "--format", "csv");
        exit.Should().Be(ExitCodes.Success, error);
        var lines = output.TrimEnd().Split('\n');
        lines[0].Should().Be("SourceDate,SentDate,MinutesDifference");
        var minutes = lines.Skip(1).Select(l => int.Parse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        minutes.Should().HaveCount(25, "the 20 holds on the shelf and the 5 that ended earlier").And.OnlyContain(m => m >= 1 && m < 60);
    }

    [Fact]
    public void The_plans_email_match_and_orphan_queries_find_nothing_wrong()
    {
        var (exit, output, _) = Query("""
            SELECT pr.EmailAddress as RegistrationEmail, nl.DeliveryString as LoggedEmail,
                CASE WHEN pr.EmailAddress = nl.DeliveryString THEN 'MATCH' ELSE 'MISMATCH' END as Status
            FROM Polaris.Polaris.PatronRegistration pr
            INNER JOIN PolarisTransactions.Polaris.NotificationLogs nl ON pr.PatronID = nl.PatronID
            WHERE pr.DeliveryOptionID = 2 AND nl.DeliveryOptionID = 2;
            """, "--format", "json");
        exit.Should().Be(ExitCodes.Success);
        output.Should().Contain("\"MATCH\"").And.NotContain("MISMATCH\"");

        var orphans = Query("""
            SELECT DISTINCT hn.PatronID FROM Results.Polaris.HoldNotices hn
            LEFT JOIN Polaris.Polaris.Patrons p ON hn.PatronID = p.PatronID WHERE p.PatronID IS NULL;
            """);
        orphans.Exit.Should().Be(ExitCodes.Success);
        orphans.Out.Should().Contain("(0 rows)");
    }

    [Fact]
    public void The_real_table_name_and_string_literals_work_as_on_the_server()
    {
        var logs = Query("SELECT COUNT(*) AS n FROM PolarisTransactions.Polaris.NotificationLog", "--format", "csv");
        logs.Exit.Should().Be(ExitCodes.Success, logs.Error);
        logs.Out.Should().Be($"n\n{set.Data["PolarisTransactions.Polaris.NotificationLogs"].Count}\n");
        Query("SELECT 'Results.Polaris.HoldNotices' AS name", "--format", "csv").Out.Should().Be("name\nResults.Polaris.HoldNotices\n");
    }

    [Theory]
    [InlineData("DELETE FROM Polaris.Polaris.Patrons", "only reads")]
    [InlineData("DROP TABLE Results.Polaris.HoldNotices", "only reads")]
    [InlineData("SELECT FROM WHERE", "the query failed")]
    [InlineData("SELEC 1", "only reads")]
    [InlineData("SELECT 1; SELEC 2", "one statement at a time")]
    [InlineData("PRAGMA query_only = OFF; DELETE FROM Results.Polaris.HoldNotices", "only reads")]
    [InlineData("SELECT 1; DELETE FROM Polaris.Polaris.Patrons", "one statement at a time")]
    [InlineData("", "only reads")]
    [InlineData("SELECT DATEDIFF(FORTNIGHT, '2025-01-01', '2025-02-01')", "the query failed")]
    [InlineData("WITH n(i) AS (VALUES (1), (2)) SELECT CASE i WHEN 2 THEN abs(-9223372036854775807 - 1) ELSE i END FROM n", "the query failed")]
    public void Writes_and_malformed_sql_fail_with_one_line_and_exit_2(string sql, string message)
    {
        var (exit, _, error) = Query(sql);
        exit.Should().Be(ExitCodes.BadInput);
        error.Should().Contain(message).And.Contain("Fix:");
        error.TrimEnd().Split('\n').Should().ContainSingle();
        Query("SELECT COUNT(*) AS n FROM Polaris.Polaris.Patrons").Out.Should().Contain("25", "the set was not changed");
    }

    [Fact]
    public void The_table_takes_its_widths_from_the_first_thousand_rows_and_a_wider_cell_later_pushes_its_line_out()
    {
        var (exit, output, error) = Query("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500)
            SELECT CASE i WHEN 1500 THEN 'wider later' ELSE 'x' END AS a, i AS b FROM n
            """);
        exit.Should().Be(ExitCodes.Success, error);
        var lines = output.TrimEnd().Split('\n');
        lines.Should().HaveCount(1502);
        lines[0].Should().Be("a  b");
        lines[1].Should().Be("x  1");
        lines[1500].Should().Be("wider later  1500");
        lines[^1].Should().Be("(1500 rows)");
    }

    [Fact]
    public void Json_needs_each_column_named_apart()
    {
        var (exit, output, error) = Query("SELECT p.PatronID, r.PatronID FROM Polaris.Polaris.Patrons p JOIN Polaris.Polaris.PatronRegistration r USING (PatronID)", "--format", "json");
        exit.Should().Be(ExitCodes.BadInput);
        error.Should().Contain("'PatronID'").And.Contain("Fix:");
        error.TrimEnd().Split('\n').Should().ContainSingle();
        output.Should().BeEmpty();
    }

    [Fact]
    public void Json_is_an_array_of_objects_with_values_of_their_sqlite_types()
    {
        var (exit, output, error) = Query("SELECT 1 AS n, 1.5 AS d, 'a\"b' AS s, NULL AS z UNION ALL SELECT 2, 2.5, 'c', NULL", "--format", "json");
        exit.Should().Be(ExitCodes.Success, error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        json.RootElement.GetArrayLength().Should().Be(2);
        var first = json.RootElement[0];
        first.GetProperty("n").GetInt64().Should().Be(1);
        first.GetProperty("d").GetDouble().Should().Be(1.5);
        first.GetProperty("s").GetString().Should().Be("a\"b");
        first.GetProperty("z").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        Query("SELECT 1 AS n WHERE 0", "--format", "json").Out.Should().Be("[]\n");

        // Well past one chunk of JSON handed on (32 KB), with characters of two bytes and more.
        var many = Query("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) SELECT i, 'Zoë 東京 ' || i AS name FROM n", "--format", "json");
        using var rows = System.Text.Json.JsonDocument.Parse(many.Out);
        rows.RootElement.EnumerateArray().Select(r => r.GetProperty("name").GetString())
            .Should().Equal(Enumerable.Range(1, 5000).Select(i => $"Zoë 東京 {i}"));
    }

    /// <summary>The other side of the parameters in <see cref="BadInputTests"/>: what only looks like one runs.</summary>
    [Fact]
    public void A_question_mark_in_a_string_literal_or_a_comment_is_no_parameter()
    {
        var (exit, output, error) = Query("""
            SELECT 'why?' AS q, '@p :p $p' AS names -- or ?
            /* ?1 */ FROM Polaris.Polaris.Patrons WHERE PatronID = 100001
            """, "--format", "csv");
        exit.Should().Be(ExitCodes.Success, error);
        output.Should().Be("q,names\nwhy?,@p :p $p\n");
    }

    [Fact]
    public void A_blob_prints_as_hex_an_sql_literal_in_the_table_and_plain_in_csv_and_json()
    {
        const string sql = "SELECT X'0A1B' AS b, '0A1B' AS t";
        var table = Query(sql);
        table.Exit.Should().Be(ExitCodes.Success, table.Error);
        table.Out.Should().Be("b        t\nX'0A1B'  0A1B\n(1 rows)\n");
        Query(sql, "--format", "csv").Out.Should().Be("b,t\n0A1B,0A1B\n");
        using var json = System.Text.Json.JsonDocument.Parse(Query(sql, "--format", "json").Out);
        json.RootElement[0].GetProperty("b").GetString().Should().Be("0A1B");
    }

    [Fact]
    public void An_infinite_real_is_named_in_json_as_in_the_table()
    {
        var (exit, output, error) = Query("SELECT 1e999 AS up, -1e999 AS down", "--format", "json");
        exit.Should().Be(ExitCodes.Success, error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        json.RootElement[0].GetProperty("up").GetString().Should().Be("Infinity");
        json.RootElement[0].GetProperty("down").GetString().Should().Be("-Infinity");
        Query("SELECT 1e999 AS up, -1e999 AS down").Out.Should().Be("up        down\nInfinity  -Infinity\n(1 rows)\n");
    }

    [Fact]
    public void Control_characters_are_escaped_in_the_table_and_exact_in_csv_and_json()
    {
        const string sql = "SELECT char(27) || '[31mred' AS r, 'a\\b' || char(9) || 'c' || char(10) || char(13) || char(127) AS s, char(27) AS \"e\u001b\"";
        var table = Query(sql);
        table.Exit.Should().Be(ExitCodes.Success, table.Error);
        table.Out.Should().NotContain("\u001b").And.NotContain("\t").And.NotContain("\r").And.NotContain("\u007f");
        table.Out.Should().Be("r            s                e\\x1b\n\\x1b[31mred  a\\\\b\\tc\\n\\r\\x7f  \\x1b\n(1 rows)\n");

        var csv = Query(sql, "--format", "csv");
        csv.Out.Should().Be("r,s,e\u001b\n\u001b[31mred,\"a\\b\tc\n\r\u007f\",\u001b\n");
        using var json = System.Text.Json.JsonDocument.Parse(Query(sql, "--format", "json").Out);
        json.RootElement[0].GetProperty("r").GetString().Should().Be("\u001b[31mred");
        json.RootElement[0].GetProperty("s").GetString().Should().Be("a\\b\tc\n\r\u007f");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("CSV")]
    [InlineData("Csv")]
    public void The_format_is_read_in_any_case(string format) =>
        Query("SELECT 1 AS n", "--format", format).Out.Should().Be("n\n1\n");

    [Theory]
    [InlineData("xml")]
    [InlineData("text")]
    public void An_unknown_format_is_one_line_exit_2_naming_the_three(string format)
    {
        var (exit, output, error) = Query("SELECT 1 AS n", "--format", format);
        exit.Should().Be(ExitCodes.BadInput);
        error.Should().Be($"error: --format must be one of table, csv, json (got '{format}'). Fix: pass e.g. --format table\n");
        output.Should().BeEmpty();
    }
}
