using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.SysHoldHistoryDaily</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record SysHoldHistoryDailyRow
{
    public int? SysHoldHistoryID { get; init; }
    public int? SysHoldRequestID { get; init; }
    public int? SysHoldStatusID { get; init; }
    public DateTime? StatusTransitionDate { get; init; }
    public int? CreatorID { get; init; }
    public int? ItemRecordID { get; init; }
    public int? ActionTakenID { get; init; }
    public int? OrganizationID { get; init; }
    public int? WorkstationID { get; init; }

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
