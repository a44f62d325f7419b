using System.Text.Json;
using PolarisSampleData.Cli;
using PolarisSampleData.Tests.Support;
using PolarisSampleData.Verification;
using PolarisSampleData.Verification.Checks;

namespace PolarisSampleData.Tests.Verification;

/// <summary>What a user of verify sees: the report, the exit codes, one-line errors, and no crash on broken files.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class VerifyCommandTests(GeneratedSet set)
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = PolarisCli.Run(args, stdout, stderr, () => new DateOnly(2025, 11, 24));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_generated_set_passes_every_check()
    {
        var (exit, output, error) = Run("verify", set.Folder);
        exit.Should().Be(ExitCodes.Success, output + error);
        error.Should().BeEmpty();
        output.Should().Contain("today 2025-11-24 (from manifest.json)").And.Contain($"{CheckList.All.Count} checks: {CheckList.All.Count} passed");
        foreach (var check in CheckList.All) output.Should().Contain(check.Name);
    }

    /// <summary>As CI runs it: the process's own stdout and stderr redirected, where a stray diagnostic line would land.</summary>
    [Fact]
    public async Task Redirected_verify_writes_its_report_and_nothing_else()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "polaris-gen.dll"), "verify", set.Folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(ExitCodes.Success, output + await error);
        (await error).Should().BeEmpty();
        output.Should().EndWith($"{CheckList.All.Count} checks: {CheckList.All.Count} passed, 0 warned, 0 failed, 0 skipped\n");
    }

    [Fact]
    public void Json_lists_every_check_with_its_result_and_sql()
    {
        var (exit, output, _) = Run("verify", set.Folder, "--format", "json");
        exit.Should().Be(ExitCodes.Success);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("result").GetString().Should().Be("pass");
        json.RootElement.GetProperty("today").GetString().Should().Be("2025-11-24");
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToList();
        checks.Select(c => c.GetProperty("name").GetString()).Should().Equal(CheckList.All.Select(c => c.Name));
        checks.Should().OnlyContain(c => c.GetProperty("result").GetString() == "pass" && c.GetProperty("count").GetInt64() == 0);
        // A check judged in SQL shows it; one judged as the files are read has none to show.
        checks.Should().OnlyContain(c => (c.GetProperty("sql").GetArrayLength() > 0) == (CheckList.All.Single(k => k.Name == c.GetProperty("name").GetString()).Rule == null));
    }

    [Fact]
    public void A_failing_check_exits_1_and_names_file_line_and_key()
    {
        using var scratch = new ScratchSet(set.Folder);
        var log = scratch.Rows("PolarisTransactions.NotificationLogs").First(l => l["DeliveryOptionID"] == "2");
        scratch.Update("PolarisTransactions.NotificationLogs", l => l.Index == log.Index, l => l["DeliveryString"] = "someone.else@gmail.com");

        var (exit, output, _) = Run("verify", scratch.Folder);
        exit.Should().Be(ExitCodes.ChecksFailed);
        output.Should().MatchRegex($@"plan\.delivery-strings\s+FAIL\s+1\s+PolarisTransactions\.Polaris\.NotificationLogs\.csv:{log.Index + 2} \(key {log["PatronID"]}\): DeliveryString 'someone\.else@gmail\.com'");
        output.Should().MatchRegex(@"files\.unchanged\s+WARN\s+1\s+PolarisTransactions\.Polaris\.NotificationLogs\.csv: edited");
    }

    [Fact]
    public void Today_comes_from_the_option_when_given()
    {
        var (exit, output, _) = Run("verify", set.Folder, "--today", "2026-03-01");
        exit.Should().Be(ExitCodes.ChecksFailed, "every activity date is now outside the window");
        output.Should().Contain("today 2026-03-01 (from --today)").And.MatchRegex(@"dates\.window\s+FAIL");
    }

    [Fact]
    public void A_hand_edit_of_the_manifest_that_changes_nothing_verify_reads_is_still_reported()
    {
        using var scratch = new ScratchSet(set.Folder);
        var manifest = Path.Combine(scratch.Folder, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"rows\": ", "\"rows\":", StringComparison.Ordinal));

        var (exit, output, _) = Run("verify", scratch.Folder);

        exit.Should().Be(ExitCodes.Success, "an edited file is a warning");
        output.Should().MatchRegex(@"files\.unchanged\s+WARN\s+1\s+manifest\.json: edited: it is not as generate writes its values");
    }

    [Fact]
    public void A_control_character_in_the_data_reaches_the_report_escaped()
    {
        using var scratch = new ScratchSet(set.Folder);
        var file = Path.Combine(scratch.Folder, "Results.Polaris.HoldNotices.csv");
        File.WriteAllText(file, "\u001b[31m" + File.ReadAllText(file));

        var (exit, output, _) = Run("verify", scratch.Folder);

        exit.Should().Be(ExitCodes.ChecksFailed);
        output.Should().NotContain("\u001b").And.Contain(@"\x1b[31m");
    }

    [Fact]
    public void A_set_that_cannot_be_read_exits_2_with_one_line()
    {
        using var scratch = new ScratchSet(set.Folder);
        var file = Path.Combine(scratch.Folder, "Polaris.Polaris.Patrons.csv");
        File.Delete(Path.Combine(scratch.Folder, "manifest.json"));

        foreach (var (args, message) in new (string[], string)[]
        {
            (["verify", Path.Combine(scratch.Folder, "nowhere")], "does not exist"),
            (["verify", file], "is a file"),
            (["verify", scratch.Folder], "--today"),
            (["verify", scratch.Folder, "--format", "xml"], "Fix:"),
            (["verify"], "Fix:"),
        })
        {
            var (exit, output, error) = Run(args);
            exit.Should().Be(ExitCodes.BadInput, string.Join(' ', args));
            error.Should().StartWith("error: ").And.Contain(message).And.Contain("Fix:");
            error.TrimEnd().Split('\n').Should().ContainSingle();
            output.Should().BeEmpty();
        }
    }

    [Fact]
    public void Without_a_manifest_the_set_is_checked_against_the_layout()
    {
        using var scratch = new ScratchSet(set.Folder);
        File.Delete(Path.Combine(scratch.Folder, "manifest.json"));
        var (exit, output, _) = Run("verify", scratch.Folder, "--today", "2025-11-24");
        exit.Should().Be(ExitCodes.Success, output);
        output.Should().MatchRegex(@"files\.unchanged\s+WARN\s+1\s+manifest\.json: missing");
    }

    [Fact]
    public void An_empty_folder_fails_presence_and_skips_what_it_cannot_check()
    {
        var empty = Directory.CreateTempSubdirectory("polaris-gen-empty-").FullName;
        try
        {
            var (exit, output, _) = Run("verify", empty, "--today", "2025-11-24");
            exit.Should().Be(ExitCodes.ChecksFailed);
            output.Should().MatchRegex($@"files\.present\s+FAIL\s+{Layouts.All.Count}\s").And.MatchRegex(@"plan\.no-orphans\s+SKIP");
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Theory]
    [InlineData("truncated", "rows.field-count")]
    [InlineData("binary", "files.header")]
    [InlineData("wrong delimiter", "files.header")]
    [InlineData("extra column", "files.header")]
    [InlineData("missing column", "files.header")]
    [InlineData("runaway line", "files.readable")]
    public void A_broken_file_fails_its_structure_checks_without_a_crash(string damage, string check)
    {
        using var scratch = new ScratchSet(set.Folder);
        var path = scratch.PathOf("Results.NotificationQueue");
        var text = File.ReadAllText(path);
        var lines = text.TrimEnd('\n').Split('\n');
        File.WriteAllText(path, damage switch
        {
            "truncated" => text[..(text.Length / 2)],
            "binary" => new string(Enumerable.Range(0, 5000).Select(i => (char)(i * 7919 % 256)).ToArray()),
            "wrong delimiter" => text.Replace('\t', ','),
            "extra column" => string.Join('\n', lines.Select(l => l + "\tx")) + "\n",
            "missing column" => string.Join('\n', lines.Select(l => l[..l.LastIndexOf('\t')])) + "\n",
            _ => text + "1\t" + new string('x', 2 << 20) + "\n",
        });

        var (exit, output, error) = Run("verify", scratch.Folder);
        exit.Should().Be(ExitCodes.ChecksFailed, output + error);
        output.Should().MatchRegex($@"{check.Replace(".", @"\.")}\s+FAIL");
    }

    /// <summary>
    /// verify keeps only the queue rows its checks read (<see cref="LoadPlan.Rows"/>), judging the type as
    /// SQLite holds it: a type written " 12" is 12, and its notice is still queued.
    /// </summary>
    [Fact]
    public void Verify_keeps_the_queue_rows_of_the_types_its_checks_read_as_SQLite_holds_the_type()
    {
        using var scratch = new ScratchSet(set.Folder);
        scratch.Update("Results.NotificationQueue", q => q["NotificationTypeID"] == "12", q => q["NotificationTypeID"] = " 12");
        var expected = scratch.Rows("Results.NotificationQueue").GroupBy(q => q["NotificationTypeID"].Trim())
            .Where(g => g.Key is "1" or "2" or "11" or "12" or "13").Select(g => $"{g.Key} {g.Count()}");

        using (var loaded = DataSetLoader.Load(DataSetFolder.Open(scratch.Folder), GeneratedSet.Options.Today, plan: LoadPlan.Verify))
            loaded.QueryTable("SELECT NotificationTypeID, count(*) FROM Results.NotificationQueue GROUP BY 1").Rows
                .Select(r => $"{r[0]} {r[1]}").Should().BeEquivalentTo(expected);
        var report = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);
        report.Results.Where(r => r.Check.Name.StartsWith("flow.", StringComparison.Ordinal)).Should().OnlyContain(r => r.Status == CheckStatus.Pass);
    }

    /// <summary>
    /// verify keeps no reminder (type 7) in NotificationHistory, which no SQL check reads, yet the walk of
    /// flow.traceable still judges every reminder: one moved half an hour from its log is in none.
    /// </summary>
    [Fact]
    public void Reminders_are_walked_though_verify_keeps_none_of_them()
    {
        using var scratch = new ScratchSet(set.Folder);
        var reminder = scratch.Rows("Results.NotificationHistory").First(n => n["NotificationTypeId"] == "7");
        scratch.Update("Results.NotificationHistory", n => n.Index == reminder.Index,
            n => n["NoticeDate"] = n.Date("NoticeDate").AddMinutes(30).ToString("yyyy-MM-dd HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture));

        using (var loaded = DataSetLoader.Load(DataSetFolder.Open(scratch.Folder), GeneratedSet.Options.Today, plan: LoadPlan.Verify))
            loaded.QueryTable("SELECT count(*) FROM Results.NotificationHistory WHERE NotificationTypeId = 7").Rows.Single()[0].Should().Be(0L);
        var report = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);
        var traced = report.Results.Single(r => r.Check.Name == "flow.traceable");
        traced.Status.Should().Be(CheckStatus.Fail);
        traced.Count.Should().Be(1);
        traced.First!.Line.Should().Be(reminder.Index + 2);
        traced.First.Text.Should().Contain("(type 7, item ").And.EndWith("is in 0 NotificationLogs rows of its patron, not one");
    }

    /// <summary>A NotificationHistory whose header cannot be read holds no notices, so every log that counts some is off.</summary>
    [Fact]
    public void Logs_are_walked_against_a_history_whose_header_cannot_be_read()
    {
        using var scratch = new ScratchSet(set.Folder);
        var path = scratch.PathOf("Results.NotificationHistory");
        File.WriteAllText(path, new string('x', 2 << 20) + "\n" + string.Join('\n', File.ReadAllLines(path).Skip(1)) + "\n");
        var counting = scratch.Rows("PolarisTransactions.NotificationLogs")
            .Count(l => new[] { "HoldsCount", "OverduesCount", "Overdues2ndCount", "Overdues3rdCount" }.Any(c => l[c] != "0"));

        var report = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);
        var counts = report.Results.Single(r => r.Check.Name == "flow.log-counts");
        counts.Status.Should().Be(CheckStatus.Fail);
        counts.Count.Should().Be(counting).And.BeGreaterThan(0);
    }
}
