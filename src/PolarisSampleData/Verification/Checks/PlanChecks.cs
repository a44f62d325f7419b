using System.Text;
using CsvHelper;
using PolarisSampleData.Domain;
using PolarisSampleData.Tables;
using static PolarisSampleData.Scheduling.TimeScheduler;
using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>The plan's four verification tests: the multi-hold patron, delivery strings, hold-notice timing and no orphans.</summary>
internal static class PlanChecks
{
    public static readonly IReadOnlyList<Check> All =
    [
        new("plan.multi-hold-patron", Severity.Fail,
            "Plan test 1: a patron with 3 or more holds ready the same day has every hold in NotificationHistory and one combined NotificationLogs row.",
            [
                Read(HoldNotices, "PatronID", "ItemRecordID", "HoldTillDate"),
                Read(History, "PatronId", "ItemRecordId", "NotificationTypeId").Where("NotificationTypeId", Numbers(NotificationType.Hold)),
                Read(Logs, "PatronID", "HoldsCount"),
            ], $$"""
            WITH multi AS (
                SELECT PatronID, count(*) AS holds FROM {{HoldNotices}}
                GROUP BY PatronID
                HAVING count(*) >= 3 AND count(DISTINCT date(HoldTillDate)) = 1)
            SELECT {{FileOf(HoldNotices)}} AS file, NULL AS line, NULL AS key,
                   'no patron has 3 or more holds ready the same day, so there is nothing to trace' AS problem
            WHERE NOT EXISTS (SELECT 1 FROM multi) AND EXISTS (SELECT 1 FROM main.Roster WHERE HoldsTogether AND Holds >= 3)
            UNION ALL
            SELECT {{FileOf(HoldNotices)}}, h._line, h.PatronID, 'the hold on item ' || h.ItemRecordID || ' has no hold notice (type 2) in NotificationHistory'
            FROM {{HoldNotices}} h JOIN multi m ON m.PatronID = h.PatronID
            WHERE NOT EXISTS (SELECT 1 FROM {{History}} n
                              WHERE n.PatronId = h.PatronID AND n.ItemRecordId = h.ItemRecordID AND n.NotificationTypeId = {{Ids(NotificationType.Hold)}})
            UNION ALL
            SELECT {{FileOf(Logs)}}, NULL, m.PatronID,
                   'patron ' || m.PatronID || ' has ' || m.holds || ' holds ready the same day but ' || combined
                   || ' NotificationLogs rows with HoldsCount ' || m.holds || ', not one'
            FROM (SELECT m.*, (SELECT count(*) FROM {{Logs}} l WHERE l.PatronID = m.PatronID AND l.HoldsCount = m.holds) AS combined
                  FROM multi m) m
            WHERE combined <> 1
            """),
        new("plan.delivery-strings", Severity.Fail,
            "Plan test 2: every log went by the patron's registered delivery option to the registered email (2) or phone (3, 8); mail (1) has none. " +
            "A reminder (type 7) goes by email to a patron with one, else by text to a text patron.",
            [
                Read(Logs, "PatronID", "NotificationTypeID", "DeliveryOptionID", "DeliveryString"),
                Read(Registration, "PatronID", "DeliveryOptionID", "EmailAddress", "PhoneVoice1"),
            ], $$"""
            WITH sent AS (
                SELECT l._line, l.PatronID, l.DeliveryOptionID AS sentBy, r.DeliveryOptionID AS registered, l.DeliveryString,
                       l.NotificationTypeID = {{Ids(NotificationType.AlmostOverdueReminder)}} AS reminder,
                       CASE WHEN l.NotificationTypeID IS NOT {{Ids(NotificationType.AlmostOverdueReminder)}} THEN r.DeliveryOptionID
                            WHEN r.EmailAddress IS NOT NULL THEN {{Ids(DeliveryOption.Email)}}
                            WHEN r.DeliveryOptionID = {{Ids(DeliveryOption.Text)}} AND r.PhoneVoice1 IS NOT NULL THEN {{Ids(DeliveryOption.Text)}} END AS expected,
                       CASE l.DeliveryOptionID WHEN {{Ids(DeliveryOption.Email)}} THEN r.EmailAddress WHEN {{Ids(DeliveryOption.Voice)}} THEN r.PhoneVoice1 WHEN {{Ids(DeliveryOption.Text)}} THEN r.PhoneVoice1 END AS registeredString
                FROM {{Logs}} l JOIN {{Registration}} r ON r.PatronID = l.PatronID)
            SELECT {{FileOf(Logs)}} AS file, _line AS line, PatronID AS key,
                   CASE WHEN sentBy IS NOT expected AND reminder AND expected IS NULL
                        THEN 'a reminder (type 7) sent by delivery option ' || quote(sentBy) || ', but the patron has no email and is not a text patron'
                        WHEN sentBy IS NOT expected AND reminder
                        THEN 'a reminder (type 7) sent by delivery option ' || quote(sentBy) || ', but reminders reach this patron by ' || expected
                        WHEN sentBy IS NOT expected
                        THEN 'sent by delivery option ' || quote(sentBy) || ', but the patron registered ' || quote(registered)
                        ELSE 'DeliveryString ' || quote(DeliveryString) || ' is not what the patron registered, ' || quote(registeredString) END AS problem
            FROM sent
            WHERE sentBy IS NOT expected OR DeliveryString IS NOT registeredString
            """),
        new("plan.hold-notice-timing", Severity.Fail,
            $"Plan test 3: every hold's notice (NotificationHistory type 2) left {HoldNoticeFirstMinute} to {HoldNoticeLastMinute} minutes after its HoldNotificationDate.",
            [
                Read(HoldRequests, "SysHoldRequestID", "PatronID", "TrappingItemRecordID", "HoldNotificationDate"),
                Read(History, "PatronId", "ItemRecordId", "NotificationTypeId", "NoticeDate").Where("NotificationTypeId", Numbers(NotificationType.Hold)),
            ], $$"""
            SELECT {{FileOf(HoldRequests)}} AS file, _line AS line, SysHoldRequestID AS key,
                   'notice of ' || NoticeDate || ' left ' || round(milliseconds / 60000.0, 1) || ' minutes after HoldNotificationDate '
                   || HoldNotificationDate || ', not {{HoldNoticeFirstMinute}} to {{HoldNoticeLastMinute}}' AS problem
            FROM (SELECT s._line, s.SysHoldRequestID, s.HoldNotificationDate, n.NoticeDate,
                         round((julianday(n.NoticeDate) - julianday(s.HoldNotificationDate)) * 86400000) AS milliseconds
                  FROM {{HoldRequests}} s
                  JOIN {{History}} n ON n.PatronId = s.PatronID AND n.ItemRecordId = s.TrappingItemRecordID AND n.NotificationTypeId = {{Ids(NotificationType.Hold)}})
            WHERE milliseconds < {{HoldNoticeFirstMinute * 60000}} OR milliseconds >= {{(HoldNoticeLastMinute + 1) * 60000}}
            """),
        new("plan.no-orphans", Severity.Fail, "Plan test 4: every foreign key of every table resolves (patrons, items, records, reference IDs).",
            new Orphans(), Relationships.ForeignKeys.Where(k => Layouts.Find(k.Table) is not null && Layouts.Find(k.ReferencedTable) is not null)
                .Select(k => new Scope(k.Table, k.Column, k.ReferencedTable))),
    ];

