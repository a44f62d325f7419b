using Microsoft.Data.Sqlite;
using PolarisSampleData.Output;

namespace PolarisSampleData.Verification;

/// <summary>
/// What a user's query returns: its columns, and its rows as SQLite steps to them (values as SQLite gives
/// them: long, double, string, byte[] or null). The rows are one pass, readable only inside the callback
/// <see cref="UserQuery.Run"/> hands them to; a failure while reading them is a <see cref="DataSetException"/>.
/// </summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IEnumerable<object?[]> Rows);

/// <summary>
/// <c>polaris-gen query</c>: a read-only query over a data set through the loader verify uses, in the
/// plan's own SQL (three-part names, DATEDIFF).
/// </summary>
public static partial class UserQuery
{
    /// <summary>The loader's bookkeeping columns (source line, field count), left out of what the user sees.</summary>
    private static readonly HashSet<string> Bookkeeping = ["_line", "_fields"];

    /// <summary>
    /// Runs <paramref name="sql"/> over the set in <paramref name="folder"/> and hands the result to
    /// <paramref name="write"/> while the set is open, so rows go out as they are read and a result of any
    /// size takes the memory of one row (and of whatever <paramref name="write"/> keeps).
    /// </summary>
    public static void Run(string folder, string sql, Action<QueryResult> write)
    {
        if (FirstWord().Match(sql) is not { Success: true } first || first.Groups["word"].Value.ToUpperInvariant() is not ("SELECT" or "WITH"))
            throw new DataSetException("query only reads: give one SELECT (or WITH ... SELECT) statement. Fix: write the query as a SELECT.");
        using var set = DataSetLoader.Load(DataSetFolder.Open(folder), today: null, judge: false);
        set.ReadOnlyForUserQueries();
        // Once the writer has the rows, what it throws is its own (the rows translate SQLite's failures themselves).
        var writing = false;
        try
        {
            var translated = SqlServerDialect.Translate(sql);
            if (set.StatementsIn(translated) > 1)
                throw new DataSetException("query runs one statement at a time, and this SQL holds several. Fix: pass each SELECT separately.");
            if (set.ParametersIn(translated) is [var parameter, ..])
                throw new DataSetException($"query does not take parameters ('{parameter}' in the SQL). Fix: write the value into the SQL, e.g. WHERE PatronID = 100001");
            set.QueryStream(translated, (columns, rows) =>
            {
                var shown = Enumerable.Range(0, columns.Count).Where(i => !Bookkeeping.Contains(columns[i])).ToArray();
                writing = true;
                write(new QueryResult(shown.Select(i => columns[i]).ToList(), Shown(rows, shown, columns.Count)));
                return true;
            });
        }
        catch (Exception e) when (!writing && Failure(e) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>The rows without the bookkeeping columns, a failure to read the next one told as the user's error.</summary>
    private static IEnumerable<object?[]> Shown(IEnumerable<object?[]> rows, int[] shown, int columns)
    {
        using var each = rows.GetEnumerator();
        while (true)
        {
            try
            {
                if (!each.MoveNext()) yield break;
            }
            catch (Exception e) when (Failure(e) is { } failure)
            {
                throw failure;
            }
            var row = each.Current;
            yield return shown.Length == columns ? row : Array.ConvertAll(shown, i => row[i]);
        }
    }

    /// <summary>What the user did wrong when SQLite refuses their query; null for anything else, which is a bug.</summary>
    private static DataSetException? Failure(Exception e) => e switch
    {
        SqliteException { SqliteErrorCode: 8 } => // SQLITE_READONLY
            new DataSetException("query only reads: this statement would change the data set. Fix: use a SELECT.", e),
        SqliteException => new DataSetException($"the query failed: {OneLine(e.Message)} Fix: check the SQL; tables are named like Results.Polaris.HoldNotices.", e),
        ArgumentException => new DataSetException($"the query failed: {OneLine(e.Message)} Fix: check the SQL.", e),
        _ => null,
    };

    /// <summary>The first word of the SQL after blanks and comments.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\s+|--[^\n]*\n?|/\*.*?\*/)*(?<word>[A-Za-z]+)", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex FirstWord();

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
