using System.Globalization;
using System.Text.RegularExpressions;
using PolarisSampleData.Domain;
using PolarisSampleData.Scheduling;
using PolarisSampleData.Tables;
using static PolarisSampleData.Scheduling.TimeScheduler;

namespace PolarisSampleData.Verification;

/// <summary>
/// Every check verify runs, in report order: the set's structure, the plan's four verification tests,
/// its success criteria, then the Shoutbomb archive against the tables. Each is SQL over the loaded set (table names as <see cref="LoadedSet"/>
/// describes them) returning one row per problem; a check that reads many tables has one query per
/// table or per rule of <see cref="Rules"/>. To check something new, add an entry here.
/// </summary>
internal static class Checks
{
    private const string Patrons = "Polaris.Patrons";
    private const string Registration = "Polaris.PatronRegistration";
    private const string HoldRequests = "Polaris.SysHoldRequests";
    private const string HoldNotices = "Results.HoldNotices";
    private const string Queue = "Results.NotificationQueue";
    private const string Overdues = "Polaris.ViewOverdueNoticesData";
    private const string History = "Results.NotificationHistory";
    private const string Logs = "PolarisTransactions.NotificationLogs";

    // The notice types and delivery options as the SQL names them, from the domain's own IDs.
    private static string HoldType => Ids(NotificationType.Hold);
    private static string OverdueTypes => Ids(NotificationType.FirstOverdue, NotificationType.SecondOverdue, NotificationType.ThirdOverdue);

    /// <summary>The types the plan follows from queue to history to log: holds and the three overdue levels.</summary>
    private static readonly NotificationType[] FlowTypes =
        [NotificationType.FirstOverdue, NotificationType.Hold, NotificationType.SecondOverdue, NotificationType.ThirdOverdue];

    /// <summary>The delivery options that leave through Shoutbomb.</summary>
    internal static string PhoneOptions => Ids(DeliveryOption.Voice, DeliveryOption.Text);

