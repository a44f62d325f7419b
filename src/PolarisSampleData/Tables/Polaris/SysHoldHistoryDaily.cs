using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.SysHoldHistoryDaily</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record SysHoldHistoryDailyRow
{
    [SqlType("int"), PrimaryKey] public int? SysHoldHistoryID { get; init; }
    [SqlType("int")] public int? SysHoldRequestID { get; init; }
    [SqlType("int")] public int? SysHoldStatusID { get; init; }
    [SqlType("datetime")] public DateTime? StatusTransitionDate { get; init; }
    [SqlType("int")] public int? CreatorID { get; init; }
    [SqlType("int")] public int? ItemRecordID { get; init; }
    [SqlType("int")] public int? ActionTakenID { get; init; }
    [SqlType("int")] public int? OrganizationID { get; init; }
    [SqlType("int")] public int? WorkstationID { get; init; }

    /// <summary>Today's hold transitions; Polaris moves them into SysHoldHistory overnight.</summary>
    public static IEnumerable<SysHoldHistoryDailyRow> Project(World world) => HoldTransition.All(world)
        .Where(t => DateOnly.FromDateTime(t.When) == world.Today)
        .Select(t => new SysHoldHistoryDailyRow
        {
            SysHoldHistoryID = t.SysHoldHistoryId,
            SysHoldRequestID = t.Hold.SysHoldRequestId,
            SysHoldStatusID = t.StatusId,
            StatusTransitionDate = t.When,
            CreatorID = 1,
            ItemRecordID = t.StatusId == HoldTransition.Held ? t.Hold.Item.ItemRecordId : null,
            OrganizationID = Library.OrganizationId,
        });
}
