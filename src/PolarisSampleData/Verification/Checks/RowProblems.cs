using PolarisSampleData.Tables;

namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// What the row rules found as the files were read, by check and scope (a table's file and the column a problem is
/// about): how many problems, and the first, the one on the lowest line (of two on a line, the one found first). A
/// report shows no more, so a broken file's millions of problems cost nothing to keep. Rules judge files on several
/// tasks at once; each file is one task's, so what a scope records comes in the file's order.
/// </summary>
internal sealed class RowProblems
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Check, string File, string? Column), Tally> _tallies = [];
    private long _found;

    private readonly record struct Tally(long Count, Problem First, long FoundAs);

    /// <summary>Records one problem of a rule (the signature of <see cref="ProblemLog"/>).</summary>
    public void Record(string check, string? column, TableLayout table, long line, string? key, string problem)
    {
        lock (_lock)
        {
            var scope = (check, table.FileName, column);
            var found = _found++;
            _tallies[scope] = !_tallies.TryGetValue(scope, out var tally) ? new Tally(1, new Problem(table.FileName, line, key, problem), found)
                : line < tally.First.Line ? new Tally(tally.Count + 1, new Problem(table.FileName, line, key, problem), found)
                : tally with { Count = tally.Count + 1 };
        }
    }

    /// <summary>The problems a check's rule found in one scope: of every column of the file when the scope names none.</summary>
    public (long Count, Problem? First) In(string check, Scope scope)
    {
        var file = Layouts.Get(scope.Table).FileName;
        lock (_lock)
        {
            var tallies = _tallies.Where(t => t.Key.Check == check && t.Key.File == file && (scope.Column is null || t.Key.Column == scope.Column))
                .Select(t => t.Value).ToList();
            return (tallies.Sum(t => t.Count), tallies.Count == 0 ? null : tallies.OrderBy(t => t.First.Line).ThenBy(t => t.FoundAs).First().First);
        }
    }
}
