using Microsoft.Data.Sqlite;
using PolarisSampleData.Output;

namespace PolarisSampleData.Verification;

/// <summary>What a user's query returned: its columns and rows (values as SQLite gives them).</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>
/// <c>polaris-gen query</c>: a read-only query over a data set through the loader verify uses, in the
/// plan's own SQL (three-part names, DATEDIFF).
/// </summary>
public static partial class UserQuery
{
    /// <summary>The loader's bookkeeping columns (source line, field count), left out of what the user sees.</summary>
    private static readonly HashSet<string> Bookkeeping = ["_line", "_fields"];

    public static QueryResult Run(string folder, string sql)
    {
        if (FirstWord().Match(sql) is not { Success: true } first || first.Groups["word"].Value.ToUpperInvariant() is not ("SELECT" or "WITH"))
            throw new DataSetException("query only reads: give one SELECT (or WITH ... SELECT) statement. Fix: write the query as a SELECT.");
        using var set = DataSetLoader.Load(DataSetFolder.Open(folder), today: null);
        set.ReadOnlyForUserQueries();
        try
        {
            var translated = SqlServerDialect.Translate(sql);
            if (set.StatementsIn(translated) > 1)
                throw new DataSetException("query runs one statement at a time, and this SQL holds several. Fix: pass each SELECT separately.");
            var (columns, rows) = set.QueryTable(translated);
            var shown = columns.Select((name, i) => (name, i)).Where(c => !Bookkeeping.Contains(c.name)).ToList();
            return new QueryResult(shown.Select(c => c.name).ToList(), rows.Select(r => shown.Select(c => r[c.i]).ToArray()).ToList());
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 8) // SQLITE_READONLY
        {
            throw new DataSetException("query only reads: this statement would change the data set. Fix: use a SELECT.", e);
        }
        catch (SqliteException e)
        {
            throw new DataSetException($"the query failed: {OneLine(e.Message)} Fix: check the SQL; tables are named like Results.Polaris.HoldNotices.", e);
        }
        catch (ArgumentException e)
        {
            throw new DataSetException($"the query failed: {OneLine(e.Message)} Fix: check the SQL.", e);
        }
    }

    /// <summary>The first word of the SQL after blanks and comments.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\s+|--[^\n]*\n?|/\*.*?\*/)*(?<word>[A-Za-z]+)", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex FirstWord();

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
