using PolarisSampleData.Domain;
using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>
/// The Shoutbomb archive: in the formats its writers use, and against the tables as the library's importer
/// matches them (the reference README's "Shoutbomb" sections).
/// </summary>
internal static class ShoutbombChecks
{
    private static readonly string FirstFailedCall = Ids(NotificationStatusExtensions.FirstFailedCall), LastFailedCall = Ids(NotificationStatusExtensions.LastFailedCall);

    /// <summary>What the report checks read of the archive: Shoutbomb's report emails, no upload lines.</summary>
    public static readonly ArchiveSelection ReportsOnly = new(new HashSet<int>(), Reports: true);

    private static readonly string HoldMessage = ShoutbombReport.MessageFor(NotificationType.Hold)!;
    private static readonly string OverdueMessage = ShoutbombReport.MessageFor(NotificationType.FirstOverdue)!;

    /// <summary>A call before this time of today is in today's voice failure report at the latest.</summary>
    private static readonly string ReportTime = ShoutbombReport.Due(ShoutbombReportKind.VoiceNotDelivered, default)
        .ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    public static readonly IReadOnlyList<Check> All =
    [
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
        new("shoutbomb.days", Severity.Fail,
            "The archive covers the scenario's window: a voice_patrons and a text_patrons upload on every day from its first to today (each runs daily), where the roster has patrons for it.",
            [], $$"""
            WITH RECURSIVE days(day) AS (
                SELECT FirstDay FROM main.DataSet WHERE FirstDay IS NOT NULL AND EXISTS (SELECT 1 FROM main.Files WHERE File LIKE 'shoutbomb/%')
                UNION ALL
                SELECT date(day, '+1 day') FROM days WHERE day < (SELECT Today FROM main.DataSet)),
            lists(kind, option) AS (VALUES ('voice_patrons', {{Ids(DeliveryOption.Voice)}}), ('text_patrons', {{Ids(DeliveryOption.Text)}}))
            SELECT 'shoutbomb/' AS file, NULL AS line, d.day AS key,
                   'no ' || l.kind || ' upload of ' || d.day || ', inside the window from ' || (SELECT FirstDay FROM main.DataSet) || ' to today' AS problem
            FROM days d, lists l
            WHERE NOT EXISTS (SELECT 1 FROM main.Files f WHERE f.File LIKE 'shoutbomb/' || l.kind || '_submitted_' || d.day || '_%')
              -- A run that returns no rows leaves no file: a roster with no listed patron of a kind has none of its lists.
              AND EXISTS (SELECT 1 FROM main.Roster WHERE DeliveryOptionID = l.option AND NOT Lapsed)
            """),
        new("shoutbomb.uploaded", Severity.Fail,
            "Every voice/text hold or overdue notice in NotificationLogs has its line in a holds or overdue upload of the same day, uploaded no later than the log (Shoutbomb carried it before Polaris logged it).",
            [UploadedJudge.Query]),
        new("shoutbomb.uploads", Severity.Fail,
            "Every upload of every run holds the lines its query selects from the tables at the run's time, in its order: voice_patrons, text_patrons and holds exactly; "
            + "renew and overdue each loan still out (ItemCheckouts) and every line's patron, copy, title and renewal limit, a loan returned since by what the run requires of it.",
            [UploadJudge.PhonePatrons, UploadJudge.Holds, LoanUploadJudge.Loans]),
        new("shoutbomb.reports", Severity.Fail,
            "Every line of Shoutbomb's voice failure reports names a patron by barcode, registered phone and 'Last, First' name, and a failed call " +
            "(NotificationLogs, voice, status 3-11) of that hold or overdue in the day before the report; every such call before today's report is in one.",
            [new CheckQuery(
                [
                    Read(Logs, "PatronID", "DeliveryOptionID", "NotificationStatusID", "NotificationDateTime", "HoldsCount", "OverduesCount", "Overdues2ndCount", "Overdues3rdCount"),
                    Read(Patrons, "PatronID", "Barcode"),
                    Read(Registration, "PatronID", "NameFirst", "NameLast", "PhoneVoice1"),
                ], $$"""
            WITH failed AS MATERIALIZED (
                SELECT * FROM (
                    SELECT _line, PatronID, NotificationDateTime AS at, NotificationStatusID AS status, HoldsCount > 0 AS hold,
                           coalesce(OverduesCount, 0) + coalesce(Overdues2ndCount, 0) + coalesce(Overdues3rdCount, 0) > 0 AS overdue
                    FROM {{Logs}}
                    WHERE DeliveryOptionID = {{Ids(DeliveryOption.Voice)}} AND NotificationStatusID BETWEEN {{FirstFailedCall}} AND {{LastFailedCall}})
                WHERE hold OR overdue),
            lines AS MATERIALIZED (
                SELECT v.File, v.Line, v.ReceivedAt, v.Phone, v.Barcode, v.Name, v.Message, p.PatronID,
                       r.NameLast || ', ' || r.NameFirst AS registeredName, replace(r.PhoneVoice1, '-', '') AS registeredPhone
                FROM Shoutbomb.VoiceReportLines v
                LEFT JOIN {{Patrons}} p ON p.Barcode = v.Barcode
                LEFT JOIN {{Registration}} r ON r.PatronID = p.PatronID),
            received AS MATERIALIZED (SELECT DISTINCT ReceivedAt FROM Shoutbomb.Reports WHERE Kind = 'voice' AND ReceivedAt IS NOT NULL),
            calls AS (
                SELECT x.File, x.Line, count(f.PatronID) AS failedCalls
                FROM lines x
                LEFT JOIN failed f ON f.PatronID = x.PatronID AND f.at < x.ReceivedAt AND f.at > datetime(x.ReceivedAt, '-1 day', '-3 minutes')
                 AND ((x.Message = '{{HoldMessage}}' AND f.hold) OR (x.Message = '{{OverdueMessage}}' AND f.overdue))
                GROUP BY x.File, x.Line)
            SELECT File AS file, Line AS line, Barcode AS key, problem
            FROM (SELECT x.File, x.Line, x.Barcode,
                         CASE WHEN x.PatronID IS NULL THEN 'barcode ' || quote(x.Barcode) || ' is no patron''s'
                              WHEN x.Phone IS NOT x.registeredPhone THEN 'phone ' || quote(x.Phone) || ' is not the patron''s registered ' || quote(x.registeredPhone)
                              WHEN x.Name IS NOT x.registeredName THEN 'name ' || quote(x.Name) || ' is not the registration''s ' || quote(x.registeredName)
                              WHEN x.Message NOT IN ('{{HoldMessage}}', '{{OverdueMessage}}') THEN 'message ' || quote(x.Message) || ' is not one the report names'
                              WHEN c.failedCalls = 0 THEN 'no failed voice call (NotificationLogs status 3-11) about a '
                                   || CASE x.Message WHEN '{{HoldMessage}}' THEN 'hold' ELSE 'overdue' END || ' to the patron in the day before the report'
                         END AS problem
                  FROM lines x JOIN calls c ON c.File = x.File AND c.Line = x.Line)
            WHERE problem IS NOT NULL
            UNION ALL
            SELECT File, NULL, NULL, 'no Date header like ''Wed, 19 Nov 2025 16:12:03 -0600'' to tell when the report arrived'
            FROM Shoutbomb.Reports WHERE ReceivedAt IS NULL
            UNION ALL
            -- A call is listed by the first report after it; a report lists as many lines of a patron and message as it had such calls.
            SELECT {{FileOf(Logs)}}, a._line, a.PatronID,
                   'the failed call of ' || a.at || ' (status ' || a.status || ') is not listed in '
                   || coalesce('the voice failure report of ' || a.report, 'any voice failure report') AS problem
            FROM (SELECT f._line, f.PatronID, f.at, f.status, p.Barcode, m.Message, r.report,
                         row_number() OVER (PARTITION BY r.report, p.Barcode, m.Message ORDER BY f.at, f._line) AS nth
                  FROM failed f
                  JOIN {{Patrons}} p ON p.PatronID = f.PatronID
                  JOIN (SELECT '{{HoldMessage}}' AS Message UNION ALL SELECT '{{OverdueMessage}}') m
                    ON (m.Message = '{{HoldMessage}}' AND f.hold) OR (m.Message = '{{OverdueMessage}}' AND f.overdue)
                  LEFT JOIN (SELECT f2._line, (SELECT min(ReceivedAt) FROM received WHERE ReceivedAt > f2.at) AS report FROM failed f2) r ON r._line = f._line
                  WHERE f.at < (SELECT Today FROM main.DataSet) || ' {{ReportTime}}') a
            LEFT JOIN (SELECT ReceivedAt, Barcode, Message, count(*) AS listed FROM lines GROUP BY ReceivedAt, Barcode, Message) l
              ON l.ReceivedAt = a.report AND l.Barcode = a.Barcode AND l.Message = a.Message
            WHERE a.nth > coalesce(l.listed, 0)
            """,
            Archive: ReportsOnly)]),
        new("shoutbomb.call-errors", Severity.Fail,
            "Every line of Shoutbomb's 'Calls that generated errors' reports has the carrier's form and is dated the day before the report; " +
            "a number's attempts on a day are three for each voice call to it logged that day as a probable bad number (9), none before the first.",
            [new CheckQuery(
                [Read(Logs, "DeliveryOptionID", "DeliveryString", "NotificationStatusID", "NotificationDateTime")], $$"""
            -- The lines name no patron, and past 100 patrons numbers are shared: a number's day is judged as a whole.
            WITH calls AS (
                SELECT replace(DeliveryString, '-', '') AS phone, date(NotificationDateTime) AS day,
                       min(NotificationDateTime) AS first, _line, count(*) AS calls
                FROM {{Logs}}
                WHERE DeliveryOptionID = {{Ids(DeliveryOption.Voice)}} AND NotificationStatusID = {{Ids(NotificationStatus.CallBadNumber)}}
                GROUP BY 1, 2),
            attempts AS (
                SELECT Phone AS phone, Day AS day, min(Day || ' ' || Time) AS first, File, Line, count(*) AS attempts
                FROM Shoutbomb.CallErrorLines
                WHERE Phone IS NOT NULL
                GROUP BY Phone, Day)
            SELECT File AS file, Line AS line, Phone AS key,
                   CASE WHEN Phone IS NULL THEN 'not a line of the carrier''s form (BANDWIDTH :: c-… :: Patron number … :: yyyy-MM-dd :: HH:mm:ss ::)'
                        ELSE 'an attempt of ' || Day || ' in the report that arrived ' || quote(ReceivedAt) || ': a report covers the day before it' END AS problem
            FROM Shoutbomb.CallErrorLines
            WHERE Phone IS NULL OR Day IS NOT date(ReceivedAt, '-1 day')
            UNION ALL
            SELECT a.File, a.Line, a.phone,
                   CASE WHEN c.phone IS NULL THEN 'no voice call to ' || a.phone || ' on ' || a.day || ' was logged as a probable bad number (status 9)'
                        ELSE 'attempts from ' || substr(a.first, 12) || ', before the first call to the number that day, at ' || substr(c.first, 12, 8) END
            FROM attempts a
            LEFT JOIN calls c ON c.phone = a.phone AND c.day = a.day
            WHERE c.phone IS NULL OR a.first < substr(c.first, 1, 19)
            UNION ALL
            SELECT {{FileOf(Logs)}}, c._line, c.phone,
                   c.calls || ' call(s) to ' || c.phone || ' on ' || c.day || ' logged as a probable bad number, so ' || (c.calls * {{CallError.AttemptsMade}})
                   || ' attempts in the next morning''s call error report; it has ' || coalesce(a.attempts, 0)
            FROM calls c
            LEFT JOIN attempts a ON a.phone = c.phone AND a.day = c.day
            WHERE c.day < (SELECT Today FROM main.DataSet) AND coalesce(a.attempts, 0) <> c.calls * {{CallError.AttemptsMade}}
            """,
            Archive: ReportsOnly)]),
        new("shoutbomb.text-reports", Severity.Fail,
            "Every line of Shoutbomb's 'Invalid patron phone number' reports is 'phone :: barcode :: PatronID :: branch :: SMS' under its section's heading, " +
            "naming a patron by barcode, PatronID, registered phone and branch who was texted (NotificationLogs, delivery 8) the day before the report; " +
            "a number listed invalid is listed so for every day it was texted before today, one listed opted out for every later day.",
            [new CheckQuery(
                [
                    Read(Logs, "PatronID", "DeliveryOptionID", "NotificationDateTime"),
                    Read(Patrons, "PatronID", "Barcode", "OrganizationID"),
                    Read(Registration, "PatronID", "PhoneVoice1"),
                ], $$"""
            WITH lines AS MATERIALIZED (
                SELECT t.File, t.Line, t.Section, t.Phone, t.Barcode, t.PatronID AS listedId, t.Branch, p.PatronID, p.OrganizationID AS branchId,
                       replace(r.PhoneVoice1, '-', '') AS registeredPhone, date(t.ReceivedAt, '-1 day') AS day
                FROM Shoutbomb.TextReportLines t
                LEFT JOIN {{Patrons}} p ON p.Barcode = t.Barcode
                LEFT JOIN {{Registration}} r ON r.PatronID = p.PatronID),
            -- Only the listed patrons' texts matter: a million patrons' are not grouped for a few hundred lines.
            texted AS MATERIALIZED (
                SELECT PatronID, date(NotificationDateTime) AS day, min(_line) AS _line
                FROM {{Logs}} WHERE DeliveryOptionID = {{Ids(DeliveryOption.Text)}} AND PatronID IN (SELECT PatronID FROM lines)
                GROUP BY 1, 2)
            SELECT File AS file, Line AS line, Barcode AS key, problem
            FROM (SELECT x.File, x.Line, x.Barcode,
                         CASE WHEN x.Section IS NULL THEN 'a line above both sections'' headings'
                              WHEN x.Phone IS NULL THEN 'not a line of the report''s form (phone :: barcode :: PatronID :: branch :: SMS)'
                              WHEN x.PatronID IS NULL THEN 'barcode ' || quote(x.Barcode) || ' is no patron''s'
                              WHEN x.listedId IS NOT CAST(x.PatronID AS TEXT) THEN 'PatronID ' || x.listedId || ' is not the patron of barcode ' || x.Barcode || ', ' || x.PatronID
                              WHEN x.Phone IS NOT x.registeredPhone THEN 'phone ' || quote(x.Phone) || ' is not the patron''s registered ' || quote(x.registeredPhone)
                              WHEN x.Branch IS NOT CAST(x.branchId AS TEXT) THEN 'branch ' || x.Branch || ' is not the patron''s, ' || x.branchId
                              WHEN NOT EXISTS (SELECT 1 FROM texted s WHERE s.PatronID = x.PatronID AND s.day = x.day)
                              THEN 'no text (NotificationLogs, delivery 8) to the patron on ' || x.day || ', the day the report covers'
                         END AS problem
                  FROM lines x)
            WHERE problem IS NOT NULL
            UNION ALL
            -- Opted out from the STOP on, until the patron registers again; invalid from the start, until the number is
            -- corrected: neither is corrected in the set.
            SELECT {{FileOf(Logs)}}, s._line, s.PatronID,
                   'texted on ' || s.day || ', ' || CASE f.Section WHEN '{{ShoutbombReportLoader.Invalid}}' THEN 'to a number Shoutbomb lists as invalid'
                                                    ELSE 'after Shoutbomb listed the number ' || f.Section || ' for ' || f.first END
                   || ', but not so in the report for ' || s.day
            FROM (SELECT PatronID, Section, min(day) AS first FROM lines WHERE PatronID IS NOT NULL AND Section IS NOT NULL AND Phone IS NOT NULL GROUP BY 1, 2) f
            JOIN texted s ON s.PatronID = f.PatronID AND (f.Section = '{{ShoutbombReportLoader.Invalid}}' OR s.day > f.first) AND s.day < (SELECT Today FROM main.DataSet)
            WHERE NOT EXISTS (SELECT 1 FROM lines x WHERE x.PatronID = f.PatronID AND x.Section = f.Section AND x.day = s.day)
            """,
            Archive: ReportsOnly)]),
        new("shoutbomb.monthly-report", Severity.Fail,
            "Shoutbomb's monthly statistics ('Shoutbomb Rpt', on the 1st) are, line by line, what the set's files count for the month's days it holds: " +
            "the month's holds, overdue, renew and patron list uploads, its voice calls in NotificationLogs, the text numbers of its invalid number reports.",
            [MonthlyReportJudge.Query]),
        new("shoutbomb.phone-notices", Severity.Fail,
            "Every PhoneNotices line is a NotificationHistory notice whose patron, barcode, names, phone and language (its code and LanguageID) equal the tables' (and no reminder).",
            [new CheckQuery(
                [
                    Read(Patrons, "PatronID", "Barcode"),
                    Read(Registration, "PatronID", "NameFirst", "NameLast", "PhoneVoice1", "LanguageID"),
                    // A reminder's line is reported before the lookup: Polaris exports none.
                    Read(History, "PatronId", "NotificationTypeId", "ItemRecordId").Except("NotificationTypeId", Numbers(NotificationType.AlmostOverdueReminder)),
                ], $$"""
            SELECT File AS file, Line AS line, F20 AS key, problem
            FROM (SELECT pn.File, pn.Line, pn.F20,
                         CASE WHEN p.PatronID IS NULL THEN 'patron ' || quote(pn.F20) || ' is not in Patrons'
                              WHEN pn.F5 IS NOT p.Barcode THEN 'barcode ' || quote(pn.F5) || ' is not the patron''s ' || p.Barcode
                              WHEN pn.F7 IS NOT r.NameFirst OR pn.F8 IS NOT r.NameLast
                                   THEN 'name ' || quote(pn.F7) || ' ' || quote(pn.F8) || ' is not the registration''s'
                              WHEN pn.F9 IS NOT r.PhoneVoice1 THEN 'phone ' || quote(pn.F9) || ' is not the registration''s ' || quote(r.PhoneVoice1)
                              WHEN pn.F17 IS NOT CAST(r.LanguageID AS TEXT) OR pn.F2 IS NOT (CASE r.LanguageID {{LanguageCodes}} END)
                                   THEN 'language ' || quote(pn.F2) || ' ' || quote(pn.F17) || ' is not the registration''s LanguageID ' || quote(r.LanguageID) || ' and its code'

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
            """,
            Lookups: [new Lookup(History, ["PatronId", "NotificationTypeId", "ItemRecordId"])],
            Archive: new ArchiveSelection(new HashSet<int> { 2, 5, 7, 8, 9, 17, 18, 20, 21 }))]),
    ];

    /// <summary>The PhoneNotices code of each LanguageID, as the arms of an SQL CASE.</summary>
    private static string LanguageCodes => string.Join(' ', Language.All.Select(l => FormattableString.Invariant($"WHEN {l.LanguageId} THEN '{l.PhoneNoticesCode}'")));
}
