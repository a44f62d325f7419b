using PolarisSampleData.Domain;
using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// The plan's success criteria for the notice flow: every notice queued from its source, sent in the
/// hourly batches and traceable to one log that counts it.
/// </summary>
internal static class FlowChecks
{
    /// <summary>One walk over each patron's notices and logs, once the set is read, judges the first two.</summary>
    private static readonly NoticeLogMatch Walk = new();

    public static readonly IReadOnlyList<Check> All =
    [
        new("flow.traceable", Severity.Fail,
            "Every notice (NotificationHistory row) is in exactly one NotificationLogs row of its patron, sent 0 to 2 seconds before it.",
            Walk, [new Scope(History, AlsoNeeds: Logs)]),
        new("flow.log-counts", Severity.Fail,
            "Every NotificationLogs row counts the notices it covers: HoldsCount type 2, OverduesCount 1, Overdues2ndCount 12, Overdues3rdCount 13.",
            Walk, [new Scope(Logs, AlsoNeeds: History)]),
        new("flow.queued", Severity.Fail,
            "Every hold and overdue notice in NotificationHistory was queued first: a NotificationQueue row of the same patron, item and type.",
            [new CheckQuery(
                [
                    Read(History, "PatronId", "ItemRecordId", "NotificationTypeId", "NoticeDate").Where("NotificationTypeId", Numbers(FlowTypes)),
                    Read(Queue, "PatronID", "ItemRecordID", "NotificationTypeID", "CreationDate").Where("NotificationTypeID", Numbers(FlowTypes)),
                ], $$"""
            SELECT {{FileOf(History)}} AS file, n._line AS line, n.PatronId AS key,
                   'notice of ' || n.NoticeDate || ' (type ' || n.NotificationTypeId || ', item ' || quote(n.ItemRecordId)
                   || ') has no NotificationQueue row created before it' AS problem
            FROM {{History}} n
            WHERE n.NotificationTypeId IN ({{Ids(FlowTypes)}})
              AND NOT EXISTS (SELECT 1 FROM {{Queue}} q
                              WHERE q.PatronID = n.PatronId AND q.ItemRecordID = n.ItemRecordId
                                AND q.NotificationTypeID = n.NotificationTypeId AND q.CreationDate <= n.NoticeDate)
            """, Lookups: [new Lookup(Queue, ["PatronID", "ItemRecordID", "NotificationTypeID", "CreationDate"])])]),
        new("flow.sourced", Severity.Fail,
            "Every queued hold notice has its HoldNotices row (or its request went unclaimed or was cancelled, or its copy was checked out to the patron after it) "
            + "and every queued overdue notice or bill its ViewOverdueNoticesData row.",
            [
                new CheckQuery(
                    [
                        Read(Queue, "PatronID", "ItemRecordID", "NotificationTypeID", "CreationDate").Where("NotificationTypeID", Numbers(NotificationType.Hold)),
                        Read(HoldNotices, "PatronID", "ItemRecordID"),
                        Read(HoldRequests, "PatronID", "TrappingItemRecordID", "SysHoldStatusID"),
                        Read(Checkouts, "PatronID", "ItemRecordID", "CheckOutDate"),
                    ], $$"""
                    SELECT {{FileOf(Queue)}} AS file, q._line AS line, q.PatronID AS key,
                           'hold notice queued for item ' || quote(q.ItemRecordID) || ' has no HoldNotices row, its request did not leave the shelf, '
                           || 'and the copy was not checked out to the patron after it' AS problem
                    FROM {{Queue}} q
                    WHERE q.NotificationTypeID = {{Ids(NotificationType.Hold)}}
                      AND NOT EXISTS (SELECT 1 FROM {{HoldNotices}} h WHERE h.PatronID = q.PatronID AND h.ItemRecordID = q.ItemRecordID)
                      -- HoldNotices holds the requests on the shelf; one that went unclaimed or was cancelled has left it.
                      AND NOT EXISTS (SELECT 1 FROM {{HoldRequests}} r WHERE r.PatronID = q.PatronID AND r.TrappingItemRecordID = q.ItemRecordID
                                                                   AND r.SysHoldStatusID IN ({{Ids(HoldEnd.Unclaimed, HoldEnd.Cancelled)}}))
                      -- A picked-up request is deleted once its copy goes out to the patron: the checkout is what is left of it.
                      AND NOT EXISTS (SELECT 1 FROM {{Checkouts}} c WHERE c.PatronID = q.PatronID AND c.ItemRecordID = q.ItemRecordID
                                                                 AND c.CheckOutDate > q.CreationDate)
                    """),
                new CheckQuery(
                    [
                        Read(Queue, "PatronID", "ItemRecordID", "NotificationTypeID").Where("NotificationTypeID", Numbers(OverdueTypes)),
                        Read(Overdues, "PatronID", "ItemRecordID"),
                    ], $$"""
                    SELECT {{FileOf(Queue)}} AS file, q._line AS line, q.PatronID AS key,
                           'overdue notice or bill queued for item ' || quote(q.ItemRecordID) || ' has no ViewOverdueNoticesData row' AS problem
                    FROM {{Queue}} q
                    WHERE q.NotificationTypeID IN ({{Ids(OverdueTypes)}})
                      AND NOT EXISTS (SELECT 1 FROM {{Overdues}} o WHERE o.PatronID = q.PatronID AND o.ItemRecordID = q.ItemRecordID)
                    """),
            ]),
    ];
}
