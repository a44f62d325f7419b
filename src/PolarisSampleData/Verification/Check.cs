namespace PolarisSampleData.Verification;

/// <summary>What a check's problems mean for the data set: it fails, or it only warns.</summary>
public enum Severity
{
    Fail,
    Warn,
}

/// <summary>
/// One query of a check. It returns one row per problem with the columns <c>file</c>, <c>line</c>
/// (NULL for a problem of a whole file or of the set), <c>key</c> and <c>problem</c>, and it runs only
/// when the set holds every table in <see cref="Tables"/> (the <c>main</c> tables always exist).
/// </summary>
/// <param name="ReadsRows">
/// Whether the query reads the tables' rows; false when it reads only what the loader recorded about
/// them (<c>RowProblems</c>), so verify need not keep their columns.
/// </param>
/// <param name="Walk">
/// For a check judged in code: given the set and <see cref="Sql"/>, which then selects what the tables
/// say rather than problems, it returns the problems it finds beside them (in the Shoutbomb archive's files).
/// </param>
public sealed record CheckQuery(IReadOnlyList<string> Tables, string Sql, bool ReadsRows = true,
    Func<LoadedSet, string, IEnumerable<Problem>>? Walk = null);

/// <summary>
/// The rows of a table that the checks' SQL can read, where it reads only some: those whose
/// <paramref name="Column"/> holds one of <paramref name="Values"/> as SQLite stores it in an INTEGER column,
/// or with <paramref name="Except"/> every row but those.
/// </summary>
internal sealed record RowsRead(string Table, string Column, IReadOnlySet<long> Values, bool Except = false)
{
    public bool Keeps(long? value) => value is { } number ? Values.Contains(number) != Except : Except;
}

/// <summary>A named check: SQL over the loaded set (see <see cref="LoadedSet"/>) that lists what is wrong.</summary>
public sealed record Check(string Name, Severity Severity, string Description, IReadOnlyList<CheckQuery> Queries)
{
    public Check(string name, Severity severity, string description, IReadOnlyList<string> tables, string sql)
        : this(name, severity, description, [new CheckQuery(tables, sql)])
    {
    }
}

public enum CheckStatus
{
    Pass,
    Warn,
    Fail,

    /// <summary>The set holds none of the tables the check reads.</summary>
    Skip,
}

/// <summary>Where a problem is and what it is: the file, its line (null for the whole file or set), the row's key.</summary>
public sealed record Problem(string File, long? Line, string? Key, string Text);

/// <summary>A check's outcome: how many problems, the first of them, and the SQL that was run.</summary>
public sealed record CheckResult(Check Check, CheckStatus Status, long Count, Problem? First, IReadOnlyList<string> Sql);

/// <summary>Everything one verify run found.</summary>
public sealed record VerifyReport(string Folder, DateOnly Today, string TodaySource, int Files, long Rows, IReadOnlyList<CheckResult> Results)
{
    public bool Passed => Results.All(r => r.Status != CheckStatus.Fail);

    public int Count(CheckStatus status) => Results.Count(r => r.Status == status);
}
