using System.Text;
using CsvHelper;
using PolarisSampleData.Generation;
using PolarisSampleData.Scenarios;
using PolarisSampleData.Tables;

namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// Records a problem a rule found in a table's file: the check, the column it is about (null for the whole
/// row), the line, the row's key and what is wrong (see <see cref="RowProblems"/>).
/// </summary>
internal delegate void ProblemLog(string check, string? column, TableLayout table, long line, string? key, string problem);

/// <summary>
/// How a check judged while the set is read judges: a judge for each file of polaris-gen's, handed every
/// row as the loader reads it, and, once every file is read, what only the whole set shows. At a million
/// patrons a SQL scan of every row took longer than the load; here each value is looked at once, and the
/// loader need not keep the rows. One rule may judge for several checks.
/// </summary>
internal abstract class RowRule
{
    /// <summary>The judge of one file as it is read, or null when the rule has nothing to judge there.</summary>
    public abstract FileJudge? For(FileReading file);

    /// <summary>
    /// Whether the rule judges a file whose header could not be read, loaded as an empty table: the
    /// notice-log walk does (its partner's rows then match none); a rule of values has nothing to judge.
    /// </summary>
    public virtual bool JudgesUnreadFiles => false;

    /// <summary>Judges what only the whole set shows, given this rule's judges of every file, in file order.</summary>
    public virtual void Conclude(IReadOnlyList<FileJudge> judges, ProblemLog log)
    {
    }

    /// <summary>
    /// What the rule gathered from its judges for a check's walk to read later (<see cref="LoadedSet.Gathered"/>), or null:
    /// what a table verify keeps no rows of must tell a check, kept in the compact form the check needs.
    /// </summary>
    public virtual object? Gather(IReadOnlyList<FileJudge> judges) => null;
}

/// <summary>A rule's judge of one file: every row as it is read, then the end of the file.</summary>
internal abstract class FileJudge(FileReading file)
{
    public FileReading File { get; } = file;

    public abstract void Judge(CsvReader reader);

    public virtual void Finish()
    {
    }
}

/// <summary>
/// A file of polaris-gen's as the loader reads it: its layout, header and where each declared column is in
/// it, the set's today, and where its problems go. The keys of its rows are kept here once, for every rule
/// that needs them.
/// </summary>
internal sealed class FileReading
{
    private readonly int[] _source;
    private readonly ProblemLog _log;

    public FileReading(TableLayout layout, string path, IReadOnlyList<string> header, DateOnly? today, ScenarioSettings scenario, ProblemLog log)
    {
        (Layout, Path, HeaderFields, Today, Scenario, _log) = (layout, path, header.Count, today, scenario, log);
        _source = [.. layout.Columns.Select(c => DataSetLoader.FieldOf(header, c.Name))];
    }

    public TableLayout Layout { get; }

    public string Path { get; }

    public int HeaderFields { get; }

    /// <summary>The set's today; without one, nothing that depends on it is judged.</summary>
    public DateOnly? Today { get; }

    /// <summary>The scenario the set was made from (its manifest's, else the plan's): what the set is judged against.</summary>
    public ScenarioSettings Scenario { get; }

    /// <summary>The shards of the set: generate makes a large set shard by shard, IDs running on and dates starting over.</summary>
    public Shards Shards { get; init; } = new(GenerationOptions.DefaultShardPatrons, null);

    /// <summary>The distinct keys of the rows read, when a rule gathers them (see <see cref="RowChecks"/>' keys.unique).</summary>
    public ValueSet? Keys { get; set; }

    /// <summary>The index of a declared column in the layout, or -1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Layout.Columns.Count; i++)
            if (Layout.Columns[i].Name.Equals(column, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>The current row's value of a declared column (by its index in the layout); empty when NULL or not in the file.</summary>
    public ReadOnlySpan<byte> Field(CsvReader reader, int column) =>
        _source[column] >= 0 && _source[column] < reader.FieldCount ? reader.GetSpan(_source[column]) : default;

    /// <summary>The row's key as a report shows it: its first column's text, or null when empty.</summary>
    public string? Key(CsvReader reader) => Field(reader, 0) is { IsEmpty: false } field ? Encoding.UTF8.GetString(field) : null;

    public bool Is(string table) => table.Equals(Layout.SqlName, StringComparison.OrdinalIgnoreCase);

    public void Report(string check, string? column, long line, string? key, string problem) => _log(check, column, Layout, line, key, problem);
}
