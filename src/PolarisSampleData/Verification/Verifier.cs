using System.Globalization;
using Microsoft.Data.Sqlite;
using PolarisSampleData.Domain;
using PolarisSampleData.Output;
using PolarisSampleData.Scenarios;
using PolarisSampleData.Verification.Checks;

namespace PolarisSampleData.Verification;

/// <summary><c>polaris-gen verify</c>: loads a data set and runs every check over it.</summary>
public static class Verifier
{
    /// <param name="progress">Told each file loaded and each check run (the CLI shows it on a terminal).</param>
    /// <param name="scenarioFile">A scenario file to judge the set by instead of the one its manifest records.</param>
    public static VerifyReport Verify(string folder, DateOnly? today, IProgress<ProgressStep>? progress = null, string? scenarioFile = null) =>
        Verify(folder, today, progress, LoadPlan.Verify, scenarioFile);

    /// <param name="plan">What the loader keeps (see <see cref="DataSetLoader.Load"/>): null keeps everything, as the tests compare.</param>
    internal static VerifyReport Verify(string folder, DateOnly? today, IProgress<ProgressStep>? progress, LoadPlan? plan, string? scenarioFile = null)
    {
        var given = scenarioFile is null ? null : ScenarioFile.Read(scenarioFile);
        var dataSet = DataSetFolder.Open(folder) with { GivenScenario = given };
        var scenarioSource = scenarioFile ?? (dataSet.Manifest?.Options?.Scenario is null ? null : Manifest.FileName);
        if (given is null && dataSet.Manifest?.Options?.Scenario is { } recorded && ScenarioFile.ProblemWith(recorded) is { } problem)
            throw new DataSetException($"the scenario that '{Path.Combine(dataSet.Path, Manifest.FileName)}' records is not one polaris-gen writes: {problem}. Fix: pass the scenario file with --scenario, or generate the set again.");
        var (day, source) = dataSet.ResolveToday(today);
        using var set = DataSetLoader.Load(dataSet, day, progress, plan);
        // A set generated as SQLite files alone has nothing verify can read; an empty folder is reported check by check.
        if (set.Files == 0 && dataSet.Manifest?.Files is { Count: > 0 } listed && !listed.Any(f => f.Name.EndsWith(".csv", StringComparison.Ordinal) && !f.Name.Contains('/')))
            throw new DataSetException($"'{dataSet.Path}' holds no table CSV files, and verify reads the CSV export. Fix: generate with --format csv (or csv,sqlite) and verify that folder.");
        return new VerifyReport(dataSet.Path, day, source, set.Files, set.Rows, RunAll(set, progress)) { ScenarioSource = scenarioSource };
    }

    /// <summary>
    /// Runs every check, on two connections to the loaded set so both cores work; each takes the next
    /// check not yet taken, and the results stay in the checks' order. Checks that walk files are taken
    /// first: the longest at scale, they would otherwise end the run alone.
    /// </summary>
    private static List<CheckResult> RunAll(LoadedSet set, IProgress<ProgressStep>? progress)
    {
        var results = new CheckResult[CheckList.All.Count];
        var order = Enumerable.Range(0, results.Length).OrderBy(i => CheckList.All[i].Queries.Any(q => q.Walk is not null) ? 0 : 1).ToArray();
        var next = -1;
        using var view = set.View();
        // A check that cannot run is a bug: reported as itself, the first lane's first.
        TaskGroup.WaitAll(Task.Run(() => Lane(set)), Task.Run(() => Lane(view)));
        return [.. results];

        void Lane(LoadedSet on)
        {
            for (var taken = Interlocked.Increment(ref next); taken < results.Length; taken = Interlocked.Increment(ref next))
            {
                var i = order[taken];
                progress?.Report(new ProgressStep($"check {CheckList.All[i].Name}"));
                results[i] = Run(on, CheckList.All[i]);
            }
        }
    }

    /// <summary>
    /// Runs the check's queries whose tables the set holds, counting every problem row and keeping the
    /// first: the lowest line of the first query that reports any.
    /// </summary>
    internal static CheckResult Run(LoadedSet set, Check check)
    {
        if (check.Rule is not null) return Recorded(set, check);
        var run = check.Queries.Where(q => q.Tables.All(set.Holds)).ToList();
        // A walk over what was gathered as the files were read has no SQL to show.
        var queries = run.Select(q => q.Sql).Where(sql => sql.Length > 0).ToList();
        if (run.Count == 0) return new CheckResult(check, CheckStatus.Skip, 0, null, queries);
        long count = 0;
        Problem? first = null;
        try
        {
            foreach (var query in run)
            {
                Problem? earliest = null;
                foreach (var problem in query.Walk?.Invoke(set, query.Sql) ?? set.Query(query.Sql).Select(ToProblem))
                {
                    count++;
                    if (earliest is null || (problem.Line ?? 0) < (earliest.Line ?? 0)) earliest = problem;
                }
                first ??= earliest;
            }
        }
        catch (SqliteException e)
        {
            // Garbage values cannot break SQL over text, so this is a bug in a check: report it rather than stop verify.
            return new CheckResult(check, CheckStatus.Fail, count + 1, new Problem("-", null, null, $"the check's SQL failed: {e.Message}"), queries);
        }
        return new CheckResult(check, StatusOf(check, count), count, first, queries);
    }

    /// <summary>A check judged as the set was read: what its rule found in the scopes whose tables the set holds, the first scope's first.</summary>
    private static CheckResult Recorded(LoadedSet set, Check check)
    {
        var found = check.Scopes.Where(s => set.Holds(s.Table) && (s.AlsoNeeds is null || set.Holds(s.AlsoNeeds)))
            .Select(s => set.Problems.In(check.Name, s)).ToList();
        if (found.Count == 0) return new CheckResult(check, CheckStatus.Skip, 0, null, []);
        var count = found.Sum(f => f.Count);
        return new CheckResult(check, StatusOf(check, count), count, found.Select(f => f.First).FirstOrDefault(f => f is not null), []);
    }

    private static CheckStatus StatusOf(Check check, long count) =>
        count == 0 ? CheckStatus.Pass : check.Severity == Severity.Warn ? CheckStatus.Warn : CheckStatus.Fail;

    /// <summary>A problem row as a check's SQL selects it: file, line, key and problem first.</summary>
    internal static Problem ToProblem(SqlField[] row) => new(
        Text(row[0].Value) ?? "-",
        row[1].Value is long line ? line : null,
        Text(row[2].Value),
        Text(row[3].Value) ?? "-");

    private static string? Text(object? value) => value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
}