    /// <summary>
    /// plan.no-orphans: each file's judge keeps the distinct values of the columns a foreign key joins on, from
    /// either side; once every file is read, a key's values that its referenced column does not hold are
    /// orphans, and only a file that has some is read again, for the lines to report.
    /// </summary>
    private sealed class Orphans : RowRule
    {
        public override FileJudge? For(FileReading file)
        {
            var columns = Relationships.ForeignKeys.Where(k => file.Is(k.Table)).Select(k => k.Column)
                .Concat(Relationships.ForeignKeys.Where(k => file.Is(k.ReferencedTable)).Select(k => k.ReferencedColumn))
                .Distinct(StringComparer.OrdinalIgnoreCase).Where(c => file.IndexOf(c) >= 0).ToList();
            if (columns.Count == 0) return null;
            // A referenced column that is the table's whole key shares the keys keys.unique keeps: the largest tables' IDs are kept once.
            var key = file.Layout.Columns.Where(c => c.IsKey).ToList();
            var values = columns.ToDictionary(c => c,
                c => file.Keys is { } keys && key is [var only] && only.Name.Equals(c, StringComparison.OrdinalIgnoreCase) ? keys : new ValueSet(),
                StringComparer.OrdinalIgnoreCase);
            return new Judging(file, values, [.. values.Where(v => v.Value != file.Keys).Select(v => (file.IndexOf(v.Key), v.Value))]);
        }

