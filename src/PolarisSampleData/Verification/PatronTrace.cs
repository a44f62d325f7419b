using PolarisSampleData.Domain;
using PolarisSampleData.Output;
using PolarisSampleData.Shoutbomb;
using PolarisSampleData.Tables.Polaris;

namespace PolarisSampleData.Verification;

/// <summary>
/// One link of a patron's notification chain: SQL over the loaded set with the parameter
/// <c>$patron</c>, whose first column is the date the rows are ordered by, oldest first.
/// </summary>
public sealed record TraceStage(string Name, IReadOnlyList<string> Tables, string Sql);

/// <summary>A stage's rows for one patron; not <see cref="Available"/> when the set lacks the stage's tables.</summary>
public sealed record StageRows(string Name, bool Available, IReadOnlyList<SqlField[]> Rows);

/// <summary>One patron's chain as the data set records it, stage by stage.</summary>
public sealed record PatronTrace(string Folder, long PatronId, string? Barcode, IReadOnlyList<StageRows> Stages);

/// <summary>
/// <c>polaris-gen trace</c>: what a librarian needs when a patron says "I never got my notice":
/// registration and delivery preference, holds, checkouts and overdues, the queue, the notices sent, the
/// combined log rows with the address they went to and how each delivery went, the Shoutbomb uploads and
/// PhoneNotices lines that carried a phone patron's notices, and the Shoutbomb report lines about the
/// calls that failed.
/// </summary>
public static class Tracer
{
    private const string Patrons = "Polaris.Patrons";

