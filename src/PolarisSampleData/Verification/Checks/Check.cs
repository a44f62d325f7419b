namespace PolarisSampleData.Verification.Checks;

/// <summary>What a check's problems mean for the data set: it fails, or it only warns.</summary>
public enum Severity
{
    Fail,
    Warn,
}

/// <summary>
/// A named check: what it reads of the set and how it judges it, as one or more <see cref="CheckQuery"/>.
/// verify loads the union of what its checks' queries declare (<see cref="LoadPlan"/>) and nothing else.
/// </summary>
public sealed class Check
{
    internal Check(string name, Severity severity, string description, IReadOnlyList<CheckQuery> queries) =>
        (Name, Severity, Description, Queries) = (name, severity, description, queries);

    /// <summary>A check of one query, <paramref name="sql"/> over what <paramref name="reads"/> declares.</summary>
    internal Check(string name, Severity severity, string description, IReadOnlyList<TableRead> reads, string sql)
        : this(name, severity, description, [new CheckQuery(reads, sql)])
    {
    }

    /// <summary>
    /// A check judged as the set is read, by <paramref name="rule"/>: its problems are reported scope by scope
    /// (a table's file, or a column of it), in order, each only when the set holds its tables.
    /// </summary>
    internal Check(string name, Severity severity, string description, RowRule rule, IEnumerable<Scope> scopes)
        : this(name, severity, description, []) => (Rule, Scopes) = (rule, [.. scopes]);

    public string Name { get; }

    public Severity Severity { get; }

    public string Description { get; }

    internal IReadOnlyList<CheckQuery> Queries { get; }

    /// <summary>The rule that judges the check as the set is read, if it is judged so.</summary>
    internal RowRule? Rule { get; }

    /// <summary>Where the rule's problems are reported, in report order.</summary>
    internal IReadOnlyList<Scope> Scopes { get; } = [];

    public override string ToString() => Name;
}

/// <summary>
/// One query of a check. Its SQL returns one row per problem with the columns <c>file</c>, <c>line</c>
/// (NULL for a problem of a whole file or of the set), <c>key</c> and <c>problem</c>; it runs only when the
/// set holds every table it reads (the <c>main</c> and <c>Shoutbomb</c> tables always exist).
/// </summary>
/// <param name="Reads">
/// The tables of the set the SQL reads, each with the columns and rows it reads there: verify keeps
/// only those, so a column or row left out here is not there for the SQL to read. A table read with no
/// columns is one the query only needs to exist (its problems were recorded as the file was read).
/// </param>
/// <param name="Lookups">Where the SQL probes a table by patron in bulk, with the columns it reads there: indexed so, no row is fetched.</param>
/// <param name="Archive">What the SQL reads of the Shoutbomb archive's lines (the files' facts are always there).</param>
/// <param name="Walk">
/// For a check judged in code: given the set and <see cref="Sql"/>, which then selects what the tables
/// say rather than problems, it returns the problems it finds beside them (in the Shoutbomb archive's files).
/// </param>
/// <param name="Gathers">A rule whose gatherings the walk reads (<see cref="LoadedSet.Gathered"/>): verify runs it as the files are read.</param>
internal sealed record CheckQuery(IReadOnlyList<TableRead> Reads, string Sql, IReadOnlyList<Lookup>? Lookups = null,
    ArchiveSelection? Archive = null, Func<LoadedSet, string, IEnumerable<Problem>>? Walk = null, RowRule? Gathers = null)
{
    /// <summary>The tables the set must hold for the query to run.</summary>
    public IEnumerable<string> Tables => Reads.Select(r => r.Table);
}

/// <summary>
/// What a query reads of one table: <paramref name="Columns"/>, of every row or, with <paramref name="Rows"/>,
/// of only the rows that filter keeps.
/// </summary>
internal sealed record TableRead(string Table, IReadOnlyList<string> Columns, RowFilter? Rows = null)
{
    /// <summary>Reads only the rows whose <paramref name="column"/> holds one of <paramref name="values"/>.</summary>
    public TableRead Where(string column, params IEnumerable<long> values) => this with { Rows = new RowFilter(column, values.ToHashSet()) };

    /// <summary>Reads every row but those whose <paramref name="column"/> holds one of <paramref name="values"/>.</summary>
    public TableRead Except(string column, params IEnumerable<long> values) => this with { Rows = new RowFilter(column, values.ToHashSet(), Except: true) };
}

/// <summary>
/// The rows of a table a query reads, where it reads only some: those whose <paramref name="Column"/> holds
/// one of <paramref name="Values"/> as SQLite stores it in an INTEGER column, or with <paramref name="Except"/>
/// every row but those.
/// </summary>
internal sealed record RowFilter(string Column, IReadOnlySet<long> Values, bool Except = false)
{
    public bool Keeps(long? value) => value is { } number ? Values.Contains(number) != Except : Except;

    /// <summary>
    /// The rows either filter keeps, as one filter; null when that is every row or the filters are on
    /// different columns (then every row is kept).
    /// </summary>
    public static RowFilter? Union(RowFilter a, RowFilter b)
    {
        if (!string.Equals(a.Column, b.Column, StringComparison.OrdinalIgnoreCase)) return null;
        var union = (a.Except, b.Except) switch
        {
            (false, false) => a with { Values = a.Values.Union(b.Values).ToHashSet() },
            (true, true) => a with { Values = a.Values.Intersect(b.Values).ToHashSet() },
            (true, false) => a with { Values = a.Values.Except(b.Values).ToHashSet() },
            (false, true) => b with { Values = b.Values.Except(a.Values).ToHashSet() },
        };
        return union is { Except: true, Values.Count: 0 } ? null : union;
    }
}

/// <summary>
/// Where a row-judged check's problems are reported: a table's file, or with <paramref name="Column"/> one
/// column of it; <paramref name="AlsoNeeds"/> names another table the rule read, which the set must hold too.
/// </summary>
internal sealed record Scope(string Table, string? Column = null, string? AlsoNeeds = null);

/// <summary>A table a query probes by patron in bulk, and the columns it reads there (the first is the patron's).</summary>
internal sealed record Lookup(string Table, IReadOnlyList<string> Columns);
