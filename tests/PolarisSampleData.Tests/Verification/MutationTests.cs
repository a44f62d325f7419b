using System.Globalization;
using PolarisSampleData.Tests.Support;
using PolarisSampleData.Verification;
using PolarisSampleData.Verification.Checks;

namespace PolarisSampleData.Tests.Verification;

/// <summary>
/// For every check, one edit of a generated set that breaks exactly what the check guards: verify must
/// fail that check and no other (a warning check must warn, and nothing fail).
/// </summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class MutationTests(GeneratedSet set)
{
    private const string Patrons = "Polaris.Patrons";
    private const string Registration = "Polaris.PatronRegistration";
    private const string Items = "Polaris.CircReserveItemRecords_View";
    private const string HoldRequests = "Polaris.SysHoldRequests";
    private const string HoldNotices = "Results.HoldNotices";
    private const string Queue = "Results.NotificationQueue";
    private const string Overdues = "Polaris.ViewOverdueNoticesData";
    private const string History = "Results.NotificationHistory";
    private const string Logs = "PolarisTransactions.NotificationLogs";

    private static readonly string[] OverdueTypes = ["1", "12", "13"];

    private static readonly Dictionary<string, Action<ScratchSet>> Mutations = new()
    {
        ["files.present"] = s => File.Delete(s.PathOf("Polaris.StatisticalCodes")),
        ["files.readable"] = s => File.WriteAllText(Path.Combine(s.Folder, "manifest.json"), "{ \"tool\": \"polaris-gen\", "),
        ["files.unexpected"] = s => File.WriteAllText(Path.Combine(s.Folder, "notes.csv"), "note\nremember the milk\n"),
        ["files.unchanged"] = s => s.Update(History, n => n.Index == 0, n => n["Title"] += " (edited)"),
        ["files.encoding"] = s => File.WriteAllText(s.PathOf("Polaris.DeliveryOptions"),
            "\uFEFF" + File.ReadAllText(s.PathOf("Polaris.DeliveryOptions")).Replace("\n", "\r\n")),
        ["files.header"] = s => s.SwapColumns(Patrons, "YTDCircCount", "LifetimeCircCount"),
        ["rows.field-count"] = s => s.EditLines(Patrons, lines => [.. lines.Take(3), lines[3] + "\textra", .. lines.Skip(4)]),
        // An address is written twice, as two shards numbered from the same start would write their IDs.
        ["keys.unique"] = s => s.Duplicate("Polaris.Addresses", a => a.Index == 0),
        ["values.types"] = s => s.Update(Patrons, p => p.Index == 2, p => p["ClaimCount"] = "none"),
        // The barcode keeps its form but not its check digit, as a mistyped serial would.
        ["values.formats"] = s => s.Update(Items, i => i.Index == 5, i => i["Barcode"] = i["Barcode"][..^1] + (char)('0' + (i["Barcode"][^1] - '0' + 1) % 10)),
        ["reference.rows"] = s => s.Update("Polaris.DeliveryOptions", d => d["DeliveryOptionID"] == "2", d => d["DeliveryOption"] = "E-mail"),

        // Patron D loses one hold notice and the log counts what is left: the chain is consistent but incomplete.
        ["plan.multi-hold-patron"] = s =>
        {
            var holds = s.Rows(HoldNotices).GroupBy(h => h["PatronID"]).First(g => g.Count() >= 3 && g.Select(h => h["HoldTillDate"]).Distinct().Count() == 1);
            var item = holds.First()["ItemRecordID"];
            s.Delete(History, n => n["PatronId"] == holds.Key && n["ItemRecordId"] == item && n["NotificationTypeId"] == "2");
            s.Update(Logs, l => l["PatronID"] == holds.Key && l.Int("HoldsCount") == holds.Count(), l => l["HoldsCount"] = $"{holds.Count() - 1}");
        },
        ["plan.delivery-strings"] = s =>
        {
            var log = s.Rows(Logs).First(l => l["DeliveryOptionID"] == "2");
            s.Update(Logs, l => l.Index == log.Index, l => l["DeliveryString"] = "someone.else@gmail.com");
        },
        ["plan.hold-notice-timing"] = s => s.Update(HoldRequests, h => h.Index == 0, h => h["HoldNotificationDate"] = Shift(h.Date("HoldNotificationDate"), hours: -2)),
        // An email patron (in no Shoutbomb file) with one hold and no overdue loses the patron row.
        ["plan.no-orphans"] = s =>
        {
            var overdue = s.Rows(Overdues).Select(o => o["PatronID"]).ToHashSet();
            var email = s.Rows(Registration).Where(r => r["DeliveryOptionID"] == "2").Select(r => r["PatronID"]).ToHashSet();
            var single = s.Rows(HoldNotices).GroupBy(h => h["PatronID"]).First(g => g.Count() == 1 && !overdue.Contains(g.Key) && email.Contains(g.Key)).Key;
            s.Delete(Patrons, p => p["PatronID"] == single);
        },
        ["flow.traceable"] = s =>
        {
            var log = s.Rows(Logs).First(l => l["HoldsCount"] == "0");
            var newId = s.Rows(Logs).Max(l => l.Int("NotificationLogID")) + 1;
            s.Duplicate(Logs, l => l.Index == log.Index);
            s.Update(Logs, l => l.Index == log.Index + 1, l => l["NotificationLogID"] = $"{newId}");
        },
        ["flow.log-counts"] = s =>
        {
            var log = s.Rows(Logs).First(l => l["HoldsCount"] == "0");
            s.Update(Logs, l => l.Index == log.Index, l => l["OverduesCount"] = $"{l.Int("OverduesCount") + 1}");
        },
        ["flow.queued"] = s =>
        {
            var notice = s.Rows(History).First(n => OverdueTypes.Contains(n["NotificationTypeId"]));
            s.Delete(Queue, q => q["PatronID"] == notice["PatronId"] && q["ItemRecordID"] == notice["ItemRecordId"] && q["NotificationTypeID"] == notice["NotificationTypeId"]);
        },
        // Patron A (the most overdues, none the same day as five others) loses one overdue row: its queued notice has no source.
        ["flow.sourced"] = s =>
        {
            var most = s.Rows(Overdues).GroupBy(o => o["PatronID"]).MaxBy(g => g.Count())!.Key;
            var first = s.Rows(Overdues).First(o => o["PatronID"] == most);
            s.Delete(Overdues, o => o.Index == first.Index);
        },
        ["dates.window"] = s => s.Update(HoldRequests, h => h.Index == 0, h => h["CreationDate"] = "2023-01-02 10:00:00.000"),
        // A patron born a year after the card was issued.
        ["dates.in-order"] = s => s.Update(Registration, r => r.Index == 3, r => r["Birthdate"] = Shift(r.Date("RegistrationDate"), hours: 365 * 24)),
        // The second patron registered an hour before the first, as if IDs were dealt out of order.
        ["dates.identity-order"] = s =>
        {
            var first = s.Rows(Registration)[0].Date("RegistrationDate");
            s.Update(Registration, r => r.Index == 1, r => r["RegistrationDate"] = Shift(first, hours: -1));
        },
        // A notice that is alone in its log moves to 08:xx together with the log, so only the batch hour is wrong.
        ["dates.hourly-batches"] = s =>
        {
            var history = s.Rows(History);
            var (log, notice) = s.Rows(Logs)
                .Select(l => (Log: l, Covered: history.Where(n => n["PatronId"] == l["PatronID"] && Covers(l, n)).ToList()))
                .Where(c => c.Covered.Count == 1 && c.Covered[0]["NotificationTypeId"] != "2" && c.Log.Date("NotificationDateTime").Hour == 9)
                .Select(c => (c.Log, c.Covered[0]))
                .First();
            s.Update(History, n => n.Index == notice.Index, n => n["NoticeDate"] = Shift(n.Date("NoticeDate"), hours: -1));
            s.Update(Logs, l => l.Index == log.Index, l => l["NotificationDateTime"] = Shift(l.Date("NotificationDateTime"), hours: -1));
        },
        // An email patron turns into a mail patron everywhere the checks look, so only the mix is off.
        ["mix.delivery"] = s =>
        {
            var patron = s.Rows(Registration).First(r => r["DeliveryOptionID"] == "2")["PatronID"];
            s.Update(Registration, r => r["PatronID"] == patron, r => r["DeliveryOptionID"] = "1");
            s.Update(Logs, l => l["PatronID"] == patron && l["NotificationTypeID"] != "7", l => (l["DeliveryOptionID"], l["DeliveryString"]) = ("1", ""));
        },
        // Patron B's five overdues due the same day become four and one due the next day.
        ["mix.scenarios"] = s =>
        {
            var sameDay = s.Rows(Overdues).GroupBy(o => (o["PatronID"], o.Date("DueDate").Date)).First(g => g.Count() >= 5);
            var first = sameDay.First();
            s.Update(Overdues, o => o.Index == first.Index, o => o["DueDate"] = Shift(o.Date("DueDate"), hours: 24));
        },
        // An unclaimed request ends at noon of its last held day, not at its end.
        ["holds.lifecycle"] = s => s.Update(HoldRequests, h => h["SysHoldStatusID"] == "8",
            h => h["LastStatusTransitionDate"] = h["LastStatusTransitionDate"].Replace("23:59:59.000", "12:00:00.000")),
        // The bouncing address (roster O) takes one notice, as if it had worked that day.
        ["outcome.persistent"] = s =>
        {
            var log = s.Rows(Logs).First(l => l["NotificationStatusID"] is "13" or "14");
            s.Update(Logs, l => l.Index == log.Index, l => l["NotificationStatusID"] = "12");
        },
        // A holds upload saved with Unix line ends, as a careless copy would.
        ["shoutbomb.format"] = s =>
        {
            var path = Directory.GetFiles(Path.Combine(s.Folder, "shoutbomb"), "holds_submitted_*.txt").Order(StringComparer.Ordinal).First();
            File.WriteAllBytes(path, File.ReadAllBytes(path).Where(b => b != (byte)'\r').ToArray());
        },
        // Every overdue run is stamped as run at 23:59:59, after the notices it carried were logged (the manifest names the files so).
        ["shoutbomb.uploaded"] = s =>
        {
            var manifest = Path.Combine(s.Folder, "manifest.json");
            foreach (var path in Directory.GetFiles(Path.Combine(s.Folder, "shoutbomb"), "overdue_submitted_*.txt"))
            {
                var (name, late) = (Path.GetFileName(path), Path.GetFileName(path)[..^12] + "23-59-59.txt");
                File.Move(path, Path.Combine(Path.GetDirectoryName(path)!, late));
                File.WriteAllText(manifest, File.ReadAllText(manifest).Replace(name, late, StringComparison.Ordinal));
            }
        },
        // The second holds run of a day gives a hold another pickup branch: a run the day's later runs repeat.
        ["shoutbomb.uploads"] = s =>
        {
            var path = Directory.GetFiles(Path.Combine(s.Folder, "shoutbomb"), "holds_submitted_*.txt").Order(StringComparer.Ordinal).Skip(1).First();
            var lines = File.ReadAllText(path).Split("\r\n");
            var fields = lines[0].Split('|');
            fields[4] = "4";
            lines[0] = string.Join('|', fields);
            File.WriteAllText(path, string.Join("\r\n", lines));
        },
        // A reminder that went by email is recorded as a call.
        ["notices.reminder-channel"] = s => s.Update("Results.CircReminders", r => r["DeliveryOptionID"] == "2", r => r["DeliveryOptionID"] = "3"),
        // A PhoneNotices line calls the patron by another name.
        // A voice failure report names the patron by a shortened name, as a hand-edited copy might.
        ["shoutbomb.reports"] = s =>
        {
            var path = Directory.GetFiles(Path.Combine(s.Folder, "shoutbomb", "reports"), "voice_not_delivered_*.eml").Order(StringComparer.Ordinal).First();
            var text = File.ReadAllText(path);
            var body = text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4;
            var comma = text.IndexOf(", ", body, StringComparison.Ordinal);
            File.WriteAllText(path, text[..(comma + 3)] + text[text.IndexOf(' ', comma + 2)..]);
        },
        // A call error report's first attempt is dated a day early, as a report misfiled would be.
        ["shoutbomb.call-errors"] = s =>
        {
            var path = Directory.GetFiles(Path.Combine(s.Folder, "shoutbomb", "reports"), "call_errors_*.eml").Order(StringComparer.Ordinal).First();
            var day = DateTime.ParseExact(Path.GetFileName(path)[12..22], "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1);
            var text = File.ReadAllText(path);
            var at = text.IndexOf($":: {day:yyyy-MM-dd} ::", StringComparison.Ordinal);
            File.WriteAllText(path, text[..at] + $":: {day.AddDays(-1):yyyy-MM-dd} ::" + text[(at + 15)..]);
        },
        // An opted-out number's line is left out of a later report, as if the patron had registered again.
        ["shoutbomb.text-reports"] = s =>
        {
            var path = Directory.GetFiles(Path.Combine(s.Folder, "shoutbomb", "reports"), "invalid_phone_numbers_*.eml").Order(StringComparer.Ordinal).Last();
            var lines = File.ReadAllText(path).Split("\r\n").ToList();
            lines.RemoveAt(lines.FindIndex(l => l.EndsWith(":: SMS", StringComparison.Ordinal)));
            File.WriteAllText(path, string.Join("\r\n", lines));
        },
        // The manifest says the set was made for a longer window than its archive covers (from 11-02: no 1st, so no monthly report, comes into it).
        ["shoutbomb.days"] = s =>
        {
            var path = Path.Combine(s.Folder, "manifest.json");
            var manifest = PolarisSampleData.Output.Manifest.TryParse(File.ReadAllText(path))!;
            var longer = PolarisSampleData.Scenarios.ScenarioSettings.Default with { Window = new(22, 10) };
            File.WriteAllText(path, (manifest with { Options = manifest.Options with { Scenario = longer } }).ToJson());
        },
        // A monthly statistics report of October, a month the set holds no day of, as a mail saved from another export would be.
        ["shoutbomb.monthly-report"] = s => File.WriteAllText(Path.Combine(s.Folder, "shoutbomb", "reports", "monthly_statistics_2025-11-01_13-14-05.eml"),
            PolarisSampleData.Shoutbomb.ShoutbombMail.Eml("Shoutbomb Rpt October 2025", new DateTime(2025, 11, 1, 13, 14, 5), "<0@shoutbomb.example>",
                "Branch:: Daviess County Public Library\r\n")),
        ["shoutbomb.phone-notices"] = s =>
        {
            var path = Path.Combine(s.Folder, "shoutbomb", "PhoneNotices.csv");
            var lines = File.ReadAllText(path).Split("\r\n");
            var fields = lines[0].Split("\",\"");
            fields[6] = "Nobody";
            lines[0] = string.Join("\",\"", fields);
            File.WriteAllText(path, string.Join("\r\n", lines), new System.Text.UTF8Encoding(true));
        },
    };

    public static TheoryData<string> CheckNames => new(CheckList.All.Select(c => c.Name));

    [Fact]
    public void Every_check_has_a_mutation() => Mutations.Keys.Should().BeEquivalentTo(CheckList.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CheckNames))]
    public void A_mutation_trips_exactly_its_check(string name)
    {
        using var scratch = new ScratchSet(set.Folder);
        Mutations[name](scratch);

        var report = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);
        var text = new StringWriter();
        ReportWriter.Write(report, ReportFormat.Text, text);
        var failed = report.Results.Where(r => r.Status == CheckStatus.Fail).Select(r => r.Check.Name);
        if (CheckList.All.Single(c => c.Name == name).Severity == Severity.Fail)
        {
            failed.Should().Equal([name], text.ToString());
            report.Passed.Should().BeFalse();
        }
        else
        {
            failed.Should().BeEmpty(text.ToString());
            report.Results.Single(r => r.Check.Name == name).Status.Should().Be(CheckStatus.Warn, text.ToString());
        }
    }

    [Fact]
    public void A_reminder_logged_by_the_patrons_own_channel_instead_of_email_fails_plan_delivery_strings()
    {
        using var scratch = new ScratchSet(set.Folder);
        var emails = scratch.Rows(Registration).Where(r => r["EmailAddress"].Length > 0 && r["DeliveryOptionID"] == "8")
            .ToDictionary(r => r["PatronID"], r => r["PhoneVoice1"]);
        var log = scratch.Rows(Logs).First(l => l["NotificationTypeID"] == "7" && emails.ContainsKey(l["PatronID"]));
        scratch.Update(Logs, l => l.Index == log.Index, l => (l["DeliveryOptionID"], l["DeliveryString"]) = ("8", emails[l["PatronID"]]));

        var result = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today).Results.Single(r => r.Check.Name == "plan.delivery-strings");

        result.Status.Should().Be(CheckStatus.Fail);
        result.First!.Text.Should().Contain("a reminder (type 7) sent by delivery option 8, but reminders reach this patron by 2");
    }

    [Theory]
    [InlineData("Polaris.CircItemRecords", "FirstAvailableDate")]
    [InlineData("Polaris.BibliographicRecords", "CreationDate")]
    public void A_copy_or_title_dated_before_the_one_numbered_before_it_fails_dates_identity_order(string table, string date)
    {
        using var scratch = new ScratchSet(set.Folder);
        var (first, second) = (scratch.Rows(table)[3][date], scratch.Rows(table)[4][date]);
        first.Should().NotBe(second);
        scratch.Update(table, r => r.Index is 3 or 4, r => r[date] = r.Index == 3 ? second : first);

        var report = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);

        report.Results.Where(r => r.Status == CheckStatus.Fail).Select(r => r.Check.Name).Should().Equal("dates.identity-order");
        report.Results.Single(r => r.Check.Name == "dates.identity-order").First!.Text
            .Should().EndWith("1 such drops where the set's 1 shard(s) of patrons start over 0 time(s), so a later IDENTITY value came first");
    }

    [Fact]
    public void A_picked_up_holds_notice_without_the_checkout_it_became_fails_flow_sourced()
    {
        using var scratch = new ScratchSet(set.Folder);
        var requests = scratch.Rows(HoldRequests).Select(r => $"{r["PatronID"]} {r["TrappingItemRecordID"]}").ToHashSet();
        var notice = scratch.Rows(Queue).Should().ContainSingle(q => q["NotificationTypeID"] == "2" && !requests.Contains(q["PatronID"] + " " + q["ItemRecordID"]),
            "C's picked-up request is deleted, its notice stays").Subject;
        scratch.Update("Polaris.ItemCheckouts", c => c["PatronID"] == notice["PatronID"] && c["ItemRecordID"] == notice["ItemRecordID"],
            c => c["CheckOutDate"] = notice["CreationDate"]);

        var report = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);

        report.Results.Where(r => r.Status == CheckStatus.Fail).Select(r => r.Check.Name).Should().Equal("flow.sourced");
        report.Results.Single(r => r.Check.Name == "flow.sourced").First!.Text.Should().Contain("the copy was not checked out to the patron after it");
    }

    /// <summary>
    /// What verify loads is pruned to what its checks read; loading everything instead changes no result of
    /// any check, on the generated set or on any mutation. A check that reads a column, a row or an upload
    /// the pruning drops passes or counts differently here.
    /// </summary>
    [Theory]
    [MemberData(nameof(CheckNames))]
    [InlineData("(none)")]
    public void Pruning_what_verify_loads_changes_no_result(string name)
    {
        using var scratch = new ScratchSet(set.Folder);
        if (Mutations.TryGetValue(name, out var mutate)) mutate(scratch);

        var pruned = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);
        var whole = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today, progress: null, plan: null);

        Results(whole).Should().Equal(Results(pruned));

        static IEnumerable<string> Results(VerifyReport report) =>
            report.Results.Select(r => $"{r.Check.Name} {r.Status} {r.Count} {r.First}");
    }

    /// <summary>
    /// verify loads only what the checks declare: each check, loaded with only its own declarations, judges
    /// its mutation as it does with everything loaded, so a column, table or row it reads but leaves out fails here.
    /// </summary>
    /// <summary>Mutations for a query of a check that the check's own mutation leaves with nothing to find.</summary>
    private static readonly Dictionary<string, Action<ScratchSet>> MoreMutations = new()
    {
        ["flow.sourced"] = s =>
        {
            var hold = s.Rows(Queue).First(q => q["NotificationTypeID"] == "2");
            s.Delete(HoldNotices, h => h["PatronID"] == hold["PatronID"] && h["ItemRecordID"] == hold["ItemRecordID"]);
        },
    };

    public static TheoryData<string, bool> DeclarationCases
    {
        get
        {
            var cases = new TheoryData<string, bool>();
            foreach (var check in CheckList.All) cases.Add(check.Name, false);
            foreach (var name in MoreMutations.Keys) cases.Add(name, true);
            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(DeclarationCases))]
    public void Each_check_reads_only_what_it_declares(string name, bool more)
    {
        using var scratch = new ScratchSet(set.Folder);
        (more ? MoreMutations : Mutations)[name](scratch);
        var check = CheckList.All.Single(c => c.Name == name);

        var alone = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today, progress: null, plan: LoadPlan.For([check]));
        var whole = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today, progress: null, plan: null);

        Result(alone).Should().Be(Result(whole));

        string Result(VerifyReport report) => report.Results.Single(r => r.Check == check) is var r ? $"{r.Status} {r.Count} {r.First}" : "";
    }

    private static bool Covers(Row log, Row notice)
    {
        var sent = log.Date("NotificationDateTime");
        return notice.Date("NoticeDate") >= sent && notice.Date("NoticeDate") <= sent.AddSeconds(2);
    }

    private static string Shift(DateTime value, int hours) =>
        value.AddHours(hours).ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
