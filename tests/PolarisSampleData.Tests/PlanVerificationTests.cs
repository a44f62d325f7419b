using PolarisSampleData.Tests.Support;
using static PolarisSampleData.Tests.Support.Values;

namespace PolarisSampleData.Tests;

/// <summary>The plan's four verification tests and its success criteria, over the written files.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class PlanVerificationTests(GeneratedSet set)
{
    private LoadedDataSet Data => set.Data;

    private HashSet<string> Keys(string table, string column) => Data[table].Select(r => r[column]).ToHashSet();

    [Fact]
    public void Test1_patron_with_three_holds_traces_to_history_and_one_combined_log()
    {
        var multiHold = Data["Results.Polaris.HoldNotices"].GroupBy(h => h["PatronID"]).Where(g => g.Count() >= 3).ToList();
        multiHold.Should().NotBeEmpty();
        var sameDay = multiHold.Where(g => g.Select(h => h["HoldTillDate"]).Distinct().Count() == 1).ToList();
        sameDay.Should().NotBeEmpty("patron D's three holds are ready the same day");

        foreach (var patron in sameDay)
        {
            var history = Data["Results.Polaris.NotificationHistory"]
                .Where(n => n["PatronId"] == patron.Key && n["NotificationTypeId"] == "2").ToList();
            history.Select(n => n["ItemRecordId"]).Should().BeEquivalentTo(patron.Select(h => h["ItemRecordID"]));

            var logs = Data["PolarisTransactions.Polaris.NotificationLogs"].Where(l => l["PatronID"] == patron.Key).ToList();
            logs.Should().ContainSingle(l => Int(l["HoldsCount"]) == patron.Count(), "the holds were combined into one message");
            var log = logs.Single(l => Int(l["HoldsCount"]) == patron.Count());
            history.Should().OnlyContain(n => Date(n["NoticeDate"]) >= Date(log["NotificationDateTime"])
                && Date(n["NoticeDate"]) <= Date(log["NotificationDateTime"]).AddSeconds(2));
        }
    }

    [Fact]
    public void Test2_delivery_strings_equal_the_registration()
    {
        var registration = Data["Polaris.Polaris.PatronRegistration"].ToDictionary(r => r["PatronID"]);
        var logs = Data["PolarisTransactions.Polaris.NotificationLogs"];
        logs.Should().NotBeEmpty();
        foreach (var log in logs)
        {
            var patron = registration[log["PatronID"]];
            var expected = log["DeliveryOptionID"] switch
            {
                "2" => patron["EmailAddress"],
                "3" or "8" => patron["PhoneVoice1"],
                _ => "",
            };
            log["DeliveryString"].Should().Be(expected, $"log {log["NotificationLogID"]} went to what patron {log["PatronID"]} registered");
            // Polaris sends reminders (type 7) by email wherever it has an address, whatever the preference.
            var reminderByEmail = log["NotificationTypeID"] == "7" && patron["EmailAddress"].Length > 0;
            log["DeliveryOptionID"].Should().Be(reminderByEmail ? "2" : patron["DeliveryOptionID"]);
        }
        logs.Select(l => l["DeliveryOptionID"]).Distinct().Should().BeEquivalentTo(["1", "2", "3", "8"]);
    }

    [Fact]
    public void Test3_hold_notices_follow_trapping_within_sixty_minutes()
    {
        var history = Data["Results.Polaris.NotificationHistory"].Where(n => n["NotificationTypeId"] == "2").ToList();
        var holds = Data["Polaris.Polaris.SysHoldRequests"];
        // The roster's 20 holds on the shelf and the five that U-Y's holds left earlier in the window.
        holds.Should().HaveCount(25);
        holds.Count(h => h["SysHoldStatusID"] == "6").Should().Be(20);
        foreach (var hold in holds)
        {
            var notice = history.Single(n => n["PatronId"] == hold["PatronID"] && n["ItemRecordId"] == hold["TrappingItemRecordID"]);
            var lag = Date(notice["NoticeDate"]) - Date(hold["HoldNotificationDate"]);
            lag.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMinutes(1)).And.BeLessThan(TimeSpan.FromMinutes(60));
        }
    }

    [Fact]
    public void Test4_every_key_resolves()
    {
        var patrons = Keys("Polaris.Polaris.Patrons", "PatronID");
        var items = Keys("Polaris.Polaris.CircReserveItemRecords_View", "ItemRecordID");
        var checks = new (string Table, string Column, HashSet<string> Keys)[]
        {
            ("Polaris.Polaris.PatronRegistration", "PatronID", patrons),
            ("Polaris.Polaris.SysHoldRequests", "PatronID", patrons),
            ("Polaris.Polaris.SysHoldRequests", "TrappingItemRecordID", items),
            ("Polaris.Polaris.SysHoldRequests", "SysHoldStatusID", Keys("Polaris.Polaris.SysHoldStatuses", "SysHoldStatusID")),
            ("Polaris.Polaris.SysHoldRequests", "DeliveryOptionID", Keys("Polaris.Polaris.DeliveryOptions", "DeliveryOptionID")),
            ("Results.Polaris.HoldNotices", "PatronID", patrons),
            ("Results.Polaris.HoldNotices", "ItemRecordID", items),
            ("Results.Polaris.HoldNotices", "PickupOrganizationID", Keys("Polaris.Polaris.Organizations", "OrganizationID")),
            ("Results.Polaris.NotificationQueue", "PatronID", patrons),
            ("Results.Polaris.NotificationQueue", "ItemRecordID", items),
            ("Results.Polaris.NotificationQueue", "NotificationTypeID", Keys("Polaris.Polaris.NotificationTypes", "NotificationTypeID")),
            ("Polaris.Polaris.ViewOverdueNoticesData", "PatronID", patrons),
            ("Polaris.Polaris.ViewOverdueNoticesData", "ItemRecordID", items),
            ("Polaris.Polaris.ViewOverdueNoticesData", "FineCodeID", Keys("Polaris.Polaris.FineCodes", "FineCodeID")),
            ("Results.Polaris.NotificationHistory", "PatronId", patrons),
            ("Results.Polaris.NotificationHistory", "ItemRecordId", items),
            ("Results.Polaris.NotificationHistory", "NotificationStatusId", Keys("Polaris.Polaris.NotificationStatuses", "NotificationStatusID")),
            ("PolarisTransactions.Polaris.NotificationLogs", "PatronID", patrons),
            ("PolarisTransactions.Polaris.NotificationLogs", "NotificationTypeID", Keys("Polaris.Polaris.NotificationTypes", "NotificationTypeID")),
            ("Polaris.Polaris.Patrons", "OrganizationID", Keys("Polaris.Polaris.Organizations", "OrganizationID")),
            ("Polaris.Polaris.Patrons", "RecordStatusID", Keys("Polaris.Polaris.RecordStatuses", "RecordStatusID")),
            ("Polaris.Polaris.CircReserveItemRecords_View", "ItemStatusID", Keys("Polaris.Polaris.ItemStatuses", "ItemStatusID")),
            ("Polaris.Polaris.CircReserveItemRecords_View", "MaterialTypeID", Keys("Results.Polaris.MaterialTypes", "MaterialTypeID")),
            ("Polaris.Polaris.CircReserveItemRecords_View", "ShelfLocationID", Keys("Polaris.Polaris.ShelfLocations", "ShelfLocationID")),
            ("Polaris.Polaris.CircReserveItemRecords_View", "LoanPeriodCodeID", Keys("Polaris.Polaris.LoanPeriodCodes", "LoanPeriodCodeID")),
            ("Polaris.Polaris.CircReserveItemRecords_View", "LastUsePatronID", patrons),
            ("Polaris.Polaris.CircReserveItemRecords_View", "AssociatedBibRecordID", Keys("Polaris.Polaris.BibliographicRecords", "BibliographicRecordID")),
            ("Polaris.Polaris.CircItemRecords", "ItemRecordID", items),
            ("Polaris.Polaris.CircItemRecords", "AssociatedBibRecordID", Keys("Polaris.Polaris.BibliographicRecords", "BibliographicRecordID")),
            ("Polaris.Polaris.CircItemRecords", "LastUsePatronID", patrons),
            ("Polaris.Polaris.Addresses", "PostalCodeID", Keys("Polaris.Polaris.PostalCodes", "PostalCodeID")),
            ("Polaris.Polaris.PatronAddresses", "PatronID", patrons),
            ("Polaris.Polaris.PatronAddresses", "AddressID", Keys("Polaris.Polaris.Addresses", "AddressID")),
            ("Polaris.Polaris.PatronAddresses", "AddressTypeID", Keys("Polaris.Polaris.AddressTypes", "AddressTypeID")),
            ("Polaris.Polaris.PatronAddresses", "AddressLabelID", Keys("Polaris.Polaris.AddressLabels", "AddressLabelID")),
            ("Polaris.Polaris.SysHoldHistory", "SysHoldRequestID", Keys("Polaris.Polaris.SysHoldRequests", "SysHoldRequestID")),
            ("Polaris.Polaris.SysHoldHistory", "SysHoldStatusID", Keys("Polaris.Polaris.SysHoldStatuses", "SysHoldStatusID")),
            ("Polaris.Polaris.SysHoldHistory", "ItemRecordID", items),
            ("Polaris.Polaris.SysHoldHistoryDaily", "SysHoldRequestID", Keys("Polaris.Polaris.SysHoldRequests", "SysHoldRequestID")),
            ("Polaris.Polaris.ItemCheckouts", "PatronID", patrons),
            ("Polaris.Polaris.ItemCheckouts", "ItemRecordID", items),
            ("Results.Polaris.OverdueNotices", "PatronID", patrons),
            ("Results.Polaris.OverdueNotices", "ItemRecordID", items),
            ("Results.Polaris.FineNotices", "PatronID", patrons),
            ("Results.Polaris.FineNoticesReport", "PatronID", patrons),
            ("Results.Polaris.FineNoticesReport", "ItemRecordID", items),
            ("Results.Polaris.FineNoticesReport", "PatronAddressID", Keys("Polaris.Polaris.Addresses", "AddressID")),
            ("Polaris.Polaris.PatronFineNotices", "PatronID", patrons),
            ("Results.Polaris.ManualBillNotices", "PatronID", patrons),
            ("Results.Polaris.ManualBillNotices", "ItemRecordID", items),
            ("Polaris.Polaris.ViewManualBillNoticesData", "PatronID", patrons),
            ("Polaris.Polaris.ViewManualBillNoticesData", "TxnID", Keys("Results.Polaris.ManualBillNotices", "TxnID")),
            ("Results.Polaris.CircReminders", "PatronID", patrons),
            ("Results.Polaris.CircReminders", "ItemRecordID", items),
            ("Results.Polaris.CircReminders", "DeliveryOptionID", Keys("Polaris.Polaris.DeliveryOptions", "DeliveryOptionID")),
            ("Results.Polaris.NotificationHistory", "NotificationTypeId", Keys("Polaris.Polaris.NotificationTypes", "NotificationTypeID")),
            ("Results.Polaris.NotificationHistory", "DeliveryOptionId", Keys("Polaris.Polaris.DeliveryOptions", "DeliveryOptionID")),
        };
        foreach (var (table, column, keys) in checks)
        {
            var orphans = Data[table].Select(r => r[column]).Where(v => v.Length > 0 && !keys.Contains(v)).ToList();
            orphans.Should().BeEmpty($"every {table}.{column} must exist where it points");
        }
    }

    [Fact]
    public void Each_log_counts_exactly_the_history_rows_of_its_batch()
    {
        var history = Data["Results.Polaris.NotificationHistory"].ToList();
        var claimed = 0;
        foreach (var log in Data["PolarisTransactions.Polaris.NotificationLogs"])
        {
            var sent = Date(log["NotificationDateTime"]);
            var batch = history.Where(n => n["PatronId"] == log["PatronID"]
                && Date(n["NoticeDate"]) >= sent && Date(n["NoticeDate"]) <= sent.AddSeconds(2)).ToList();
            int Count(string type) => batch.Count(n => n["NotificationTypeId"] == type);
            Int(log["HoldsCount"]).Should().Be(Count("2"));
            Int(log["OverduesCount"]).Should().Be(Count("1"));
            Int(log["Overdues2ndCount"]).Should().Be(Count("12"));
            Int(log["Overdues3rdCount"]).Should().Be(Count("13"));
            Int(log["BillsCount"]).Should().Be(Count("11"));
            Int(log["ManualBillCount"]).Should().Be(Count("20"));
            batch.Should().OnlyContain(n => n["NotificationStatusId"] == log["NotificationStatusID"]);
            claimed += batch.Count;
        }
        claimed.Should().Be(history.Count, "every notice belongs to exactly one log row");
    }

    [Fact]
    public void Every_activity_date_is_inside_the_thirty_day_window()
    {
        var today = GeneratedSet.Options.Today.ToDateTime(TimeOnly.MinValue);
        var (first, last) = (today.AddDays(-20), today.AddDays(11));
        var columns = new (string Table, string Column)[]
        {
            ("Results.Polaris.NotificationHistory", "NoticeDate"),
            ("PolarisTransactions.Polaris.NotificationLogs", "NotificationDateTime"),
            ("Polaris.Polaris.SysHoldRequests", "HoldNotificationDate"),
            ("Polaris.Polaris.SysHoldRequests", "CreationDate"),
            ("Polaris.Polaris.SysHoldRequests", "HoldTillDate"),
            ("Results.Polaris.HoldNotices", "HoldTillDate"),
            ("Results.Polaris.NotificationQueue", "CreationDate"),
            ("Polaris.Polaris.ViewOverdueNoticesData", "DueDate"),
            ("Results.Polaris.OverdueNotices", "DueDate"),
            ("Results.Polaris.CircReminders", "CreationDate"),
            ("Polaris.Polaris.PatronFineNotices", "FineNoticeDate"),
            ("Results.Polaris.ManualBillNotices", "TxnDate"),
        };
        foreach (var (table, column) in columns)
            Data[table].Select(r => Date(r[column])).Should().OnlyContain(d => d >= first && d < last, $"{table}.{column}");
    }

    [Fact]
    public void Notices_leave_in_hourly_batches_from_nine_to_five()
    {
        foreach (var notice in Data["Results.Polaris.NotificationHistory"])
        {
            var sent = Date(notice["NoticeDate"]);
            sent.Hour.Should().BeInRange(9, 17);
            (sent - sent.Date.AddHours(sent.Hour).AddMinutes(1)).Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThan(TimeSpan.FromMinutes(59));
        }
    }

    [Fact]
    public void Overdue_notices_follow_due_date_level_and_overnight_queue()
    {
        var today = GeneratedSet.Options.Today;
        var queue = Data["Results.Polaris.NotificationQueue"];
        var history = Data["Results.Polaris.NotificationHistory"];
        var overdues = Data["Polaris.Polaris.ViewOverdueNoticesData"];
        overdues.Should().HaveCount(27);
        foreach (var overdue in overdues)
        {
            var due = Date(overdue["DueDate"]);
            due.TimeOfDay.Should().Be(new TimeSpan(23, 59, 59));
            var daysOverdue = today.DayNumber - DateOnly.FromDateTime(due).DayNumber;
            daysOverdue.Should().BeInRange(1, 20);
            var levels = new[] { ("1", 1), ("12", 8), ("13", 15) }.Where(l => l.Item2 <= daysOverdue).ToList();
            overdue["OvdNoticeCount"].Should().Be(levels.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "every level reached was noticed");

            foreach (var (type, startDay) in levels)
            {
                var queued = queue.Single(q => q["PatronID"] == overdue["PatronID"] && q["ItemRecordID"] == overdue["ItemRecordID"] && q["NotificationTypeID"] == type);
                Date(queued["CreationDate"]).Should().Be(due.Date.AddDays(startDay).AddHours(2));
                var sent = Date(history.Single(n => n["ItemRecordId"] == overdue["ItemRecordID"] && n["NotificationTypeId"] == type)["NoticeDate"]);
                sent.Date.Should().Be(due.Date.AddDays(startDay));
                sent.Hour.Should().Be(10, "overdue notices leave in the 10:01 batch");
            }
        }
    }
}
