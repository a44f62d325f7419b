using System.Text.Json.Nodes;
using PolarisSampleData.Cli;
using PolarisSampleData.Domain;
using PolarisSampleData.Generation;
using PolarisSampleData.Scenarios;
using PolarisSampleData.Tests.Support;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Tests.Scenarios;

/// <summary>
/// A scenario file is the world a set is made from: the default one (the plan's) makes the default set
/// byte for byte, and a set made from another is judged against it by verify, through its manifest.
/// </summary>
public sealed class ScenarioFileTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("polaris-gen-scenario-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = PolarisCli.Run(args, stdout, stderr, () => new DateOnly(2025, 11, 24));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Path(string name) => System.IO.Path.Combine(_scratch, name);

    /// <summary>Generates the set at <c>set</c> from <paramref name="scenario"/> around 2025-11-24, failing with generate's error if it fails.</summary>
    private void GenerateSet(string scenario, int patrons)
    {
        var (exit, _, error) = Run("generate", "--out", Path("set"), "--quiet", "--patrons", patrons.ToString(System.Globalization.CultureInfo.InvariantCulture), "--today", "2025-11-24", "--scenario", scenario);
        exit.Should().Be(ExitCodes.Success, error);
    }

    /// <summary>The set's manifest without its scenario: verify then judges the set as the plan's world.</summary>
    private static void ForgetScenario(string folder)
    {
        var path = System.IO.Path.Combine(folder, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!;
        manifest["options"]!.AsObject().Remove("scenario");
        File.WriteAllText(path, manifest.ToJsonString());
    }

    [Fact]
    public void Init_writes_every_setting_under_a_comment_and_check_finds_it_the_plans_world()
    {
        Run("scenario", "init", Path("scenario.yaml")).Exit.Should().Be(ExitCodes.Success);
        var lines = File.ReadAllLines(Path("scenario.yaml"));
        var settings = lines.Select((line, i) => (line, i)).Where(l => l.line.Length > 0 && char.IsLetter(l.line[0])).ToList();
        settings.Select(s => s.line.Split(':')[0]).Should().Equal("window", "batchHours", "noticeSchedule", "shoutbombRuns", "voiceCalls", "emailProviders", "branches", "languages", "roster", "failingNumberBlocks");
        settings.Should().OnlyContain(s => lines[s.i - 1].StartsWith("# ", StringComparison.Ordinal), "every setting says what it does");

        var (exit, output, error) = Run("scenario", "check", Path("scenario.yaml"));
        exit.Should().Be(ExitCodes.Success, error);
        output.Should().Be($"{Path("scenario.yaml")}: a valid scenario, the plan's world\n");
        ScenarioFile.Parse(ScenarioFile.Render(ScenarioSettings.Default), "default").Should().Be(ScenarioSettings.Default);
        ScenarioFile.Parse("voiceCalls: { answered: 5.5e-1, answeringMachine: .25, busy: 0.09, noAnswer: 0.08, hangUp: 3e-2 }", "numbers")
            .Should().Be(ScenarioSettings.Default, "shares are YAML numbers, in any of the ways YAML writes them");
    }

    [Fact]
    public void The_default_scenario_makes_the_default_set_byte_for_byte()
    {
        Run("scenario", "init", Path("scenario.yaml"));
        Run("generate", "--out", Path("plain"), "--quiet").Exit.Should().Be(ExitCodes.Success);
        Run("generate", "--out", Path("from-file"), "--quiet", "--scenario", Path("scenario.yaml")).Exit.Should().Be(ExitCodes.Success);
        Folders.Snapshot(Path("from-file")).Should().Equal(Folders.Snapshot(Path("plain")));
    }

    [Fact]
    public void A_longer_window_spreads_the_history_over_it_and_verify_judges_dates_by_it()
    {
        File.WriteAllText(Path("window.yaml"), "window:\n  daysBack: 90\n  daysAhead: 21\n");
        GenerateSet(Path("window.yaml"), 100);

        var sent = File.ReadAllLines(Path("set/PolarisTransactions.Polaris.NotificationLogs.csv")).Skip(1).Select(l => DateOnly.Parse(l.Split('\t')[1][..10], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        sent.Min().Should().BeOnOrAfter(new DateOnly(2025, 8, 26)).And.BeBefore(new DateOnly(2025, 9, 10), "notices go back to the window's first day");
        Directory.GetFiles(Path("set/shoutbomb"), "voice_patrons_submitted_*.txt").Should().HaveCount(91, "a list a day, today included");
        var header = File.ReadLines(Path("set/Polaris.Polaris.ItemCheckouts.csv")).First().Split('\t').ToList();
        File.ReadAllLines(Path("set/Polaris.Polaris.ItemCheckouts.csv")).Skip(1).Max(l => DateOnly.Parse(l.Split('\t')[header.IndexOf("DueDate")][..10], System.Globalization.CultureInfo.InvariantCulture))
            .Should().BeAfter(new DateOnly(2025, 12, 4), "loans fall due up to 21 days ahead").And.BeOnOrBefore(new DateOnly(2025, 12, 15));
        Verifier.Verify(Path("set"), null).Passed.Should().BeTrue();

        // Judged by the plan's window instead, the older notices are outside it.
        ForgetScenario(Path("set"));
        var window = Verifier.Verify(Path("set"), null).Results.Single(r => r.Check.Name == "dates.window");
        window.Status.Should().Be(CheckStatus.Fail);
        window.First!.Text.Should().EndWith("is outside 2025-11-04 .. 2025-12-04");
    }

    [Fact]
    public void A_set_from_a_reserved_mail_domain_has_every_address_there_and_verify_judges_it_by_its_own_scenario()
    {
        File.WriteAllText(Path("reserved.yaml"), "# test sends go nowhere\nemailProviders:\n  - domain: example.com\n    share: 1\n");
        Run("scenario", "check", Path("reserved.yaml")).Output.Should().EndWith("differing from the plan's world in emailProviders\n");
        Run("generate", "--out", Path("set"), "--quiet", "--scenario", Path("reserved.yaml")).Exit.Should().Be(ExitCodes.Success);

        var emails = File.ReadAllLines(Path("set/Polaris.Polaris.PatronRegistration.csv")).SelectMany(l => l.Split('\t')).Where(f => f.Contains('@')).ToList();
        emails.Should().NotBeEmpty().And.OnlyContain(e => e.EndsWith("@example.com", StringComparison.Ordinal));
        var manifest = JsonNode.Parse(File.ReadAllText(Path("set/manifest.json")))!;
        manifest["options"]!["scenario"]!["emailProviders"]!.ToJsonString().Should().Be("""[{"domain":"example.com","share":1}]""");
        Verifier.Verify(Path("set"), null).Passed.Should().BeTrue();

        // The same set whose manifest no longer says where its addresses were meant to be.
        manifest["options"]!.AsObject().Remove("scenario");
        File.WriteAllText(Path("set/manifest.json"), manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        var formats = Verifier.Verify(Path("set"), null).Results.Single(r => r.Check.Name == "values.formats");
        formats.Status.Should().Be(CheckStatus.Fail);
        formats.First!.Text.Should().Contain("@example.com' is not first.last@ one of the scenario's email providers (gmail.com, yahoo.com");

        // Given the scenario file, verify judges by it again, and says so.
        var (exit, output, error) = Run("verify", Path("set"), "--scenario", Path("reserved.yaml"));
        exit.Should().Be(ExitCodes.Success, output + error);
        output.Split('\n')[0].Should().EndWith($"today 2025-11-24 (from manifest.json), the scenario in {Path("reserved.yaml")}");
    }

    public static TheoryData<string> Examples() => [.. Directory.GetFiles(System.IO.Path.Combine(Repository.Root, "samples", "scenarios"), "*.yaml")
        .Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).OfType<string>()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_scenario_is_valid_and_generates_a_set_that_verifies(string example)
    {
        var file = System.IO.Path.Combine(Repository.Root, "samples", "scenarios", example);
        Run("scenario", "check", file).Output.Should().Contain("a valid scenario");
        GenerateSet(file, 100);
        var report = Verifier.Verify(Path("set"), null);
        report.Results.Where(r => r.Status != CheckStatus.Pass).Should().BeEmpty();
        report.ScenarioSource.Should().Be("manifest.json");
    }

    [Fact]
    public void A_roster_sets_the_cast_block_by_block_and_verify_judges_the_mix_by_it()
    {
        // "Many patrons like D, none like A": the stories and deliveries the file names, in its counts, block after block.
        File.WriteAllText(Path("cast.yaml"), """
            roster:
              - { patron: D, count: 8 }
              - { patron: I, count: 4, delivery: text }
              - { patron: E, count: 2 }
              - { patron: S, count: 3 }
              - { patron: M, count: 1 }
              - { patron: U, count: 2, delivery: mail }
            """);
        Run("scenario", "check", Path("cast.yaml")).Output.Should().EndWith("differing from the plan's world in roster\n");
        GenerateSet(Path("cast.yaml"), 100);

        var world = WorldGenerator.Shards(new GenerationOptions(42, new DateOnly(2025, 11, 24), 100) { Scenario = ScenarioFile.Read(Path("cast.yaml")) })
            .SelectMany(w => w.Patrons).ToList();
        world.GroupBy(p => p.Scenario.Letter).ToDictionary(g => g.Key, g => g.Count())
            .Should().Equal(new Dictionary<string, int> { ["D"] = 40, ["I"] = 20, ["E"] = 10, ["S"] = 15, ["M"] = 5, ["U"] = 10 });
        world.Where(p => p.Scenario.Letter == "I").Should().OnlyContain(p => p.Delivery == DeliveryOption.Text);
        world.Where(p => p.Scenario.Letter == "U").Should().OnlyContain(p => p.Delivery == DeliveryOption.Mail);
        var eNumbers = world.Where(p => p.Scenario.Letter == "E").Select(p => p.Phone).ToHashSet();
        world.Where(p => p.Scenario.Letter == "S").Should().OnlyContain(p => eNumbers.Contains(p.Phone), "each S shares an E's phone, though there are more of them");
        Verifier.Verify(Path("set"), null).Results.Where(r => r.Status != CheckStatus.Pass).Should().BeEmpty();

        // Judged by the plan's roster instead, the mix is wrong.
        ForgetScenario(Path("set"));
        var mix = Verifier.Verify(Path("set"), null).Results.Single(r => r.Check.Name == "mix.delivery");
        mix.Status.Should().Be(CheckStatus.Fail);
        mix.First!.Text.Should().Be("40 email / 30 SMS / 20 voice / 10 mail of 100 patrons; the roster wants 60 / 20 / 12 / 8");
    }

    [Fact]
    public void Failing_number_blocks_set_how_often_the_failing_numbers_stories_are_told()
    {
        static int Disconnected(int blocks) => WorldGenerator.Shards(new GenerationOptions(42, new DateOnly(2025, 11, 24), 200)
                { Scenario = ScenarioSettings.Default with { FailingNumberBlocks = blocks } })
            .SelectMany(w => w.Patrons).Count(p => p.Scenario.PhoneDisconnected);
        Disconnected(4).Should().Be(2, "the plan tells M's story in one block of four: blocks 0 and 4 of eight");
        Disconnected(1).Should().Be(8, "one a block");
        ScenarioFile.Parse("failingNumberBlocks: 1\n", "every").FailingNumberBlocks.Should().Be(1);

        File.WriteAllText(Path("every.yaml"), "failingNumberBlocks: 1\n");
        GenerateSet(Path("every.yaml"), 100);
        Verifier.Verify(Path("set"), null).Results.Where(r => r.Status != CheckStatus.Pass).Should().BeEmpty();
    }

    [Theory]
    [InlineData("roster: [{ patron: A, count: 3 }]\n")]
    [InlineData("roster: [{ patron: U, count: 1 }, { patron: W, count: 1 }]\n")]
    [InlineData("roster: [{ patron: D, count: 20 }, { patron: I, count: 5, delivery: voice }]\n")]
    [InlineData("roster: [{ patron: B, count: 2 }, { patron: H, count: 2 }, { patron: L, count: 1 }, { patron: O, count: 3 }, { patron: M, count: 2 }]\n")]
    public void A_cast_of_a_few_stories_generates_a_set_that_verifies(string roster)
    {
        // The catalogue grows with what the cast borrows (seven overdues each, twenty patrons on one topic), and the plan's
        // scenario checks ask only for what the cast tells.
        File.WriteAllText(Path("cast.yaml"), roster);
        GenerateSet(Path("cast.yaml"), 60);
        var report = Verifier.Verify(Path("set"), null);
        report.Results.Where(r => r.Status != CheckStatus.Pass).Select(r => $"{r.Check.Name}: {r.First?.Text}").Should().BeEmpty();
    }

    [Fact]
    public void The_busy_library_sends_50_to_300_phone_hold_notices_a_day_more_of_them_by_voice()
    {
        // Its comment's promise, at the size it names: every day with phone hold notices has 50 to 300 of them.
        var scenario = ScenarioFile.Read(System.IO.Path.Combine(Repository.Root, "samples", "scenarios", "busy-library.yaml"));
        var worlds = WorldGenerator.Shards(new GenerationOptions(42, new DateOnly(2025, 11, 24), 2000) { Scenario = scenario }).ToList();
        var perDay = worlds.SelectMany(w => w.Holds).Where(h => h.Patron.Delivery.IsPhone() && h.Ending is null)
            .GroupBy(h => h.HoldNotificationDate.Date).Select(g => g.Count()).ToList();
        perDay.Should().HaveCountGreaterThanOrEqualTo(scenario.NoticeSchedule.HoldShelfDays).And.OnlyContain(count => count >= 50 && count <= 300);
        var patrons = worlds.SelectMany(w => w.Patrons).ToList();
        patrons.Count(p => p.Delivery == DeliveryOption.Voice).Should().BeGreaterThan(2 * patrons.Count(p => p.Delivery == DeliveryOption.Text));
    }

    [Fact]
    public void Patrons_register_and_pick_up_at_their_branch_which_reports_their_notices_and_the_set_verifies()
    {
        var file = System.IO.Path.Combine(Repository.Root, "samples", "scenarios", "multi-branch-bilingual.yaml");
        GenerateSet(file, 300);

        var patrons = WorldGenerator.Shards(new GenerationOptions(42, new DateOnly(2025, 11, 24), 300) { Scenario = ScenarioFile.Read(file) })
            .SelectMany(w => w.Patrons.Select(p => (Shard: w.Start.Shard, Patron: p))).ToList();
        patrons.GroupBy(p => (p.Shard, p.Patron.Household)).Should().OnlyContain(h => h.Select(p => p.Patron.Branch).Distinct().Count() == 1, "a household uses one branch");

        var branchOf = LoadedTable.Read(Path("set/Polaris.Polaris.Patrons.csv")).Rows.ToDictionary(r => r["PatronID"], r => r["OrganizationID"]);
        branchOf.Values.GroupBy(b => b).ToDictionary(g => g.Key, g => g.Count()).Should().ContainKeys("3", "4", "5")
            .And.Subject["3"].Should().BeGreaterThan(branchOf.Count / 3, "the library's own branch has the largest share");
        LoadedTable.Read(Path("set/Polaris.Polaris.Organizations.csv")).Rows.Select(r => (r["OrganizationID"], r["ParentOrganizationID"], r["Abbreviation"]))
            .Should().Equal(("1", "", "DC"), ("2", "1", "DCP"), ("3", "2", "DCPL"), ("4", "2", "DCPLW"), ("5", "2", "DCPLH"));
        LoadedTable.Read(Path("set/Results.Polaris.HoldNotices.csv")).Rows.Should().OnlyContain(h => h["PickupOrganizationID"] == branchOf[h["PatronID"]]);
        LoadedTable.Read(Path("set/PolarisTransactions.Polaris.NotificationLogs.csv")).Rows.Should().OnlyContain(l => l["ReportingOrgID"] == branchOf[l["PatronID"]]);
        LoadedTable.Read(Path("set/Polaris.Polaris.CircItemRecords.csv")).Rows.Select(i => i["AssignedBranchID"]).Distinct().Order(StringComparer.Ordinal)
            .Should().Equal("3", "4", "5");
        var codes = new Dictionary<string, string> { ["3"] = "DCPL", ["4"] = "DCPLW", ["5"] = "DCPLH" };
        File.ReadAllLines(Path("set/shoutbomb/PhoneNotices.csv")).Select(l => l.Split("\",\"")).Should()
            .OnlyContain(f => f[15] == branchOf[f[19]] && f[10] == codes[f[15]]);
        Verifier.Verify(Path("set"), null).Results.Where(r => r.Status != CheckStatus.Pass).Should().BeEmpty();

        // Judged as the plan's one-branch library, the branches are not real Organizations rows.
        ForgetScenario(Path("set"));
        var reference = Verifier.Verify(Path("set"), null).Results.Single(r => r.Check.Name == "reference.rows");
        reference.Status.Should().Be(CheckStatus.Fail);
        reference.First!.Text.Should().Be("holds 5 rows, the real table 3");
    }

    [Theory]
    [InlineData("batchHours: { first: 7, last: 20 }\nshoutbombRuns: { overdue: \"07:30\" }\n", 7, 20)]
    [InlineData("batchHours: { first: 10, last: 22 }\n", 10, 22)]
    public void Batch_hours_set_when_notices_leave_and_verify_judges_them_by_the_scenario(string scenario, int first, int last)
    {
        File.WriteAllText(Path("batches.yaml"), scenario);
        GenerateSet(Path("batches.yaml"), 100);
        var hours = LoadedTable.Read(Path("set/Results.Polaris.NotificationHistory.csv")).Rows
            .Select(n => DateTime.Parse(n["NoticeDate"], System.Globalization.CultureInfo.InvariantCulture).Hour).ToList();
        hours.Min().Should().Be(first, "the night's reminders and bills open the day");
        hours.Max().Should().Be(last, "hold notices go out to the last batch");
        Verifier.Verify(Path("set"), null).Results.Where(r => r.Status != CheckStatus.Pass).Should().BeEmpty();
        JsonNode.Parse(File.ReadAllText(Path("set/manifest.json")))!["options"]!["scenario"]!["batchHours"]!.ToJsonString()
            .Should().Be($$"""{"first":{{first}},"last":{{last}}}""", "the manifest records the hours, not what follows from them");

        // Judged by the plan's 09 to 17, the notices outside them are caught.
        ForgetScenario(Path("set"));
        var batches = Verifier.Verify(Path("set"), null).Results.Single(r => r.Check.Name == "dates.hourly-batches");
        batches.Status.Should().Be(CheckStatus.Fail);
        batches.First!.Text.Should().EndWith("is outside the hourly batches 09:01 .. 17:59");
    }

    [Fact]
    public void Spanish_speaking_households_take_their_notices_in_spanish_and_the_set_verifies()
    {
        File.WriteAllText(Path("bilingual.yaml"), "languages:\n  - { language: english, share: 0.6 }\n  - { language: spanish, share: 0.4 }\n");
        GenerateSet(Path("bilingual.yaml"), 200);

        var patrons = WorldGenerator.Shards(new GenerationOptions(42, new DateOnly(2025, 11, 24), 200) { Scenario = ScenarioFile.Read(Path("bilingual.yaml")) })
            .SelectMany(w => w.Patrons.Select(p => (Shard: w.Start.Shard, Patron: p))).ToList();
        patrons.Count(p => p.Patron.Language == Language.Spanish).Should().BeInRange(50, 110, "about 40% of households speak Spanish");
        patrons.GroupBy(p => (p.Shard, p.Patron.Household)).Should().OnlyContain(h => h.Select(p => p.Patron.Language).Distinct().Count() == 1, "a household speaks one language");

        var registered = LoadedTable.Read(Path("set/Polaris.Polaris.PatronRegistration.csv")).Rows.ToDictionary(r => r["PatronID"], r => r["LanguageID"]);
        registered.Values.Distinct().Order(StringComparer.Ordinal).Should().Equal("1033", "3082");
        LoadedTable.Read(Path("set/PolarisTransactions.Polaris.NotificationLogs.csv")).Rows.Should().OnlyContain(l => l["LanguageID"] == registered[l["PatronID"]]);
        var phoneNotices = File.ReadAllLines(Path("set/shoutbomb/PhoneNotices.csv")).Select(l => l.Split("\",\"")).ToList();
        phoneNotices.Should().Contain(f => f[1] == "spa").And.OnlyContain(f => (f[1] == "spa") == (f[16] == "3082") && f[16] == registered[f[19]]);
        Verifier.Verify(Path("set"), null).Results.Where(r => r.Status != CheckStatus.Pass).Should().BeEmpty();

        // A Spanish patron's line in English is caught.
        var text = File.ReadAllText(Path("set/shoutbomb/PhoneNotices.csv"));
        var spanish = text.IndexOf("\"spa\"", StringComparison.Ordinal);
        File.WriteAllText(Path("set/shoutbomb/PhoneNotices.csv"), text[..spanish] + "\"eng\"" + text[(spanish + 5)..], new System.Text.UTF8Encoding(true));
        var check = Verifier.Verify(Path("set"), null).Results.Single(r => r.Check.Name == "shoutbomb.phone-notices");
        check.Status.Should().Be(CheckStatus.Fail);
        check.First!.Text.Should().Contain("language 'eng' '3082' is not the registration's LanguageID 3082 and its code");
    }

    [Fact]
    public void Call_outcome_shares_set_how_often_calls_to_working_numbers_fail()
    {
        static double FailedShare(ScenarioSettings scenario)
        {
            var calls = WorldGenerator.Shards(new GenerationOptions(42, new DateOnly(2025, 11, 24), 1000) { Scenario = scenario })
                .SelectMany(w => w.Logs).Where(l => l.Delivery == DeliveryOption.Voice && !l.Patron.Scenario.PhoneDisconnected).ToList();
            return calls.Count(l => l.Status.IsUndeliveredCall()) / (double)calls.Count;
        }
        var plan = FailedShare(ScenarioSettings.Default);
        var failing = FailedShare(ScenarioFile.Read(System.IO.Path.Combine(Repository.Root, "samples", "scenarios", "never-got-my-notice.yaml")));
        plan.Should().BeInRange(0.12, 0.28, "the plan's 20% of calls fail");
        failing.Should().BeInRange(0.40, 0.60, "the example fails half");
    }

    [Fact]
    public void A_notice_schedule_sets_the_shelf_period_the_overdue_levels_and_the_reminder_day_and_the_set_verifies()
    {
        File.WriteAllText(Path("schedule.yaml"), """
            window: { daysBack: 60, daysAhead: 21 }
            noticeSchedule:
              holdShelfDays: 14
              secondHoldNoticeDays: 5
              firstOverdueDays: 7
              secondOverdueDays: 21
              thirdOverdueDays: 35
              billDays: 42
              reminderDaysBeforeDue: 2
            """);
        var scenario = ScenarioFile.Read(Path("schedule.yaml"));
        var worlds = WorldGenerator.Shards(new GenerationOptions(42, new DateOnly(2025, 11, 24), 200) { Scenario = scenario }).ToList();
        var holds = worlds.SelectMany(w => w.Holds).ToList();
        holds.Should().OnlyContain(h => (h.HoldTillDate.Date - h.HoldNotificationDate.Date).Days == 14);
        holds.Where(h => h.SecondNotice is not null).Should().NotBeEmpty()
            .And.OnlyContain(h => (h.SecondNotice!.NoticeDate.Date - h.HoldNotificationDate.Date).Days == 5);
        var overdueDays = worlds.SelectMany(w => w.Overdues).SelectMany(o => o.Notices.Select(n => (n.Level, Days: (n.NoticeDate.Date - o.DueDate.Date).Days))).ToList();
        overdueDays.Select(n => n.Days).Distinct().Order().Should().Equal(7, 21, 35, 42);
        overdueDays.Where(n => n.Level == NotificationType.Bill).Should().OnlyContain(n => n.Days == 42);
        worlds.SelectMany(w => w.Reminders).Where(r => !r.AutoRenewal).Should().NotBeEmpty()
            .And.OnlyContain(r => (r.Loan.DueDate.Date - r.NoticeDate.Date).Days == 2);

        GenerateSet(Path("schedule.yaml"), 200);
        Verifier.Verify(Path("set"), null).Results.Where(r => r.Status != CheckStatus.Pass).Should().BeEmpty();
    }

    [Fact]
    public void Shoutbomb_runs_set_when_each_days_exports_run_and_the_set_verifies()
    {
        File.WriteAllText(Path("runs.yaml"), """
            shoutbombRuns:
              voicePatrons: "06:30"
              textPatrons: "06:45"
              renew: "07:15"
              overdue: "07:30"
              holds: ["07:35", "11:10", "15:20"]
            """);
        GenerateSet(Path("runs.yaml"), 100);
        Directory.GetFiles(Path("set/shoutbomb"), "*_submitted_2025-11-24_*.txt").Select(f => System.IO.Path.GetFileName(f)[..^7]).Order(StringComparer.Ordinal)
            .Should().Equal("holds_submitted_2025-11-24_07-35", "holds_submitted_2025-11-24_11-10", "holds_submitted_2025-11-24_15-20",
                "overdue_submitted_2025-11-24_07-30", "renew_submitted_2025-11-24_07-15", "text_patrons_submitted_2025-11-24_06-45", "voice_patrons_submitted_2025-11-24_06-30");
        Verifier.Verify(Path("set"), null).Results.Where(r => r.Status != CheckStatus.Pass).Should().BeEmpty();
    }

    [Fact]
    public void An_outcome_without_a_share_is_never_drawn_though_the_shares_fall_just_short_of_one()
    {
        var scenario = ScenarioFile.Parse("voiceCalls: { answered: 0.5991, answeringMachine: 0.1, busy: 0.1, noAnswer: 0.2, hangUp: 0 }\n", "short");
        WorldGenerator.Shards(new GenerationOptions(42, new DateOnly(2025, 11, 24), 4000) { Scenario = scenario })
            .SelectMany(w => w.Logs).Should().NotContain(l => l.Status == NotificationStatus.CallHangUp);
    }

    [Fact]
    public void The_schema_names_the_settings_the_file_has_with_the_bounds_check_applies()
    {
        var (exit, output, _) = Run("scenario", "schema");
        exit.Should().Be(ExitCodes.Success);
        var schema = JsonNode.Parse(output)!;
        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse("check refuses an unknown setting");
        var settings = ScenarioFile.Render(ScenarioSettings.Default).Split('\n').Where(l => l.Length > 0 && char.IsLetter(l[0])).Select(l => l.Split(':')[0]);
        schema["properties"]!.AsObject().Select(p => p.Key).Should().Equal(settings);

        var window = schema["properties"]!["window"]!["properties"]!;
        window["daysBack"]!["minimum"]!.GetValue<int>().Should().Be(ScenarioWindow.MinDaysBack);
        window["daysBack"]!["maximum"]!.GetValue<int>().Should().Be(ScenarioWindow.MaxDaysBack);
        window["daysAhead"]!["minimum"]!.GetValue<int>().Should().Be(ScenarioWindow.MinDaysAhead);
        window["daysAhead"]!["maximum"]!.GetValue<int>().Should().Be(ScenarioWindow.MaxDaysAhead);
        var domain = new System.Text.RegularExpressions.Regex(schema["properties"]!["emailProviders"]!["items"]!["properties"]!["domain"]!["pattern"]!.GetValue<string>());
        domain.IsMatch("example.com").Should().BeTrue();
        domain.IsMatch("Gmail").Should().BeFalse("check refuses it too");
    }
}
