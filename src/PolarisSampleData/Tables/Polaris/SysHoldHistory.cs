using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.SysHoldHistory</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record SysHoldHistoryRow
{
    [SqlType("int")] public int? SysHoldRequestID { get; init; }
    [SqlType("int")] public int? SysHoldStatusID { get; init; }
    [SqlType("datetime")] public DateTime? StatusTransitionDate { get; init; }
    [SqlType("int")] public int? CreatorID { get; init; }
    [SqlType("int")] public int? ItemRecordID { get; init; }
    [SqlType("int"), LeftNull] public int? ActionTakenID { get; init; }
    [SqlType("int")] public int? OrganizationID { get; init; }
    [SqlType("int"), LeftNull] public int? WorkstationID { get; init; }
    [SqlType("int")] public int? SysHoldHistoryID { get; init; }

    /// <summary>
    /// Each hold's status path: created Active, Pending once a copy was asked for, Held when trapped
    /// (the moment of HoldNotificationDate). Today's steps are still in SysHoldHistoryDaily.
    /// </summary>
    public static IEnumerable<SysHoldHistoryRow> Project(World world) =>
        AllTransitions(world).Where(row => DateOnly.FromDateTime(row.StatusTransitionDate!.Value) < world.Today);

    /// <summary>Every transition as a history row; the daily table takes today's.</summary>
    public static IEnumerable<SysHoldHistoryRow> AllTransitions(World world) => HoldTransition.All(world).Select(t => new SysHoldHistoryRow
    {
        SysHoldRequestID = t.Hold.SysHoldRequestId,
        SysHoldStatusID = t.StatusId,
        StatusTransitionDate = t.When,
        CreatorID = 1,
        ItemRecordID = t.StatusId == HoldTransition.Held ? t.Hold.Item.ItemRecordId : null,
        OrganizationID = t.Hold.Patron.Branch.OrganizationId,
        SysHoldHistoryID = t.SysHoldHistoryId,
    });
}
