using PolarisSampleData.Tests.Support;
using static PolarisSampleData.Tests.Support.Values;

namespace PolarisSampleData.Tests.Tables;

/// <summary>The tables beyond the core flow: present, joined to the same patrons and items, and reconciling.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class AllTablesTests(GeneratedSet set)
{
    private LoadedDataSet Data => set.Data;

    [Theory]
    [InlineData("Polaris.Polaris.Addresses")]
    [InlineData("Polaris.Polaris.PatronAddresses")]
    [InlineData("Polaris.Polaris.BibliographicRecords")]
    [InlineData("Polaris.Polaris.CircItemRecords")]
    [InlineData("Polaris.Polaris.SysHoldHistory")]
    [InlineData("Polaris.Polaris.SysHoldHistoryDaily")]
    [InlineData("Polaris.Polaris.ItemCheckouts")]
    [InlineData("Results.Polaris.OverdueNotices")]
    [InlineData("Results.Polaris.FineNotices")]
    [InlineData("Results.Polaris.FineNoticesReport")]
    [InlineData("Polaris.Polaris.PatronFineNotices")]
    [InlineData("Results.Polaris.ManualBillNotices")]
    [InlineData("Polaris.Polaris.ViewManualBillNoticesData")]
    [InlineData("Results.Polaris.CircReminders")]
    public void Every_table_of_the_plan_is_written_with_rows(string table) => Data[table].Should().NotBeEmpty();

    [Fact]
    public void Households_share_addresses_and_every_patron_has_one_notice_address()
    {
        Data["Polaris.Polaris.Addresses"].Count.Should().BeInRange(15, 20);
        var patronAddresses = Data["Polaris.Polaris.PatronAddresses"];
        patronAddresses.Select(pa => pa["PatronID"]).Should().OnlyHaveUniqueItems().And.HaveCount(25);
        patronAddresses.Should().OnlyContain(pa => pa["AddressTypeID"] == "2");
        patronAddresses.GroupBy(pa => pa["AddressID"]).Should().Contain(g => g.Count() > 1, "some patrons share a household");
    }

    [Fact]
    public void Fines_add_up_across_report_notice_account_and_history()
    {
        var fines = Data["Results.Polaris.FineNotices"];
        fines.Count.Should().BeInRange(5, 10, "the plan has 5-10 patrons with fines");
        var report = Data["Results.Polaris.FineNoticesReport"];
        foreach (var fine in fines)
        {
            var total = Money(fine["TotalOutstandingCharges"]);
            (Money(fine["ItemRelatedCharges"]) + Money(fine["NonItemRelatedCharges"]) - Money(fine["Credit"])).Should().Be(total);
            var lines = report.Where(r => r["PatronID"] == fine["PatronID"]).ToList();
            lines.Sum(l => Money(l["Amount"])).Should().Be(total, "report lines sum to the amount owed");
            lines.Should().OnlyContain(l => Money(l["TotalAmountOwed"]) == total);
            Money(Data["Polaris.Polaris.PatronFineNotices"].Single(p => p["PatronID"] == fine["PatronID"])["Amount"]).Should().Be(total);
            Data["Results.Polaris.NotificationHistory"].Should().ContainSingle(n => n["PatronId"] == fine["PatronID"] && n["NotificationTypeId"] == "8"
                && Money(n["Amount"]) == total);
        }
    }

    [Fact]
    public void Each_account_owes_its_fines_manual_bills_and_billed_lost_items()
    {
        var billing = Data["Results.Polaris.OverdueNotices"].Where(o => o["BillingNotice"] == "1").ToList();
        billing.Should().NotBeEmpty();
        foreach (var patron in Data["Polaris.Polaris.Patrons"])
        {
            var id = patron["PatronID"];
            var owed = Data["Results.Polaris.FineNotices"].Where(f => f["PatronID"] == id).Sum(f => Money(f["TotalOutstandingCharges"]))
                + Data["Results.Polaris.ManualBillNotices"].Where(b => b["PatronID"] == id).Sum(b => Money(b["Amount"]))
                + billing.Where(o => o["PatronID"] == id).Sum(o => Money(o["ReplacementCost"]) + Money(o["ProcessingCharge"]));
            // Fines below the 0.50 minimum for a fine notice are owed, but no notice lists them.
            var finedWithoutNotice = Data["Results.Polaris.FineNotices"].All(f => f["PatronID"] != id);
            Money(patron["ChargesAmount"]).Should().BeInRange(owed, finedWithoutNotice ? owed + 0.49m : owed,
                $"patron {id} owes the fines, bills and lost items the notices charged");
        }
        foreach (var bill in billing)
            Data["Results.Polaris.NotificationHistory"].Single(n => n["ItemRecordId"] == bill["ItemRecordID"] && n["NotificationTypeId"] == "11")["Amount"]
                .Should().Be((Money(bill["ReplacementCost"]) + Money(bill["ProcessingCharge"])).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Manual_bills_are_noticed_and_logged()
    {
        var bills = Data["Results.Polaris.ManualBillNotices"];
        bills.Count.Should().BeInRange(1, 5);
        Data["Polaris.Polaris.ViewManualBillNoticesData"].Select(v => v["TxnID"]).Should().BeEquivalentTo(bills.Select(b => b["TxnID"]));
        foreach (var bill in bills)
            Data["Results.Polaris.NotificationHistory"].Should().ContainSingle(n => n["TxnId"] == bill["TxnID"] && n["NotificationTypeId"] == "20");
        Data["PolarisTransactions.Polaris.NotificationLogs"].Sum(l => Int(l["ManualBillCount"])).Should().Be(bills.Count);
    }

    [Fact]
    public void Reminders_are_many_go_by_email_and_text_and_reach_the_inactive_patrons_history()
    {
        var reminders = Data["Results.Polaris.CircReminders"];
        reminders.Count.Should().BeGreaterThanOrEqualTo(100);
        reminders.Should().OnlyContain(r => r["NotificationTypeID"] == "7");
        reminders.Select(r => r["DeliveryOptionID"]).Distinct().Should().BeEquivalentTo(["2", "8"], "reminders never go by voice or mail");
        var inactive = set.World.Patrons.Where(p => p.Scenario.Group == Domain.ScenarioGroup.NoCurrentActivity).Select(p => p.PatronId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        reminders.Should().Contain(r => inactive.Contains(r["PatronID"]));
        var history = Data["Results.Polaris.NotificationHistory"].Where(n => n["NotificationTypeId"] == "7").ToList();
        history.Should().HaveCount(reminders.Count, "every reminder is in the history too");
        foreach (var reminder in reminders)
        {
            var due = Date(reminder["DueDate"]);
            if (reminder["AutoRenewal"] == "0")
                Date(reminder["CreationDate"]).Date.Should().Be(due.Date.AddDays(-3), "almost-overdue reminders go three days ahead");
        }
    }

    [Fact]
    public void Items_name_a_pickup_branch_only_on_the_hold_shelf_and_carry_the_librarys_statistical_codes()
    {
        var items = Data["Polaris.Polaris.CircItemRecords"];
        var codes = Data["Polaris.Polaris.StatisticalCodes"].Select(c => c["StatisticalCodeID"]).ToHashSet();

        items.Should().OnlyContain(i => i["HoldPickupBranchID"] == (i["ItemStatusID"] == "4" ? "3" : ""));
        items.Should().Contain(i => i["ItemStatusID"] == "4");
        items.Select(i => i["StatisticalCodeID"]).Should().OnlyContain(c => codes.Contains(c));
        items.Select(i => i["StatisticalCodeID"]).Distinct().Should().HaveCount(5, "one code per collection");
    }

    [Fact]
    public void Checkouts_are_every_overdue_and_current_loan_and_item_tables_agree()
    {
        var checkouts = Data["Polaris.Polaris.ItemCheckouts"];
        var overdue = Data["Polaris.Polaris.ViewOverdueNoticesData"].Select(o => o["ItemRecordID"]).ToHashSet();
        overdue.Should().BeSubsetOf(checkouts.Select(c => c["ItemRecordID"]));
        checkouts.Where(c => !overdue.Contains(c["ItemRecordID"])).Should().OnlyContain(c => Date(c["DueDate"]) >= new DateTime(2025, 11, 24));

        var view = Data["Polaris.Polaris.CircReserveItemRecords_View"].ToDictionary(i => i["ItemRecordID"]);
        foreach (var item in Data["Polaris.Polaris.CircItemRecords"])
            foreach (var column in new[] { "Barcode", "AssociatedBibRecordID", "MaterialTypeID", "RenewalLimit", "ItemStatusID" })
                item[column].Should().Be(view[item["ItemRecordID"]][column], $"CircItemRecords.{column} agrees with the view");
        var billed = Data["Results.Polaris.OverdueNotices"].Where(o => o["BillingNotice"] == "1").Select(o => o["ItemRecordID"]).ToHashSet();
        billed.Should().NotBeEmpty();
        foreach (var checkout in checkouts)
            view[checkout["ItemRecordID"]]["ItemStatusID"].Should().Be(billed.Contains(checkout["ItemRecordID"]) ? "7" : "2",
                "a checked-out copy is Out, or Lost once billed");
        foreach (var patron in Data["Polaris.Polaris.Patrons"])
            patron["LostItemCount"].Should().Be(Data["Results.Polaris.OverdueNotices"].Count(o => o["PatronID"] == patron["PatronID"] && billed.Contains(o["ItemRecordID"])).ToString(),
                "LostItemCount counts the patron's billed items");
    }

    [Fact]
    public void Hold_history_walks_active_pending_held_up_to_the_notification_date_and_on_to_how_it_ended()
    {
        var transitions = Data["Polaris.Polaris.SysHoldHistory"].Concat(Data["Polaris.Polaris.SysHoldHistoryDaily"]).ToList();
        foreach (var hold in Data["Polaris.Polaris.SysHoldRequests"])
        {
            var path = transitions.Where(t => t["SysHoldRequestID"] == hold["SysHoldRequestID"])
                .OrderBy(t => Date(t["StatusTransitionDate"])).ToList();
            var status = hold["SysHoldStatusID"];
            path.Select(t => t["SysHoldStatusID"]).Should().Equal(status == "6" ? ["3", "4", "6"] : ["3", "4", "6", status]);
            Date(path[0]["StatusTransitionDate"]).Should().Be(Date(hold["CreationDate"]));
            Date(path[2]["StatusTransitionDate"]).Should().Be(Date(hold["HoldNotificationDate"]));
            Date(path[^1]["StatusTransitionDate"]).Should().Be(Date(hold["LastStatusTransitionDate"]));
        }
        Data["Polaris.Polaris.SysHoldRequests"].Select(h => h["SysHoldStatusID"]).Distinct().Should().BeEquivalentTo(["6", "8", "16"]);
        Data["Polaris.Polaris.SysHoldHistoryDaily"].Should().OnlyContain(t => Date(t["StatusTransitionDate"]).Date == new DateTime(2025, 11, 24));
    }

    [Fact]
    public void Billing_notices_carry_replacement_cost_and_processing_charge()
    {
        foreach (var notice in Data["Results.Polaris.OverdueNotices"])
        {
            var billing = notice["NotificationTypeID"] == "11";
            notice["BillingNotice"].Should().Be(billing ? "1" : "0");
            if (billing)
            {
                notice["ReplacementCost"].Should().Be(notice["Price"]);
                notice["ProcessingCharge"].Should().Be("5.00");
            }
            else
            {
                notice["ReplacementCost"].Should().BeEmpty();
            }
        }
    }

    private static decimal Money(string text) => text.Length == 0 ? 0m : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
