using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>
/// One step of a hold's status path, as SysHoldHistory records it: Active when placed, Pending when
/// the next morning's pick list asked for a copy, Held when the copy was trapped, and for a hold that
/// left the shelf, Unclaimed or Cancelled when it did. A filled request's history went with it.
/// </summary>
internal sealed record HoldTransition(int SysHoldHistoryId, Hold Hold, int StatusId, DateTime When)
{
    public const int Active = 3;
    public const int Pending = 4;
    /// <summary>A trapped copy waiting on the hold shelf: where every current hold stands today.</summary>
    public const int Held = 6;

    public const int FirstSysHoldHistoryId = 910_001;

    /// <summary>Every hold's transitions in time order, numbered as the history table numbers them.</summary>
    public static IEnumerable<HoldTransition> All(World world) =>
        world.HoldRequests.SelectMany(h => new[]
            {
                (Hold: h, Status: Active, When: h.CreationDate),
                (Hold: h, Status: Pending, When: h.PendingDate),
                (Hold: h, Status: Held, When: h.HoldNotificationDate),
            }.Concat(h.Ending is { } ending ? [(Hold: h, Status: (int)ending.Kind, When: ending.At)] : []))
            .OrderBy(t => t.When).ThenBy(t => t.Hold.SysHoldRequestId)
            .Select((t, index) => new HoldTransition(FirstSysHoldHistoryId + world.Start.HoldSteps + index, t.Hold, t.Status, t.When));
}
