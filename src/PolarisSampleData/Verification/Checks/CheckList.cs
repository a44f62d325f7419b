namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// Every check verify runs, in report order: the set's structure, the plan's four verification tests,
/// its success criteria, the notices' outcomes, then the Shoutbomb archive against the tables. Each family is a file of this
/// folder; to check something new, add a <see cref="Check"/> to its family and declare in its queries what
/// they read, since verify loads nothing else (<see cref="LoadPlan"/>).
/// </summary>
internal static class CheckList
{
    public static readonly IReadOnlyList<Check> All =
    [
        .. FileChecks.All,
        .. RowChecks.All,
        .. ReferenceChecks.All,
        .. PlanChecks.All,
        .. FlowChecks.All,
        .. DateChecks.All,
        .. NoticeChecks.All,
        .. HoldChecks.All,
        .. MixChecks.All,
        .. OutcomeChecks.All,
        .. ShoutbombChecks.All,
    ];
}
