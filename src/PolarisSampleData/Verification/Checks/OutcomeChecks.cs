using PolarisSampleData.Domain;
using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>What happened to the notices after they were sent: outcomes that belong to an address stay with it.</summary>
internal static class OutcomeChecks
{
    /// <summary>The outcomes that say the address or number itself is bad.</summary>
    private static readonly NotificationStatus[] BadAddress =
        [NotificationStatus.CallBadNumber, NotificationStatus.EmailFailedInvalidAddress, NotificationStatus.EmailFailed];

    private static readonly NotificationStatus[] Delivered =
        [NotificationStatus.CallCompletedVoice, NotificationStatus.CallCompletedAnsweringMachine, NotificationStatus.EmailCompleted];

    public static readonly IReadOnlyList<Check> All =
    [
        new("outcome.persistent", Severity.Fail,
            "A bad address fails every time: no patron's email address both fails (13, 14) and completes (12), and no patron's number " +
            "is both a probable bad number (9) and answered (1, 2). A busy or unanswered call (3-8) may be answered the next time.",
            [Read(Logs, "PatronID", "DeliveryOptionID", "DeliveryString", "NotificationStatusID", "NotificationDateTime")], $$"""
            WITH bad AS (
                SELECT PatronID, DeliveryOptionID, DeliveryString, min(NotificationStatusID) AS status, min(NotificationDateTime) AS firstFailed
                FROM {{Logs}}
                WHERE NotificationStatusID IN ({{Ids(BadAddress)}})
                GROUP BY PatronID, DeliveryOptionID, DeliveryString)
            SELECT {{FileOf(Logs)}} AS file, l._line AS line, l.PatronID AS key,
                   'delivered (status ' || l.NotificationStatusID || ') to ' || quote(l.DeliveryString) || ' at ' || l.NotificationDateTime
                   || ', an address that failed as bad (status ' || b.status || ', first at ' || b.firstFailed || ')' AS problem
            FROM {{Logs}} l
            JOIN bad b ON b.PatronID = l.PatronID AND b.DeliveryOptionID = l.DeliveryOptionID AND b.DeliveryString = l.DeliveryString
            WHERE l.NotificationStatusID IN ({{Ids(Delivered)}})
            """),
    ];
}