    /// <summary>The chain in order. Reference names come from <c>Expected</c>, which every loaded set has.</summary>
    public static readonly IReadOnlyList<TraceStage> Stages =
    [
        new("registration", ["Polaris.PatronRegistration"], """
            SELECT r.RegistrationDate AS registered, r.NameFirst || ' ' || r.NameLast AS name,
                   r.DeliveryOptionID AS deliveryOption, d.DeliveryOption AS delivery,
                   CASE r.DeliveryOptionID WHEN 2 THEN r.EmailAddress WHEN 3 THEN r.PhoneVoice1 WHEN 8 THEN r.PhoneVoice1 END AS deliveryString,
                   r.EmailAddress AS email, r.PhoneVoice1 AS phone
            FROM Polaris.PatronRegistration r
            LEFT JOIN Expected.DeliveryOptions d ON d.DeliveryOptionID = r.DeliveryOptionID
            WHERE r.PatronID = $patron
            ORDER BY 1
            """),
        new("hold requests", ["Polaris.SysHoldRequests"], """
            SELECT s.CreationDate AS requested, s.SysHoldRequestID AS request, s.TrappingItemRecordID AS item, st.Name AS status,
                   s.HoldNotificationDate AS trapped, s.HoldTillDate AS holdTill
            FROM Polaris.SysHoldRequests s
            LEFT JOIN Expected.SysHoldStatuses st ON st.SysHoldStatusID = s.SysHoldStatusID
            WHERE s.PatronID = $patron
            ORDER BY 1, 2
            """),
        new("hold notices", ["Results.HoldNotices"], """
            SELECT HoldTillDate AS holdTill, ItemRecordID AS item, ItemBarcode AS barcode, BrowseTitle AS title, DeliveryOptionID AS deliveryOption
            FROM Results.HoldNotices
            WHERE PatronID = $patron
            ORDER BY 1, 2
            """),
        new("checkouts", ["Polaris.ItemCheckouts"], """
            SELECT CheckOutDate AS checkedOut, ItemRecordID AS item, DueDate AS due, Renewals AS renewals, OVDNoticeCount AS overdueLevel
            FROM Polaris.ItemCheckouts
            WHERE PatronID = $patron
            ORDER BY 1, 2
            """),
        new("overdues", ["Polaris.ViewOverdueNoticesData"], """
            SELECT DueDate AS due, ItemRecordID AS item, ItemBarcode AS barcode, BrowseTitle AS title, OvdNoticeCount AS overdueLevel
            FROM Polaris.ViewOverdueNoticesData
            WHERE PatronID = $patron
            ORDER BY 1, 2
            """),
        new("queue", ["Results.NotificationQueue"], """
            SELECT q.CreationDate AS queued, q.NotificationQueueID AS queueId, q.NotificationTypeID AS type, t.Description AS notice,
                   q.ItemRecordID AS item, q.DeliveryOptionID AS deliveryOption
            FROM Results.NotificationQueue q
            LEFT JOIN Expected.NotificationTypes t ON t.NotificationTypeID = q.NotificationTypeID
            WHERE q.PatronID = $patron
            ORDER BY 1, 2
            """),
        // What became of the hold a pick-up notice was about: picked up (the copy checked out to the patron after it;
        // Polaris deletes the filled request), ended on the shelf, or still there.
        new("history", ["Results.NotificationHistory", "Polaris.ItemCheckouts", "Polaris.SysHoldRequests"], $$"""
            SELECT n.NoticeDate AS sent, n.NotificationTypeId AS type, t.Description AS notice, n.ItemRecordId AS item, n.Title AS title,
                   n.DeliveryOptionId AS deliveryOption, n.NotificationStatusId AS status, s.Description AS outcome,
                   CASE WHEN n.NotificationTypeId IN ({{(int)NotificationType.Hold}}, {{(int)NotificationType.SecondHold}})
                        THEN coalesce((SELECT 'picked up: checked out ' || c.CheckOutDate FROM Polaris.ItemCheckouts c
                                       WHERE c.PatronID = n.PatronId AND c.ItemRecordID = n.ItemRecordId AND c.CheckOutDate > n.NoticeDate),
                                      (SELECT lower(st.Name) || ' ' || r.LastStatusTransitionDate FROM Polaris.SysHoldRequests r
                                       JOIN Expected.SysHoldStatuses st ON st.SysHoldStatusID = r.SysHoldStatusID
                                       WHERE r.PatronID = n.PatronId AND r.TrappingItemRecordID = n.ItemRecordId AND r.SysHoldStatusID <> {{HoldTransition.Held}}),
                                      'on the hold shelf') END AS hold
            FROM Results.NotificationHistory n
            LEFT JOIN Expected.NotificationTypes t ON t.NotificationTypeID = n.NotificationTypeId
            LEFT JOIN Expected.NotificationStatuses s ON s.NotificationStatusID = n.NotificationStatusId
            WHERE n.PatronId = $patron
            ORDER BY 1, 4
            """),
        // What Shoutbomb made of a voice or text message: it reaches only the patrons on that day's list, and
        // says which calls failed in its report.
        new("logs", ["PolarisTransactions.NotificationLogs", Patrons], $$"""
            SELECT l.NotificationDateTime AS sent, l.NotificationLogID AS log, t.Description AS notice,
                   l.HoldsCount AS holds, l.OverduesCount AS overdues, l.Overdues2ndCount AS overdues2nd, l.Overdues3rdCount AS overdues3rd,
                   d.DeliveryOption AS delivery, coalesce(l.DeliveryString, '(none)') AS deliveryString, s.Description AS outcome,
                   CASE WHEN l.list IS NULL THEN NULL
                        WHEN NOT EXISTS (SELECT 1 FROM Shoutbomb.Submissions u
                                         WHERE u.Kind = l.list AND u.Day = date(l.NotificationDateTime) AND u.F2 = CAST(p.Barcode AS TEXT))
                        THEN 'not on that day''s ' || l.list || ' list: Shoutbomb could not reach the patron'
                        -- Polaris logs every text as sent: only Shoutbomb's next morning's report says it was not delivered.
                        WHEN l.DeliveryOptionID = {{(int)DeliveryOption.Text}}
                        THEN coalesce((SELECT 'not delivered, reported ' || r.Section || ': ' || r.File || ' line ' || r.Line FROM Shoutbomb.TextReportLines r
                                       WHERE r.Barcode = CAST(p.Barcode AS TEXT) AND date(r.ReceivedAt, '-1 day') = date(l.NotificationDateTime)
                                       ORDER BY r.Line LIMIT 1),
                                      -- Opted out or invalid stays so: a text after the last report the set holds did not arrive either.
                                      (SELECT 'not delivered: the number was reported ' || r.Section || ' before (' || r.File || ' line ' || r.Line
                                              || ') and the report for ' || date(l.NotificationDateTime) || ' is not in the set' FROM Shoutbomb.TextReportLines r
                                       WHERE r.Barcode = CAST(p.Barcode AS TEXT) AND date(r.ReceivedAt, '-1 day') < date(l.NotificationDateTime)
                                         AND NOT EXISTS (SELECT 1 FROM Shoutbomb.Reports a WHERE a.Kind = '{{ShoutbombReportLoader.Texts}}'
                                                         AND date(a.ReceivedAt, '-1 day') = date(l.NotificationDateTime))
                                       ORDER BY r.ReceivedAt DESC, r.Line LIMIT 1),
                                      'on that day''s ' || l.list || ' list')
                        WHEN l.NotificationStatusID NOT BETWEEN {{(int)NotificationStatusExtensions.FirstFailedCall}} AND {{(int)NotificationStatusExtensions.LastFailedCall}}
                        THEN 'on that day''s ' || l.list || ' list'
                        -- A failed call: the report line about it, a hold's or an overdue's.
                        ELSE coalesce((SELECT 'reported not delivered: ' || r.File || ' line ' || r.Line FROM Shoutbomb.VoiceReportLines r
                                       WHERE r.Barcode = CAST(p.Barcode AS TEXT) AND r.ReceivedAt > l.NotificationDateTime
                                         AND r.ReceivedAt < datetime(l.NotificationDateTime, '+1 day', '+3 minutes')
                                         AND ((r.Message = '{{ShoutbombReport.MessageFor(NotificationType.Hold)}}' AND l.HoldsCount > 0)
                                           OR (r.Message = '{{ShoutbombReport.MessageFor(NotificationType.FirstOverdue)}}' AND l.OverduesCount + l.Overdues2ndCount + l.Overdues3rdCount > 0))
                                       ORDER BY r.ReceivedAt, r.Line LIMIT 1),
                                      'failed; in no voice failure report (Shoutbomb reports the holds and overdues it carried)') END AS shoutbomb
            -- The Shoutbomb list a voice or text patron must be on that day for Shoutbomb to reach them.
            FROM (SELECT *, CASE DeliveryOptionID WHEN {{(int)DeliveryOption.Voice}} THEN '{{ShoutbombArchive.KindName(ShoutbombKind.VoicePatrons)}}'
                                                 WHEN {{(int)DeliveryOption.Text}} THEN '{{ShoutbombArchive.KindName(ShoutbombKind.TextPatrons)}}' END AS list
                  FROM PolarisTransactions.NotificationLogs WHERE PatronID = $patron) l
            JOIN Polaris.Patrons p ON p.PatronID = l.PatronID
            LEFT JOIN Expected.NotificationTypes t ON t.NotificationTypeID = l.NotificationTypeID
            LEFT JOIN Expected.DeliveryOptions d ON d.DeliveryOptionID = l.DeliveryOptionID
            LEFT JOIN Expected.NotificationStatuses s ON s.NotificationStatusID = l.NotificationStatusID
            ORDER BY 1, 2
            """),
        // The Shoutbomb archive names patrons by barcode: lists (field 2), holds (7), overdue and renew (13).
        new("shoutbomb uploads", [Patrons], """
            SELECT s.Day AS day, s.File AS file, s.Line AS line, s.Kind AS kind,
                   CASE s.Kind WHEN 'holds' THEN s.F1 WHEN 'overdue' THEN s.F3 WHEN 'renew' THEN s.F3 ELSE s.F1 END AS what
            FROM Shoutbomb.Submissions s, Polaris.Patrons p
            WHERE p.PatronID = $patron AND CAST(p.Barcode AS TEXT) = CASE s.Kind WHEN 'holds' THEN s.F7 WHEN 'overdue' THEN s.F13
                                                                             WHEN 'renew' THEN s.F13 ELSE s.F2 END
            ORDER BY 1, 2, 3
            """),
        new("phone notices", [Patrons], """
            SELECT n.Day AS day, n.File AS file, n.Line AS line, n.F1 AS media, n.F18 AS type, n.F21 AS item, n.F14 AS date, n.F15 AS title
            FROM Shoutbomb.PhoneNotices n, Polaris.Patrons p
            WHERE p.PatronID = $patron AND CAST(p.Barcode AS TEXT) = n.F5
            ORDER BY 1, 2, 3
            """),
        // What came back: Shoutbomb's report lines about the patron's failed calls and undelivered texts, by barcode.
        new("shoutbomb reports", [Patrons], """
            SELECT r.ReceivedAt AS received, r.File AS file, r.Line AS line, r.Phone AS phone, r.Message AS message
            FROM (SELECT ReceivedAt, File, Line, Phone, Barcode, Message FROM Shoutbomb.VoiceReportLines
                  UNION ALL
                  SELECT ReceivedAt, File, Line, Phone, Barcode, 'text number ' || Section FROM Shoutbomb.TextReportLines) r, Polaris.Patrons p
            WHERE p.PatronID = $patron AND CAST(p.Barcode AS TEXT) = r.Barcode
            ORDER BY 1, 2, 3
            """),
        // The call error report names no patron: its lines about the patron's phone number.
        new("shoutbomb call errors", ["Polaris.PatronRegistration"], """
            SELECT e.Day || ' ' || e.Time AS attempted, e.File AS file, e.Line AS line, e.Phone AS phone
            FROM Shoutbomb.CallErrorLines e, Polaris.PatronRegistration r
            WHERE r.PatronID = $patron AND e.Phone = replace(r.PhoneVoice1, '-', '')
            ORDER BY 1, 2, 3
            """),
    ];

