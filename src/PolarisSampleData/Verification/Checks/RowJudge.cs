using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using PolarisSampleData.Scheduling;
using PolarisSampleData.Tables;
using static PolarisSampleData.Scheduling.TimeScheduler;

namespace PolarisSampleData.Verification.Checks;

/// <summary>A problem a row rule found: its check, the column it is about (null for the whole row), where, and what.</summary>
public delegate void ReportProblem(string check, string? column, long line, string? key, string problem);

/// <summary>
/// The checks that hold row by row, judged on each row's bytes as the loader streams a file of
/// polaris-gen's (rows.field-count, values.types, values.formats, dates.window, dates.hourly-batches,
/// keys.unique), and the values each foreign key needs resolved once every file is read
/// (plan.no-orphans). At a million patrons a SQL scan of every row for each of these took longer than
/// the load; here each value is looked at once, and the loader keeps only the columns SQL checks read.
/// Problems go to the file's database's <c>RowProblems</c> table, which those checks report.
/// </summary>
internal sealed class RowJudge
{
    // Rules' own patterns, which cannot backtrack badly: a timeout cost more than the match on every value.
    private static readonly Dictionary<string, Regex> Patterns = Rules.Formats.Select(r => r.Pattern).Distinct()
        .ToDictionary(p => p, p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled), StringComparer.Ordinal);

    private readonly TableLayout _layout;
    private readonly int _headerFields;
    private readonly int[] _source;
    private readonly ReportProblem _report;
    private readonly (int Column, Regex Pattern, string Meaning)[] _formats;
    private readonly int[] _activityDates;
    private readonly int[] _batchTimes;
    private readonly int[] _keyColumns;
    private readonly (int Column, ValueSet Values)[] _collected;
    private readonly string? _windowFirst;
    private readonly string? _windowLast;
    private readonly byte[] _windowFirstBytes = [];
    private readonly byte[] _windowAfterBytes = [];
    private char[] _chars = new char[256];
    private Dictionary<string, (long Rows, long LastLine, string? Key)>? _repeatedKeys;

    /// <param name="source">Where each declared column's values are in the file (-1: not there).</param>
    /// <param name="today">The set's today; without one, dates.window is not judged.</param>
    public RowJudge(TableLayout layout, int headerFields, int[] source, DateOnly? today, ReportProblem report)
    {
        _layout = layout;
        _headerFields = headerFields;
        _source = source;
        _report = report;
        _formats = [.. Rules.Formats.Where(r => r.Table.Equals(layout.SqlName, StringComparison.OrdinalIgnoreCase))
            .Select(r => (IndexOf(r.Column), Patterns[r.Pattern], r.Meaning)).Where(r => r.Item1 >= 0)];
        _activityDates = [.. Rules.ActivityDates.Where(d => Is(d.Table)).Select(d => IndexOf(d.Column)).Where(i => i >= 0)];
        _batchTimes = [.. Rules.BatchTimes.Where(d => Is(d.Table)).Select(d => IndexOf(d.Column)).Where(i => i >= 0)];
        _keyColumns = [.. layout.Columns.Select((c, i) => (c, i)).Where(c => c.c.IsKey).Select(c => c.i)];
        if (today is { } day)
        {
            _windowFirst = day.AddDays(-ActivityWindow.DaysBack).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            _windowLast = day.AddDays(ActivityWindow.DaysAhead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            // A datetime's first ten bytes are its day, which sorts as the day does.
            _windowFirstBytes = Encoding.ASCII.GetBytes(_windowFirst);
            _windowAfterBytes = Encoding.ASCII.GetBytes(day.AddDays(ActivityWindow.DaysAhead + 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        // A referenced column that is the table's whole key shares the key's set: the largest tables' IDs are kept once.
        Keys = new ValueSet();
        var columns = Relationships.ForeignKeys.Where(k => Is(k.Table)).Select(k => k.Column)
            .Concat(Relationships.ForeignKeys.Where(k => Is(k.ReferencedTable)).Select(k => k.ReferencedColumn))
            .Distinct(StringComparer.OrdinalIgnoreCase).Where(c => IndexOf(c) >= 0);
        Values = columns.ToDictionary(c => c, c => _keyColumns is [var key] && layout.Columns[key].Name.Equals(c, StringComparison.OrdinalIgnoreCase) ? Keys : new ValueSet(),
            StringComparer.OrdinalIgnoreCase);
        _collected = [.. Values.Where(v => v.Value != Keys).Select(v => (IndexOf(v.Key), v.Value))];
    }

    public TableLayout Layout => _layout;

    /// <summary>The distinct keys of the rows read (a key of several columns as their text joined).</summary>
    public ValueSet Keys { get; }

    /// <summary>The distinct values of each column a foreign key joins on, from this table's side.</summary>
    public IReadOnlyDictionary<string, ValueSet> Values { get; }

    /// <summary>Judges the reader's current row.</summary>
    public void Judge(CsvReader reader)
    {
        var line = reader.LineNumber;
        if (reader.FieldCount != _headerFields)
            _report("rows.field-count", null, line, Key(reader), $"{reader.FieldCount} fields, the header has {_headerFields}");
        for (var i = 0; i < _source.Length; i++)
        {
            var field = Field(reader, i);
            if (!field.IsEmpty && !ValueTypes.Fits(_layout.Columns[i].Type, field))
            {
                _report("values.types", _layout.Columns[i].Name, line, Key(reader),
                    $"{_layout.Columns[i].Name} {CheckSql.Text(reader.GetString(_source[i]))} is not {ValueTypes.Meaning(_layout.Columns[i].Type)}");
                break;
            }
        }
        foreach (var (column, pattern, meaning) in _formats)
        {
            var field = Field(reader, column);
            if (field.IsEmpty || pattern.IsMatch(Decode(field))) continue;
            var shown = _layout.Columns[column].Type is ColumnType.Text ? CheckSql.Text(Encoding.UTF8.GetString(field)) : ValueSet.Quote(field);
            _report("values.formats", _layout.Columns[column].Name, line, Key(reader), $"{_layout.Columns[column].Name} {shown} is not {meaning}");
        }
        if (_windowFirst is not null)
        {
            foreach (var column in _activityDates)
            {
                var field = Field(reader, column);
                if (!ValueTypes.ReadsAsDate(field, out _, out _)) continue;
                if (field[..10].SequenceCompareTo(_windowFirstBytes) >= 0 && field[..10].SequenceCompareTo(_windowAfterBytes) < 0) continue;
                _report("dates.window", _layout.Columns[column].Name, line, Key(reader),
                    $"{_layout.Columns[column].Name} {Encoding.UTF8.GetString(field)} is outside {_windowFirst} .. {_windowLast}");
            }
        }
        foreach (var column in _batchTimes)
        {
            var field = Field(reader, column);
            if (!ValueTypes.ReadsAsDate(field, out var hour, out var minute) || (hour >= FirstBatchHour && hour <= LastBatchHour && minute != 0)) continue;
            _report("dates.hourly-batches", _layout.Columns[column].Name, line, Key(reader),
                $"{_layout.Columns[column].Name} {Encoding.UTF8.GetString(field)} is outside the hourly batches {FirstBatchHour:00}:01 .. {LastBatchHour:00}:59");
        }
        if (_keyColumns.Length > 0 && !AddKey(reader))
        {
            _repeatedKeys ??= new Dictionary<string, (long Rows, long LastLine, string? Key)>(StringComparer.Ordinal);
            var shared = string.Join('\u001f', _keyColumns.Select(c => ValueSet.Canonical(Field(reader, c))));
            _repeatedKeys[shared] = (_repeatedKeys.TryGetValue(shared, out var before) ? before.Rows + 1 : 2, line, Key(reader));
        }
        foreach (var (column, values) in _collected)
        {
            var field = Field(reader, column);
            if (!field.IsEmpty) values.Add(field);
        }
    }

    /// <summary>Reports what only the whole file shows: each key more than one row shares, at the last of them.</summary>
    public void Finish()
    {
        if (_repeatedKeys is null) return;
        foreach (var (rows, line, key) in _repeatedKeys.Values.OrderBy(r => r.LastLine))
            _report("keys.unique", null, line, key, $"{rows} rows share the key {string.Join(", ", _keyColumns.Select(c => _layout.Columns[c].Name))}");
    }

    private bool AddKey(CsvReader reader)
    {
        if (_keyColumns is [var only]) return Keys.Add(Field(reader, only));
        return Keys.Add(string.Join('\u001f', _keyColumns.Select(c => ValueSet.Canonical(Field(reader, c)))));
    }

    /// <summary>The row's key as a report shows it: its first column's text, or null when empty.</summary>
    private string? Key(CsvReader reader) => Field(reader, 0) is { IsEmpty: false } field ? Encoding.UTF8.GetString(field) : null;

    private ReadOnlySpan<byte> Field(CsvReader reader, int column) =>
        _source[column] >= 0 && _source[column] < reader.FieldCount ? reader.GetSpan(_source[column]) : default;

    private ReadOnlySpan<char> Decode(ReadOnlySpan<byte> field)
    {
        if (_chars.Length < field.Length) _chars = new char[field.Length];
        return _chars.AsSpan(0, Encoding.UTF8.GetChars(field, _chars));
    }

    private bool Is(string table) => table.Equals(_layout.SqlName, StringComparison.OrdinalIgnoreCase);

    private int IndexOf(string column)
    {
        for (var i = 0; i < _layout.Columns.Count; i++)
            if (_layout.Columns[i].Name.Equals(column, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
