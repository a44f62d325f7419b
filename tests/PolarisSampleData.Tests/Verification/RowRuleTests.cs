using PolarisSampleData.Tests.Support;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Tests.Verification;

/// <summary>
/// The checks judged row by row as files are read mean what their SQL meant when the rows were
/// loaded and queried: values compare as SQLite stores them, dates read as its date functions read them.
/// </summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class RowRuleTests(GeneratedSet set)
{
    private static CheckResult Result(VerifyReport report, string check) => report.Results.Single(r => r.Check.Name == check);

    [Fact]
    public void Three_rows_sharing_a_key_are_one_problem_at_the_last_of_them()
    {
        using var scratch = new ScratchSet(set.Folder);
        scratch.Rewrite("Polaris.Addresses", rows => rows.SelectMany(row => Enumerable.Repeat(row, row.Index == 0 ? 3 : 1)));

        var keys = Result(Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today), "keys.unique");

        keys.Status.Should().Be(CheckStatus.Fail);
        keys.Count.Should().Be(1);
        keys.First!.Line.Should().Be(4);
        keys.First.Text.Should().Be("3 rows share the key AddressID");
    }

    [Fact]
    public void A_key_written_with_spaces_or_as_a_whole_real_is_the_same_number()
    {
        using var scratch = new ScratchSet(set.Folder);
        var patron = scratch.Rows("Polaris.Patrons")[0]["PatronID"];
        scratch.Update("Polaris.Patrons", p => p.Index == 0, p => p["PatronID"] = $" {patron}");
        scratch.Update("Polaris.PatronRegistration", r => r["PatronID"] == patron, r => r["PatronID"] = $"{patron}.0");
        scratch.Duplicate("Polaris.Addresses", a => a.Index == 0);
        scratch.Update("Polaris.Addresses", a => a.Index == 1, a => a["AddressID"] = $"{a["AddressID"]}e0");

        var report = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);

        Result(report, "plan.no-orphans").Status.Should().Be(CheckStatus.Pass, "SQLite stores ' 7' and '7.0' in an INTEGER column as 7");
        Result(report, "keys.unique").Count.Should().Be(1, "'5e0' is the address ID 5 written again");
        Result(report, "values.types").Status.Should().Be(CheckStatus.Fail, "the file is still not written as polaris-gen writes it");
    }

    [Fact]
    public void A_date_without_its_time_is_still_a_date_outside_the_window_and_the_batches()
    {
        using var scratch = new ScratchSet(set.Folder);
        scratch.Update("Results.NotificationHistory", n => n.Index == 0, n => n["NoticeDate"] = "2025-10-01");

        var report = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);

        Result(report, "dates.window").First!.Text.Should().Be("NoticeDate 2025-10-01 is outside 2025-11-04 .. 2025-12-04");
        Result(report, "dates.hourly-batches").Status.Should().Be(CheckStatus.Fail, "a date alone is midnight");
    }

    /// <summary>The walk reads patrons in two halves and NULL patrons apart: a notice that lost its patron is still seen, in no log.</summary>
    [Fact]
    public void A_notice_without_a_patron_is_in_no_log_and_its_log_counts_one_too_many()
    {
        using var scratch = new ScratchSet(set.Folder);
        // The last hold notice of the highest patron with one: in the second half, which the NULL range is not.
        var last = scratch.Rows("Results.NotificationHistory").Where(n => n["NotificationTypeId"] == "2").MaxBy(n => (n.Int("PatronId"), n.Index))!.Index;
        scratch.Update("Results.NotificationHistory", n => n.Index == last, n => n["PatronId"] = "");

        var report = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);

        var traced = Result(report, "flow.traceable");
        traced.Count.Should().Be(1);
        traced.First!.Text.Should().EndWith("is in 0 NotificationLogs rows of its patron, not one");
        Result(report, "flow.log-counts").Count.Should().Be(1);
    }

    [Fact]
    public void A_notice_without_a_time_is_reported_as_having_none()
    {
        using var scratch = new ScratchSet(set.Folder);
        var notice = scratch.Rows("Results.NotificationHistory").First(n => n["NotificationTypeId"] == "2");
        scratch.Update("Results.NotificationHistory", n => n.Index == notice.Index, n => n["NoticeDate"] = "");

        var traced = Result(Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today), "flow.traceable");

        traced.Count.Should().Be(1);
        traced.First!.Text.Should().Be($"notice with no NoticeDate (type 2, item {notice["ItemRecordId"]}) is in 0 NotificationLogs rows of its patron, not one");
    }

    /// <summary>The walk keeps a log's counts in a byte each; one past a byte's range is still compared exactly.</summary>
    [Theory]
    [InlineData(300, "Pass")]
    [InlineData(301, "Fail")]
    public void A_log_that_counts_hundreds_of_notices_is_judged_on_its_exact_count(int holdsCount, string expected)
    {
        using var scratch = new ScratchSet(set.Folder);
        var logs = scratch.Rows("PolarisTransactions.NotificationLogs");
        var (log, notice) = scratch.Rows("Results.NotificationHistory").Where(n => n["NotificationTypeId"] == "2")
            .Select(n => (Log: logs.FirstOrDefault(l => l["PatronID"] == n["PatronId"] && l["HoldsCount"] == "1"
                && n.Date("NoticeDate") >= l.Date("NotificationDateTime") && n.Date("NoticeDate") <= l.Date("NotificationDateTime").AddSeconds(2)), Notice: n))
            .First(x => x.Log is not null);
        scratch.Rewrite("Results.NotificationHistory", rows => rows.SelectMany(n => Enumerable.Repeat(n, n.Index == notice.Index ? 300 : 1)));
        scratch.Update("PolarisTransactions.NotificationLogs", l => l.Index == log!.Index, l => l["HoldsCount"] = $"{holdsCount}");

        var counts = Result(Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today), "flow.log-counts");

        counts.Status.ToString().Should().Be(expected);
        if (expected == "Fail") counts.First!.Text.Should().Contain("counts holds/overdues/2nd/3rd 301/").And.Contain("its notices are 300/");
    }

    [Fact]
    public void A_table_file_named_in_another_case_is_still_judged_as_that_table()
    {
        using var scratch = new ScratchSet(set.Folder);
        scratch.Duplicate("Polaris.Patrons", p => p.Index == 0);
        var path = scratch.PathOf("Polaris.Patrons");
        File.Move(path, Path.Combine(scratch.Folder, "Polaris.Polaris.patrons.csv"));

        var report = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);

        Result(report, "keys.unique").Status.Should().Be(CheckStatus.Fail);
        Result(report, "plan.no-orphans").Status.Should().Be(CheckStatus.Pass, "the patrons are there, in a file named in lower case");
    }
}