    /// <summary>The chain of the patron with <paramref name="patronId"/> or <paramref name="barcode"/>; null when the set has no such patron.</summary>
    public static PatronTrace? Trace(string folder, long? patronId, string? barcode)
    {
        var dataSet = DataSetFolder.Open(folder);
        using var set = DataSetLoader.Load(dataSet, today: null, judge: false);
        if (!set.Holds(Patrons))
            throw new DataSetException($"'{dataSet.Path}' has no readable Polaris.Polaris.Patrons.csv, so no patron can be found. Fix: run polaris-gen verify on it.");
        var patron = set.Query($"SELECT PatronID, Barcode FROM {Patrons} WHERE PatronID = $patron OR Barcode = $barcode ORDER BY _line LIMIT 1",
            ("$patron", (object?)patronId ?? DBNull.Value), ("$barcode", (object?)barcode ?? DBNull.Value)).FirstOrDefault();
        if (patron is not [{ Value: long id }, var patronBarcode]) return null;
        var stages = Stages.Select(stage => stage.Tables.All(set.Holds)
            ? new StageRows(stage.Name, true, set.Query(stage.Sql, ("$patron", id)).ToList())
            : new StageRows(stage.Name, false, [])).ToList();
        return new PatronTrace(dataSet.Path, id, patronBarcode.Value as string, stages);
    }
}