    /// <summary>IDs as an SQL list: <c>1, 12, 13</c>.</summary>
    internal static string Ids<T>(params IEnumerable<T> values) where T : struct, Enum =>
        string.Join(", ", values.Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)));

    public static readonly IReadOnlyList<Check> All =
    [
        // Structure: the files, their bytes, headers and values.
        new("files.present", Severity.Fail, "Every file the manifest lists is in the folder.", [], """
            SELECT File AS file, NULL AS line, NULL AS key, 'missing, though ' || ListedBy || ' lists it' AS problem
            FROM main.Files
            WHERE ListedBy IS NOT NULL AND NOT Present
            """),
        new("files.readable", Severity.Fail, "manifest.json and every file read as far as their end; a FIFO, device or other file that is not a regular file is not read.", [], """
            SELECT 'manifest.json' AS file, NULL AS line, NULL AS key, 'not a readable polaris-gen manifest' AS problem
            FROM main.DataSet WHERE Manifest = 'unreadable'
            UNION ALL
            SELECT File, ErrorLine, NULL, CASE WHEN Unread THEN Error ELSE 'could not be read past here: ' || Error END
            FROM main.Files WHERE Error IS NOT NULL
            UNION ALL
            SELECT File, NULL, NULL, Error
            FROM Shoutbomb.ShoutbombFiles
            WHERE Error IS NOT NULL AND File NOT IN (SELECT File FROM main.Files WHERE Error IS NOT NULL)
            """),
        new("files.unexpected", Severity.Warn, "Every CSV file is one polaris-gen writes or manifest.json lists.", [], """
            SELECT File AS file, NULL AS line, NULL AS key,
                   CASE WHEN Loaded THEN 'not a polaris-gen table; loaded as ' || TableName || ' from its own header'
                        ELSE 'not loaded: polaris-gen files are named {Database}.Polaris.{Table}.csv' END AS problem
            FROM main.Files
            WHERE Present AND NOT Known AND ListedBy IS NULL
            """),
        new("files.unchanged", Severity.Warn, "Every file has the SHA-256 manifest.json recorded (an edited file is reported, not failed).", [], """
            SELECT 'manifest.json' AS file, NULL AS line, NULL AS key, 'missing, so edited files cannot be told from generated ones' AS problem
            FROM main.DataSet WHERE Manifest = 'missing'
            UNION ALL
            SELECT 'manifest.json', NULL, NULL, 'edited: it is not as generate writes its values'
            FROM main.DataSet WHERE Manifest = 'read' AND NOT ManifestAsWritten
            UNION ALL
            SELECT File, NULL, NULL,
                   CASE WHEN ManifestSha256 IS NULL THEN 'not in manifest.json: added after generate'
                        ELSE 'edited: its SHA-256 differs from manifest.json' END
            FROM main.Files, main.DataSet
            WHERE Manifest = 'read' AND Present AND Sha256 IS NOT ManifestSha256
            """),
        new("files.encoding", Severity.Warn, "Table files are UTF-8 without a byte order mark, with LF line ends.", [], """
            SELECT File AS file, NULL AS line, NULL AS key,
                   rtrim(CASE WHEN Bom THEN 'starts with a byte order mark; ' ELSE '' END
                      || CASE WHEN CarriageReturns > 0 THEN 'has ' || CarriageReturns || ' carriage returns (CRLF line ends?); ' ELSE '' END
                      || CASE WHEN NOT ValidUtf8 THEN 'is not valid UTF-8; ' ELSE '' END, '; ') AS problem
            FROM main.Files
            WHERE TableName IS NOT NULL AND Present AND (Bom OR CarriageReturns > 0 OR NOT ValidUtf8)
            """),
        new("files.header", Severity.Fail, "Every header names the table's columns in the Polaris order.", [], """
            SELECT c.File AS file, 1 AS line, NULL AS key,
                   'column ' || c.Ordinal || ' is ' || coalesce(quote(h.Name), 'missing') || ', expected ' || quote(c.Name) AS problem
            FROM main.Columns c
            JOIN main.Files f ON f.File = c.File AND f.Present AND NOT f.Unread
            LEFT JOIN main.Headers h ON h.File = c.File AND h.Ordinal = c.Ordinal
            WHERE h.Name IS NOT c.Name
            UNION ALL
            SELECT h.File, 1, NULL, 'column ' || h.Ordinal || ' ' || quote(h.Name) || ' is not in the layout'
            FROM main.Headers h
            JOIN main.Files f ON f.File = h.File AND f.Known
            WHERE h.Ordinal > (SELECT max(c.Ordinal) FROM main.Columns c WHERE c.File = h.File)
            """),
        // The loader judges these row by row as it reads each file (RowJudge): SQL scans of every row took longer than the load.
        new("rows.field-count", Severity.Fail, "Every line has as many fields as its header.",
            Layouts.All.Select(t => Judged("rows.field-count", t.SqlName)).ToList()),
        new("keys.unique", Severity.Fail, "Every primary key names one row: IDs and barcodes stay unique however large the set.",
            Layouts.All.Where(t => t.Columns.Any(c => c.IsKey)).Select(t => Judged("keys.unique", t.SqlName)).ToList()),
        new("values.types", Severity.Fail, "Every value parses as its column's type: whole numbers, bits 0/1, money 0.00, datetimes yyyy-MM-dd HH:mm:ss.fff.",
            Layouts.All.Select(t => Judged("values.types", t.SqlName)).ToList()),
        new("values.formats", Severity.Fail, "Barcodes, phones and emails have polaris-gen's privacy-safe forms.",
            Rules.Formats.Where(r => Layouts.Find(r.Table) is not null).Select(r => Judged("values.formats", r.Table, r.Column)).ToList()),
        new("reference.rows", Severity.Fail, "Reference tables hold the real Polaris rows, unchanged (compared with Expected.*).",
            Layouts.All.Where(t => t.IsReference).Select(t => new CheckQuery([t.SqlName], $$"""
                SELECT {{Text(t.FileName)}} AS file, r._line AS line, r.{{t.Key}} AS key, 'not one of the real {{t.Name}} rows' AS problem
                FROM {{t.SqlName}} r
                WHERE NOT EXISTS (SELECT 1 FROM Expected.{{t.Name}} e WHERE {{SameRow(t)}})
                UNION ALL
                SELECT {{Text(t.FileName)}}, NULL, e.{{t.Key}}, 'a real {{t.Name}} row is missing'
                FROM Expected.{{t.Name}} e
                WHERE NOT EXISTS (SELECT 1 FROM {{t.SqlName}} r WHERE {{SameRow(t)}})
                UNION ALL
                SELECT {{Text(t.FileName)}}, NULL, NULL, 'holds ' || (SELECT count(*) FROM {{t.SqlName}}) || ' rows, the real table '
                       || (SELECT count(*) FROM Expected.{{t.Name}})
                WHERE (SELECT count(*) FROM {{t.SqlName}}) <> (SELECT count(*) FROM Expected.{{t.Name}})
                """)).ToList()),

        // The plan's verification tests.
        new("plan.multi-hold-patron", Severity.Fail,
            "Plan test 1: a patron with 3 or more holds ready the same day has every hold in NotificationHistory and one combined NotificationLogs row.",
            [HoldNotices, History, Logs], $$"""
            WITH multi AS (
                SELECT PatronID, count(*) AS holds FROM {{HoldNotices}}
                GROUP BY PatronID
                HAVING count(*) >= 3 AND count(DISTINCT date(HoldTillDate)) = 1)
            SELECT {{FileOf(HoldNotices)}} AS file, NULL AS line, NULL AS key,
                   'no patron has 3 or more holds ready the same day, so there is nothing to trace' AS problem
            WHERE NOT EXISTS (SELECT 1 FROM multi)
            UNION ALL
            SELECT {{FileOf(HoldNotices)}}, h._line, h.PatronID, 'the hold on item ' || h.ItemRecordID || ' has no hold notice (type 2) in NotificationHistory'
            FROM {{HoldNotices}} h JOIN multi m ON m.PatronID = h.PatronID
            WHERE NOT EXISTS (SELECT 1 FROM {{History}} n
                              WHERE n.PatronId = h.PatronID AND n.ItemRecordId = h.ItemRecordID AND n.NotificationTypeId = {{HoldType}})
            UNION ALL
            SELECT {{FileOf(Logs)}}, NULL, m.PatronID,
                   'patron ' || m.PatronID || ' has ' || m.holds || ' holds ready the same day but ' || combined
                   || ' NotificationLogs rows with HoldsCount ' || m.holds || ', not one'
            FROM (SELECT m.*, (SELECT count(*) FROM {{Logs}} l WHERE l.PatronID = m.PatronID AND l.HoldsCount = m.holds) AS combined
                  FROM multi m) m
            WHERE combined <> 1
            """),
        new("plan.delivery-strings", Severity.Fail,
            "Plan test 2: every log went by the patron's registered delivery option to the registered email (2) or phone (3, 8); mail (1) has none.",
            [Logs, Registration], $$"""
            WITH sent AS (
                SELECT l._line, l.PatronID, l.DeliveryOptionID AS sentBy, r.DeliveryOptionID AS registered, l.DeliveryString,
                       CASE l.DeliveryOptionID WHEN 2 THEN r.EmailAddress WHEN 3 THEN r.PhoneVoice1 WHEN 8 THEN r.PhoneVoice1 END AS registeredString
                FROM {{Logs}} l JOIN {{Registration}} r ON r.PatronID = l.PatronID)
            SELECT {{FileOf(Logs)}} AS file, _line AS line, PatronID AS key,
                   CASE WHEN sentBy IS NOT registered
                        THEN 'sent by delivery option ' || quote(sentBy) || ', but the patron registered ' || quote(registered)
                        ELSE 'DeliveryString ' || quote(DeliveryString) || ' is not what the patron registered, ' || quote(registeredString) END AS problem
            FROM sent
            WHERE sentBy IS NOT registered OR DeliveryString IS NOT registeredString
            """),
        new("plan.hold-notice-timing", Severity.Fail,
            "Plan test 3: every hold's notice (NotificationHistory type 2) left 1 to 59 minutes after its HoldNotificationDate.",
            [HoldRequests, History], $$"""
            SELECT {{FileOf(HoldRequests)}} AS file, _line AS line, SysHoldRequestID AS key,
                   'notice of ' || NoticeDate || ' left ' || round(milliseconds / 60000.0, 1) || ' minutes after HoldNotificationDate '
                   || HoldNotificationDate || ', not 1 to 59' AS problem
            FROM (SELECT s._line, s.SysHoldRequestID, s.HoldNotificationDate, n.NoticeDate,
                         round((julianday(n.NoticeDate) - julianday(s.HoldNotificationDate)) * 86400000) AS milliseconds
                  FROM {{HoldRequests}} s
                  JOIN {{History}} n ON n.PatronId = s.PatronID AND n.ItemRecordId = s.TrappingItemRecordID AND n.NotificationTypeId = {{HoldType}})
            WHERE milliseconds < 60000 OR milliseconds >= 3600000
            """),
        new("plan.no-orphans", Severity.Fail, "Plan test 4: every foreign key of every table resolves (patrons, items, records, reference IDs).",
            Relationships.ForeignKeys.Where(k => Layouts.Find(k.Table) is not null && Layouts.Find(k.ReferencedTable) is not null)
                .Select(k => Judged("plan.no-orphans", k.Table, k.Column) with { Tables = [k.Table, k.ReferencedTable] }).ToList()),

        // The plan's success criteria.
        // Judged once the set is loaded, in one walk over each patron's notices and logs (NoticeLogMatch).
        new("flow.traceable", Severity.Fail,
            "Every notice (NotificationHistory row) is in exactly one NotificationLogs row of its patron, sent 0 to 2 seconds before it.",
            [Judged("flow.traceable", History) with { Tables = [History, Logs] }]),
        new("flow.log-counts", Severity.Fail,
            "Every NotificationLogs row counts the notices it covers: HoldsCount type 2, OverduesCount 1, Overdues2ndCount 12, Overdues3rdCount 13.",
            [Judged("flow.log-counts", Logs) with { Tables = [History, Logs] }]),
        new("flow.queued", Severity.Fail,
            "Every hold and overdue notice in NotificationHistory was queued first: a NotificationQueue row of the same patron, item and type.",
            [History, Queue], $$"""
            SELECT {{FileOf(History)}} AS file, n._line AS line, n.PatronId AS key,
                   'notice of ' || n.NoticeDate || ' (type ' || n.NotificationTypeId || ', item ' || quote(n.ItemRecordId)
                   || ') has no NotificationQueue row created before it' AS problem
            FROM {{History}} n
            WHERE n.NotificationTypeId IN ({{Ids(FlowTypes)}})
              AND NOT EXISTS (SELECT 1 FROM {{Queue}} q
                              WHERE q.PatronID = n.PatronId AND q.ItemRecordID = n.ItemRecordId
                                AND q.NotificationTypeID = n.NotificationTypeId AND q.CreationDate <= n.NoticeDate)
            """),
        new("flow.sourced", Severity.Fail,
            "Every queued hold notice has its HoldNotices row and every queued overdue notice its ViewOverdueNoticesData row.",
            [
                new CheckQuery([Queue, HoldNotices], $$"""
                    SELECT {{FileOf(Queue)}} AS file, q._line AS line, q.PatronID AS key,
                           'hold notice queued for item ' || quote(q.ItemRecordID) || ' has no HoldNotices row' AS problem
                    FROM {{Queue}} q
                    WHERE q.NotificationTypeID = {{HoldType}}
                      AND NOT EXISTS (SELECT 1 FROM {{HoldNotices}} h WHERE h.PatronID = q.PatronID AND h.ItemRecordID = q.ItemRecordID)
                    """),
                new CheckQuery([Queue, Overdues], $$"""
                    SELECT {{FileOf(Queue)}} AS file, q._line AS line, q.PatronID AS key,
                           'overdue notice queued for item ' || quote(q.ItemRecordID) || ' has no ViewOverdueNoticesData row' AS problem
                    FROM {{Queue}} q
                    WHERE q.NotificationTypeID IN ({{OverdueTypes}})
                      AND NOT EXISTS (SELECT 1 FROM {{Overdues}} o WHERE o.PatronID = q.PatronID AND o.ItemRecordID = q.ItemRecordID)
                    """),
            ]),
        new("dates.window", Severity.Fail, $"Every date of current activity is inside today-{ActivityWindow.DaysBack} days .. today+{ActivityWindow.DaysAhead} days.",
            Rules.ActivityDates.Where(d => Layouts.Find(d.Table) is not null).Select(d => Judged("dates.window", d.Table, d.Column)).ToList()),
        new("dates.hourly-batches", Severity.Fail, $"Notices leave in the hourly batches: NoticeDate between hh:01:00 and hh:59:59 for hh {FirstBatchHour:00} to {LastBatchHour:00}.",
            Rules.BatchTimes.Where(d => Layouts.Find(d.Table) is not null).Select(d => Judged("dates.hourly-batches", d.Table, d.Column)).ToList()),
        new("mix.delivery", Severity.Fail,
            "Delivery preferences follow the plan: 15 email / 5 SMS / 3 voice / 2 mail of 25 patrons, otherwise 60/20/10/10 % within 10 points.",
            [Registration], $$"""
            WITH counts AS (
                SELECT count(*) AS patrons,
                       coalesce(sum(DeliveryOptionID = {{Ids(DeliveryOption.Email)}}), 0) AS email, coalesce(sum(DeliveryOptionID = {{Ids(DeliveryOption.Text)}}), 0) AS sms,
                       coalesce(sum(DeliveryOptionID = {{Ids(DeliveryOption.Voice)}}), 0) AS voice, coalesce(sum(DeliveryOptionID = {{Ids(DeliveryOption.Mail)}}), 0) AS mail
                FROM {{Registration}})
            SELECT {{FileOf(Registration)}} AS file, NULL AS line, NULL AS key,
                   email || ' email / ' || sms || ' SMS / ' || voice || ' voice / ' || mail || ' mail of ' || patrons || ' patrons; the plan wants '
                   || CASE WHEN patrons = 25 THEN '15 / 5 / 3 / 2' ELSE '60/20/10/10 % within 10 points' END AS problem
            FROM counts
            WHERE CASE WHEN patrons = 25 THEN NOT (email = 15 AND sms = 5 AND voice = 3 AND mail = 2)
                       ELSE patrons = 0 OR abs(100.0 * email / patrons - 60) > 10 OR abs(100.0 * sms / patrons - 20) > 10
                            OR abs(100.0 * voice / patrons - 10) > 10 OR abs(100.0 * mail / patrons - 10) > 10 END
            """),
        new("mix.scenarios", Severity.Fail,
            "The plan's scenarios are there: 3+ holds ready the same day, 5+ overdues due the same day, holds with overdues, and patrons with neither.",
            [
                new CheckQuery([HoldNotices], $$"""
                    SELECT {{FileOf(HoldNotices)}} AS file, NULL AS line, NULL AS key, 'no patron has 3 or more holds ready the same day' AS problem
                    WHERE NOT EXISTS (SELECT 1 FROM {{HoldNotices}} GROUP BY PatronID, date(HoldTillDate) HAVING count(*) >= 3)
                    """),
                new CheckQuery([Overdues], $$"""
                    SELECT {{FileOf(Overdues)}} AS file, NULL AS line, NULL AS key, 'no patron has 5 or more overdues due the same day' AS problem
                    WHERE NOT EXISTS (SELECT 1 FROM {{Overdues}} GROUP BY PatronID, date(DueDate) HAVING count(*) >= 5)
                    """),
                new CheckQuery([HoldNotices, Overdues], $$"""
                    SELECT {{FileOf(HoldNotices)}} AS file, NULL AS line, NULL AS key, 'no patron has both holds and overdues' AS problem
                    WHERE NOT EXISTS (SELECT 1 FROM {{HoldNotices}} h JOIN {{Overdues}} o ON o.PatronID = h.PatronID)
                    """),
                new CheckQuery([Patrons, HoldNotices, Overdues], $$"""
                    SELECT {{FileOf(Patrons)}} AS file, NULL AS line, NULL AS key, 'every patron has a hold or an overdue; the plan keeps some with neither' AS problem
                    WHERE NOT EXISTS (SELECT 1 FROM {{Patrons}} p
                                      WHERE p.PatronID NOT IN (SELECT PatronID FROM {{HoldNotices}} WHERE PatronID IS NOT NULL)
                                        AND p.PatronID NOT IN (SELECT PatronID FROM {{Overdues}} WHERE PatronID IS NOT NULL))
                    """),
            ]),

        // The Shoutbomb archive: in the formats its writers use, and against the tables as the library's importer matches them.
        new("shoutbomb.format", Severity.Fail,
            "Shoutbomb files are named as the archive names them; uploads have CRLF line ends and no BOM (sqlcmd, Windows-1252); PhoneNotices has a BOM, CRLF and 25 quoted fields a line.",
            [], """
            SELECT File AS file, NULL AS line, NULL AS key,
                   CASE WHEN Kind IS NULL THEN 'not a name the archive uses ({kind}_submitted_yyyy-MM-dd_HH-mm-ss.txt, PhoneNotices.csv or PhoneNotices_yyyy-MM-dd_HH-mm-ss.txt)'
                        WHEN BareLineFeeds > 0 THEN BareLineFeeds || ' lines end in LF, not CRLF'
                        WHEN Kind = 'submission' AND Bom THEN 'starts with a byte order mark, which sqlcmd does not write'
                        WHEN Kind = 'PhoneNotices' AND NOT Bom THEN 'has no UTF-8 byte order mark'
                        ELSE MisshapenLines || ' lines are not 25 quoted fields each followed by a comma' END AS problem
            FROM Shoutbomb.ShoutbombFiles
            WHERE Kind IS NULL OR BareLineFeeds > 0 OR (Kind = 'submission' AND Bom) OR (Kind = 'PhoneNotices' AND (NOT Bom OR MisshapenLines > 0))
            """),
        new("shoutbomb.uploaded", Severity.Fail,
            "Every voice/text hold or overdue notice in NotificationLogs has its line in a holds or overdue upload of the same day.",
            [Logs, History, Patrons, HoldRequests], $$"""
            WITH notices AS (
                SELECT l._line AS logLine, l.PatronID, date(l.NotificationDateTime) AS day, n.NotificationTypeId AS type,
                       n.ItemRecordId AS item, p.Barcode AS barcode,
                       (SELECT CAST(r.SysHoldRequestID AS TEXT) FROM {{HoldRequests}} r
                        WHERE r.PatronID = l.PatronID AND r.TrappingItemRecordID = n.ItemRecordId) AS request
                FROM {{Logs}} l
                JOIN {{History}} n ON n.PatronId = l.PatronID
                 AND n.NoticeDate BETWEEN l.NotificationDateTime AND strftime('%Y-%m-%d %H:%M:%f', l.NotificationDateTime, '+2 seconds')
                JOIN {{Patrons}} p ON p.PatronID = l.PatronID
                WHERE l.DeliveryOptionID IN ({{PhoneOptions}}) AND l.NotificationTypeID IN ({{Ids(FlowTypes)}}) AND n.NotificationTypeId IN ({{Ids(FlowTypes)}})
                  AND EXISTS (SELECT 1 FROM main.Files WHERE File LIKE 'shoutbomb/%'))
            SELECT {{FileOf(Logs)}} AS file, logLine AS line, PatronID AS key,
                   'no ' || CASE WHEN type = {{HoldType}} THEN 'holds' ELSE 'overdue' END || ' upload of ' || day
                   || ' has a line for patron ' || barcode || ', item ' || item AS problem
            FROM notices x
            WHERE NOT EXISTS (
                SELECT 1 FROM Shoutbomb.Submissions s
                WHERE s.Day = x.day
                  AND ((x.type = {{HoldType}} AND s.Kind = 'holds' AND s.F7 = x.barcode AND s.F3 = x.request)
                    OR (x.type <> {{HoldType}} AND s.Kind = 'overdue' AND s.F13 = x.barcode AND s.F5 = CAST(x.item AS TEXT))))
            """),
        new("shoutbomb.uploads", Severity.Fail,
            "Every upload of every run (voice_patrons, text_patrons, holds) holds exactly the lines its query selects from the tables at the run's time, in order.",
            [UploadJudge.PhonePatrons, UploadJudge.Holds]),
        new("shoutbomb.phone-notices", Severity.Fail,
            "Every PhoneNotices line is a NotificationHistory notice whose patron, barcode, names and phone equal the tables' (and no reminder).",
            [Patrons, Registration, History], $$"""
            SELECT File AS file, Line AS line, F20 AS key, problem
            FROM (SELECT pn.File, pn.Line, pn.F20,
                         CASE WHEN p.PatronID IS NULL THEN 'patron ' || quote(pn.F20) || ' is not in Patrons'
                              WHEN pn.F5 IS NOT p.Barcode THEN 'barcode ' || quote(pn.F5) || ' is not the patron''s ' || p.Barcode
                              WHEN pn.F7 IS NOT r.NameFirst OR pn.F8 IS NOT r.NameLast
                                   THEN 'name ' || quote(pn.F7) || ' ' || quote(pn.F8) || ' is not the registration''s'
                              WHEN pn.F9 IS NOT r.PhoneVoice1 THEN 'phone ' || quote(pn.F9) || ' is not the registration''s ' || quote(r.PhoneVoice1)
                              WHEN pn.F18 = '7' THEN 'a reminder (type 7): Polaris does not export those to PhoneNotices'
                              WHEN NOT EXISTS (SELECT 1 FROM {{History}} n
                                               WHERE n.PatronId = p.PatronID AND CAST(n.NotificationTypeId AS TEXT) = pn.F18
                                                 AND coalesce(CAST(n.ItemRecordId AS TEXT), ' ') = pn.F21)
                                   THEN 'no type ' || quote(pn.F18) || ' notice on item ' || quote(pn.F21) || ' in NotificationHistory'
                         END AS problem
                  FROM Shoutbomb.PhoneNotices pn
                  LEFT JOIN {{Patrons}} p ON p.PatronID = CAST(pn.F20 AS INTEGER) AND CAST(p.PatronID AS TEXT) = pn.F20
                  LEFT JOIN {{Registration}} r ON r.PatronID = p.PatronID)
            WHERE problem IS NOT NULL
            """),
    ];

    /// <summary>
    /// The rows the join checks probe by patron in bulk, with the columns they read there: flow.queued
    /// looks for each notice's queue row, shoutbomb.phone-notices for each line's notice and
    /// shoutbomb.uploaded for each log's notices by time. Indexed with
    /// these columns (see DataSetLoader), the probes read no table rows.
    /// </summary>
    public static readonly IReadOnlyList<(string Table, IReadOnlyList<string> Columns)> Lookups =
    [
        (Queue, ["PatronID", "ItemRecordID", "NotificationTypeID", "CreationDate"]),
        (History, ["PatronId", "NoticeDate", "NotificationTypeId", "ItemRecordId"]),
    ];

    /// <summary>
    /// The rows verify keeps of tables whose other rows no check's SQL reads (a million patrons' queue and
    /// history each hold 4 million reminders, whose inserts and indexes were the load's longest chain):
    /// <list type="bullet">
    /// <item>of NotificationQueue, hold and overdue notices: flow.queued looks for the queue row of a notice
    /// of type 1, 2, 12 or 13, flow.sourced for the source of a queued notice of those types;</item>
    /// <item>of NotificationHistory, all but reminders (type 7): every query names its notices' types, 1, 2,
    /// 12 or 13, or (shoutbomb.phone-notices) the type of a PhoneNotices line, reported before the lookup when
    /// it is 7. The walk of flow.traceable and flow.log-counts reads every notice as it is loaded (<see cref="NoticeLogMatch"/>).</item>
    /// </list>
    /// </summary>
    public static readonly IReadOnlyList<RowsRead> RowsRead =
    [
        new(Queue, "NotificationTypeID", FlowTypes.Select(t => (long)t).ToHashSet()),
        new(History, "NotificationTypeId", new HashSet<long> { (long)NotificationType.AlmostOverdueReminder }, Except: true),
    ];

    /// <summary>
    /// What the checks read of the Shoutbomb archive: the submission kinds shoutbomb.uploaded names, and
    /// the fields (F1, F2, ...) any check's SQL names: verify loads only these.
    /// </summary>
    public static readonly ArchiveSelection ArchiveRead = new(
        new HashSet<string>(["holds", "overdue"], StringComparer.Ordinal),
        FieldsNamed($"{ShoutbombLoader.Database}.Submissions"),
        FieldsNamed($"{ShoutbombLoader.Database}.PhoneNotices"));

    private static readonly Dictionary<string, IReadOnlySet<string>> Read = All.SelectMany(c => c.Queries).Where(q => q.ReadsRows)
        .SelectMany(q => q.Tables.Where(t => Layouts.Find(t) is not null).SelectMany(t => Layouts.Get(t).Columns
            .Where(c => Regex.IsMatch(q.Sql, $@"\b{Regex.Escape(c.Name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .Select(c => (Table: t, Column: c.Name)).DefaultIfEmpty((Table: t, Column: ""))))
        .GroupBy(x => x.Table, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(x => x.Column).Where(c => c.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The columns of a table that some check's SQL reads (named in a query over the table), or null when
    /// no check reads its rows: verify loads only these, since binding the rest cost most of its load.
    /// </summary>
    public static IReadOnlySet<string>? ColumnsRead(string table) => Read.GetValueOrDefault(table);

    /// <summary>
    /// What the loader's row rules (<see cref="RowJudge"/>) recorded for a check in one table's file, and
    /// for one column with <paramref name="column"/>: a query per table, so the check skips a table the set lacks.
    /// </summary>
    private static CheckQuery Judged(string check, string table, string? column = null) => new([table], $"""
        SELECT File AS file, Line AS line, Key AS key, Problem AS problem
        FROM {Layouts.Get(table).Database}.RowProblems
        WHERE CheckName = {Text(check)} AND File = {FileOf(table)}{(column is null ? "" : $" AND Rule = {Text(column)}")}
        """, ReadsRows: false);

    private static HashSet<int> FieldsNamed(string table) => All.SelectMany(c => c.Queries).Where(q => q.Sql.Contains(table, StringComparison.OrdinalIgnoreCase))
        .SelectMany(q => Regex.Matches(q.Sql, @"\bF(?<field>[0-9]+)\b").Select(m => int.Parse(m.Groups["field"].Value, System.Globalization.CultureInfo.InvariantCulture)))
        .ToHashSet();

    /// <summary>A SQL string literal, as quote() shows text.</summary>
    public static string Text(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    private static string FileOf(string table) => Text(Layouts.Get(table).FileName);

    /// <summary>Rows <c>r</c> and <c>e</c> agree on every column, NULLs included.</summary>
    private static string SameRow(TableLayout table) => string.Join(" AND ", table.Columns.Select(c => $"e.{c.Name} IS r.{c.Name}"));
}
