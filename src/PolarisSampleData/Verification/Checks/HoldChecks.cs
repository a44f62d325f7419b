using PolarisSampleData.Domain;
using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>How holds leave the shelf: the endings Polaris gives a request, and the notices they send.</summary>
internal static class HoldChecks
{
    public static readonly IReadOnlyList<Check> All =
    [
        new("holds.lifecycle", Severity.Fail,
            "A hold leaves the shelf as Polaris ends it: unclaimed (8) at 23:59:59 of its HoldTillDate, a day already over; cancelled (16) while on the shelf, " +
            "with a cancel notice (type 3) on its item in the next hourly batch (within two hours); and every cancel notice is of a cancelled request.",
            [new CheckQuery(
                [
                    Read(HoldRequests, "SysHoldRequestID", "PatronID", "TrappingItemRecordID", "SysHoldStatusID", "HoldNotificationDate", "HoldTillDate", "LastStatusTransitionDate"),
                    Read(History, "PatronId", "ItemRecordId", "NotificationTypeId", "NoticeDate").Where("NotificationTypeId", Numbers(NotificationType.HoldCancel)),
                ], $$"""
            SELECT {{FileOf(HoldRequests)}} AS file, _line AS line, SysHoldRequestID AS key, problem
            FROM (SELECT r._line, r.SysHoldRequestID,
                         CASE WHEN r.SysHoldStatusID = {{Ids(HoldEnd.Unclaimed)}} AND r.LastStatusTransitionDate IS NOT r.HoldTillDate
                              THEN 'unclaimed at ' || quote(r.LastStatusTransitionDate) || ', not at the end of its last held day, ' || quote(r.HoldTillDate)
                              WHEN r.SysHoldStatusID = {{Ids(HoldEnd.Unclaimed)}} AND date(r.HoldTillDate) >= (SELECT Today FROM main.DataSet)
                              THEN 'unclaimed, though its last held day ' || date(r.HoldTillDate) || ' is not over'
                              WHEN r.SysHoldStatusID = {{Ids(HoldEnd.Cancelled)}}
                                   AND NOT (r.LastStatusTransitionDate > r.HoldNotificationDate AND r.LastStatusTransitionDate < r.HoldTillDate)
                              THEN 'cancelled at ' || quote(r.LastStatusTransitionDate) || ', not while on the shelf (' || quote(r.HoldNotificationDate)
                                   || ' to ' || quote(r.HoldTillDate) || ')'
                              WHEN r.SysHoldStatusID = {{Ids(HoldEnd.Cancelled)}} AND NOT EXISTS (
                                   SELECT 1 FROM {{History}} n
                                   WHERE n.PatronId = r.PatronID AND n.NoticeDate >= r.LastStatusTransitionDate
                                     AND n.NoticeDate < strftime('%Y-%m-%d %H:%M:%f', r.LastStatusTransitionDate, '+2 hours')
                                     AND n.NotificationTypeId = {{Ids(NotificationType.HoldCancel)}} AND n.ItemRecordId = r.TrappingItemRecordID)
                              THEN 'cancelled at ' || r.LastStatusTransitionDate || ' with no cancel notice (type 3) on item '
                                   || quote(r.TrappingItemRecordID) || ' within two hours'
                         END AS problem
                  FROM {{HoldRequests}} r
                  WHERE r.SysHoldStatusID IN ({{Ids(HoldEnd.Unclaimed, HoldEnd.Cancelled)}}))
            WHERE problem IS NOT NULL
            UNION ALL
            SELECT {{FileOf(History)}}, n._line, n.PatronId,
                   'cancel notice (type 3) of ' || n.NoticeDate || ' on item ' || quote(n.ItemRecordId) || ', whose request was not cancelled'
            FROM {{History}} n
            LEFT JOIN (SELECT PatronID, TrappingItemRecordID FROM {{HoldRequests}} WHERE SysHoldStatusID = {{Ids(HoldEnd.Cancelled)}}) r
              ON r.PatronID = n.PatronId AND r.TrappingItemRecordID = n.ItemRecordId
            WHERE n.NotificationTypeId = {{Ids(NotificationType.HoldCancel)}} AND r.PatronID IS NULL
            """,
            Lookups: [new Lookup(History, ["PatronId", "NoticeDate", "NotificationTypeId", "ItemRecordId"])])]),
    ];
}
