using PolarisSampleData.Verification.Checks;

namespace PolarisSampleData.Verification;

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
    /// <summary>Where the scenario the set was judged by came from (the --scenario file, or manifest.json); null for the plan's world.</summary>
    public string? ScenarioSource { get; init; }

    public bool Passed => Results.All(r => r.Status != CheckStatus.Fail);

    public int Count(CheckStatus status) => Results.Count(r => r.Status == status);
}
