using System.Text.Json;
using System.Text.RegularExpressions;
using PolarisSampleData.Cli;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Verification;

/// <summary>trace shows one patron's chain, found by ID or barcode; an unknown patron is exit 1 with the fix.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class TraceCommandTests(GeneratedSet set)
{
    private static (int Exit, string Out, string Error) Run(params string[] args) => VerifyCommandTests.Run(args);

    /// <summary>Patron D of the roster: three holds ready the same day, told in one email.</summary>
    private (string PatronId, string Barcode, string Email, List<string> Items) PatronWithThreeHolds()
    {
        var holds = set.Data["Results.Polaris.HoldNotices"].GroupBy(h => h["PatronID"]).First(g => g.Count() >= 3);
        var patron = set.Data["Polaris.Polaris.Patrons"].Single(p => p["PatronID"] == holds.Key);
        var registration = set.Data["Polaris.Polaris.PatronRegistration"].Single(r => r["PatronID"] == holds.Key);
        return (holds.Key, patron["Barcode"], registration["EmailAddress"], holds.Select(h => h["ItemRecordID"]).ToList());
    }

    [Fact]
    public void A_patron_trace_shows_registration_holds_queue_history_and_the_combined_log()
    {
        var (patronId, barcode, email, items) = PatronWithThreeHolds();
        var (exit, output, error) = Run("trace", set.Folder, "--patron", patronId);
        exit.Should().Be(ExitCodes.Success, error);
        output.Should().StartWith($"patron {patronId}, barcode {barcode}");
        output.Should().Contain($"deliveryString={email}").And.Contain("holds=3").And.Contain("delivery=\"Email Address\"");
        foreach (var stage in new[] { "registration", "hold requests", "hold notices", "checkouts", "overdues", "queue", "history", "logs" })
            output.Should().Contain($"\n{stage}\n");
        foreach (var item in items) output.Should().Contain($"item={item}");
        var stages = output.Split("\n\n");
        stages.Single(s => s.StartsWith("logs\n", StringComparison.Ordinal)).Should().Contain($"deliveryString={email}");
    }

    [Fact]
    public void A_phone_log_says_what_Shoutbomb_made_of_it_unreachable_off_the_list_reported_or_on_the_list()
    {
        var world = set.World;
        string LogsOf(Func<PolarisSampleData.Domain.Patron, bool> who)
        {
            var patron = world.Patrons.First(who);
            var (exit, output, error) = Run("trace", set.Folder, "--patron", patron.PatronId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            exit.Should().Be(ExitCodes.Success, error);
            return output.Split("\n\n").Single(s => s.StartsWith("logs\n", StringComparison.Ordinal));
        }

        // L's card lapsed, so L is off the text_patrons list: Polaris logs the text Sent, Shoutbomb never had it.
        LogsOf(p => p.Scenario.Letter == "L").Split('\n').Where(l => l.Contains("delivery=\"TXT Messaging\""))
            .Should().NotBeEmpty().And.OnlyContain(l => l.Contains("outcome=Sent") && l.Contains("shoutbomb=\"not on that day's text_patrons list: Shoutbomb could not reach the patron\""));
        // M's hold call failed and the next report says so, by file and line.
        LogsOf(p => p.Scenario.Letter == "M").Should().MatchRegex(@"notice=Hold .*outcome=""Call failed - Probable bad phone number"" shoutbomb=""reported not delivered: shoutbomb/reports/voice_not_delivered_\S+\.eml line \d+""");
        // H texted STOP in reply to the first text: that one arrived, every later one was reported opted out,
        // and today's, whose report comes tomorrow, is known undelivered from the earlier report.
        var h = LogsOf(p => p.Scenario.Letter == "H").Split('\n').Where(l => l.Contains("delivery=\"TXT Messaging\"")).ToList();
        h.Should().HaveCountGreaterThan(2);
        h[0].Should().EndWith("shoutbomb=\"on that day's text_patrons list\"");
        h.Skip(1).Where(l => !l.Contains($"{world.Today:yyyy-MM-dd} ")).Should().NotBeEmpty().And.OnlyContain(l =>
            Regex.IsMatch(l, @"shoutbomb=""not delivered, reported opted out: shoutbomb/reports/invalid_phone_numbers_\S+\.eml line \d+""$"));
        h.Where(l => l.Contains($"{world.Today:yyyy-MM-dd} ")).Should().OnlyContain(l =>
            l.Contains("shoutbomb=\"not delivered: the number was reported opted out before (shoutbomb/reports/invalid_phone_numbers_"));
        // An email log has nothing from Shoutbomb; an answered call was on the day's list.
        var i = LogsOf(p => p.Scenario.Letter == "I");
        i.Split('\n').Where(l => l.Contains("outcome=\"Call completed")).Should().NotBeEmpty().And.OnlyContain(l => l.EndsWith("shoutbomb=\"on that day's voice_patrons list\""));
        i.Split('\n').Where(l => l.Contains("delivery=\"Email Address\"")).Should().OnlyContain(l => !l.Contains("shoutbomb="));
    }

    [Fact]
    public void A_pick_up_notice_says_what_became_of_its_hold_picked_up_ended_or_still_on_the_shelf()
    {
        string HistoryOf(string letter)
        {
            var patron = set.World.Patrons.First(p => p.Scenario.Letter == letter);
            var (exit, output, error) = Run("trace", set.Folder, "--patron", patron.PatronId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            exit.Should().Be(ExitCodes.Success, error);
            return output.Split("\n\n").Single(s => s.StartsWith("history\n", StringComparison.Ordinal));
        }
        IEnumerable<string> HoldNotices(string letter) => HistoryOf(letter).Split('\n').Where(l => l.Contains(" type=2 ") || l.Contains(" type=18 "));

        // C picked its hold up: the request is gone, the checkout it became is the answer.
        var picked = set.World.Holds.Single(h => h.IsFilled);
        HoldNotices("C").Should().NotBeEmpty().And.OnlyContain(l =>
            l.EndsWith($"hold=\"picked up: checked out {picked.Ending!.At:yyyy-MM-dd HH:mm:ss.fff}\"", StringComparison.Ordinal));
        HoldNotices("U").Should().NotBeEmpty().And.OnlyContain(l => Regex.IsMatch(l, @"hold=""unclaimed 2025-11-\d\d 23:59:59\.000""$"));
        HoldNotices("V").Should().NotBeEmpty().And.OnlyContain(l => Regex.IsMatch(l, @"hold=""cancelled 2025-11-\d\d [\d:.]+""$"));
        HoldNotices("D").Should().HaveCount(6, "three first and three second notices").And.OnlyContain(l => l.EndsWith("hold=\"on the hold shelf\"", StringComparison.Ordinal));
        HistoryOf("A").Split('\n').Skip(1).Should().OnlyContain(l => !l.Contains(" hold="), "an overdue or reminder is about no hold");
    }

    [Fact]
    public void A_phone_patrons_trace_ends_with_the_shoutbomb_uploads_and_phone_notices_that_carried_them()
    {
        var voice = set.Data["Polaris.Polaris.PatronRegistration"].First(r => r["DeliveryOptionID"] == "3" && r["PhoneVoice1"].Length > 0);
        var barcode = set.Data["Polaris.Polaris.Patrons"].Single(p => p["PatronID"] == voice["PatronID"])["Barcode"];
        var (exit, output, error) = Run("trace", set.Folder, "--barcode", barcode);
        exit.Should().Be(ExitCodes.Success, error);
        var stages = output.Split("\n\n");
        stages.Single(s => s.StartsWith("shoutbomb uploads\n", StringComparison.Ordinal))
            .Should().Contain("kind=voice_patrons").And.Contain($"what={voice["PhoneVoice1"].Replace("-", "", StringComparison.Ordinal)}", "the lists carry the number without dashes");
        stages.Single(s => s.StartsWith("phone notices\n", StringComparison.Ordinal)).Should().Contain("media=V");
    }

    [Fact]
    public void A_barcode_finds_the_same_patron_and_json_carries_the_rows()
    {
        var (patronId, barcode, email, _) = PatronWithThreeHolds();
        var (exit, output, _) = Run("trace", set.Folder, "--barcode", barcode, "--format", "json");
        exit.Should().Be(ExitCodes.Success);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("patronId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(patronId);
        var logs = json.RootElement.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "logs");
        logs.GetProperty("rows").EnumerateArray().Should().Contain(r => r.GetProperty("holds").GetInt64() == 3 && r.GetProperty("deliveryString").GetString() == email);
    }

    [Theory]
    [InlineData("--patron", "999999", "no patron with PatronID 999999")]
    [InlineData("--barcode", "23307099999999", "no patron with barcode 23307099999999")]
    public void An_unknown_patron_exits_1_with_one_line(string option, string value, string message)
    {
        var (exit, output, error) = Run("trace", set.Folder, option, value);
        exit.Should().Be(ExitCodes.ChecksFailed);
        error.Should().StartWith("error: ").And.Contain(message).And.Contain("Fix:");
        error.TrimEnd().Split('\n').Should().ContainSingle();
        output.Should().BeEmpty();
    }

    [Theory]
    [InlineData]
    [InlineData("--patron", "100001", "--barcode", "23307010000018")]
    [InlineData("--patron", "abc")]
    public void Patron_options_that_do_not_name_one_patron_exit_2(params string[] options)
    {
        var (exit, _, error) = Run(["trace", set.Folder, .. options]);
        exit.Should().Be(ExitCodes.BadInput);
        error.Should().StartWith("error: ").And.Contain("Fix:");
    }

    [Fact]
    public void A_set_without_patrons_cannot_be_traced()
    {
        using var scratch = new ScratchSet(set.Folder);
        File.Delete(scratch.PathOf("Polaris.Patrons"));
        var (exit, _, error) = Run("trace", scratch.Folder, "--patron", "100001");
        exit.Should().Be(ExitCodes.BadInput);
        error.Should().Contain("Patrons.csv").And.Contain("Fix:");
    }

    [Fact]
    public void Control_characters_in_the_data_reach_the_terminal_as_escapes_and_json_keeps_them()
    {
        using var scratch = new ScratchSet(set.Folder);
        var last = scratch.Rows("Polaris.PatronRegistration").Single(r => r["PatronID"] == "100001")["NameLast"];
        scratch.Update("Polaris.PatronRegistration", r => r["PatronID"] == "100001", r => r["NameFirst"] = "\u001b[31mMan\\uel");
        var (exit, output, error) = Run("trace", scratch.Folder, "--patron", "100001");
        exit.Should().Be(ExitCodes.Success, error);
        output.Should().NotContain("\u001b").And.Contain($"name=\"\\x1b[31mMan\\\\uel {last}\"");

        var json = Run("trace", scratch.Folder, "--patron", "100001", "--format", "json");
        using var document = JsonDocument.Parse(json.Out);
        var registration = document.RootElement.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "registration");
        registration.GetProperty("rows")[0].GetProperty("name").GetString().Should().Be($"\u001b[31mMan\\uel {last}");
    }
}
