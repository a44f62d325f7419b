using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.SysHoldHistoryDaily</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record SysHoldHistoryDailyRow
{
    [SqlType("int"), PrimaryKey] public int? SysHoldHistoryID { get; init; }
    [SqlType("int")] public int? SysHoldRequestID { get; init; }
    [SqlType("int")] public int? SysHoldStatusID { get; init; }
    [SqlType("datetime")] public DateTime? StatusTransitionDate { get; init; }
    [SqlType("int")] public int? CreatorID { get; init; }
    [SqlType("int")] public int? ItemRecordID { get; init; }
    [SqlType("int"), LeftNull] public int? ActionTakenID { get; init; }
    [SqlType("int")] public int? OrganizationID { get; init; }
    [SqlType("int"), LeftNull] public int? WorkstationID { get; init; }

    /// <summary>Today's hold transitions; Polaris moves them into SysHoldHistory overnight.</summary>
    public static IEnumerable<SysHoldHistoryDailyRow> Project(World world) => SysHoldHistoryRow.AllTransitions(world)
        .Where(row => DateOnly.FromDateTime(row.StatusTransitionDate!.Value) == world.Today)
        .Select(SameNamedColumns<SysHoldHistoryRow, SysHoldHistoryDailyRow>.From);
}