        public override void Conclude(IReadOnlyList<FileJudge> judges, ProblemLog log)
        {
            // A table is its first file's: a later one naming it was not loaded.
            var byTable = judges.Cast<Judging>().GroupBy(j => j.File.Layout.SqlName, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            var orphaned = Relationships.ForeignKeys
                .Where(key => byTable.ContainsKey(key.Table) && byTable.ContainsKey(key.ReferencedTable))
                .Select(key => (Key: key, Child: byTable[key.Table], Parent: byTable[key.ReferencedTable]))
                .Where(k => k.Child.Values.ContainsKey(k.Key.Column) && k.Parent.Values.ContainsKey(k.Key.ReferencedColumn))
                .Select(k => (k.Key, k.Child, Orphans: k.Child.Values[k.Key.Column].Except(k.Parent.Values[k.Key.ReferencedColumn])))
                .Where(k => k.Orphans.Count > 0);
            // A file is read again once for all its keys that have orphans.
            foreach (var child in orphaned.GroupBy(k => k.Child))
                ReportLines(child.Key.File, [.. child.Select(k => (k.Key, k.Orphans))], log);
        }

        private static void ReportLines(FileReading file, IReadOnlyList<(ForeignKey Key, ValueSet Orphans)> keys, ProblemLog log) =>
            DataSetLoader.ReadAgain(file.Path, file.Layout, header =>
            {
                var columns = keys.Select(k => DataSetLoader.FieldOf(header, k.Key.Column)).ToArray();
                var first = DataSetLoader.FieldOf(header, file.Layout.Key);
                return reader =>
                {
                    for (var i = 0; i < keys.Count; i++)
                    {
                        var value = columns[i] >= 0 && columns[i] < reader.FieldCount ? reader.GetSpan(columns[i]) : default;
                        if (value.IsEmpty || !keys[i].Orphans.Contains(value)) continue;
                        var key = keys[i].Key;
                        log("plan.no-orphans", key.Column, file.Layout, reader.LineNumber,
                            first >= 0 && first < reader.FieldCount && reader.GetSpan(first) is { IsEmpty: false } id ? Encoding.UTF8.GetString(id) : null,
                            $"{key.Column} {ValueSet.Quote(value)} is not a {key.ReferencedTable}.{key.ReferencedColumn}");
                    }
                };
            });

        private sealed class Judging(FileReading file, Dictionary<string, ValueSet> values, (int Column, ValueSet Values)[] collected) : FileJudge(file)
        {
            /// <summary>The distinct values of each column a foreign key joins on, from this table's side.</summary>
            public IReadOnlyDictionary<string, ValueSet> Values => values;

            public override void Judge(CsvReader reader)
            {
                foreach (var (column, set) in collected)
                {
                    var field = File.Field(reader, column);
                    if (!field.IsEmpty) set.Add(field);
                }
            }
        }
    }
}
