using System.Globalization;
using PolarisSampleData.Tests.Support;
using static PolarisSampleData.Tests.Support.Values;

namespace PolarisSampleData.Tests.Shoutbomb;

/// <summary>
/// The Shoutbomb archive against the tables: today's files are re-derived here from the written tables
/// with the integration's own queries (written independently of the exporter), and every earlier phone
/// notice is walked to its submission line and its PhoneNotices line.
/// </summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class ShoutbombTests(GeneratedSet set)
{
    private static readonly DateOnly Today = GeneratedSet.Options.Today;
    private LoadedDataSet Data => set.Data;
    private ShoutbombArchive Archive => new(set.Folder);

    private static bool IsPhone(string deliveryOptionId) => deliveryOptionId is "3" or "8";

    private static string Day(string sqlDate) => sqlDate[..10];

    [Fact]
    public void A_line_is_its_fields_pipe_separated_with_NULL_for_a_missing_value()
    {
        PolarisSampleData.Shoutbomb.SqlcmdText.Line("Dune", "2025-11-24", "42").Should().Be("Dune|2025-11-24|42");
        PolarisSampleData.Shoutbomb.SqlcmdText.Line("Dune", null, "").Should().Be("Dune|NULL|", "sqlcmd prints NULL as the word, an empty string as nothing");
    }

    [Fact]
    public void A_line_longer_than_the_files_write_buffer_is_written_whole()
    {
        // 70,000 characters: more than the 64 KB an archive file buffers before it writes.
        var title = new string('x', 70_000);
        HoldLinesTitled(title).Should().NotBeEmpty().And.OnlyContain(fields => fields.Length == 7 && fields[0] == title);
    }

    [Fact]
    public void An_uploaded_title_has_a_pipe_as_a_dash_and_letters_outside_Windows_1252_as_question_marks()
    {
        HoldLinesTitled("Europe | Asia: Kraków, Łódź and Tōkyō").Should().NotBeEmpty()
            .And.OnlyContain(fields => fields.Length == 7 && fields[0] == "Europe - Asia: Kraków, ?ód? and T?ky?");
    }

    /// <summary>The holds lines of the set's world archived with every held title set to <paramref name="title"/>, as the importer splits them.</summary>
    private List<string[]> HoldLinesTitled(string title)
    {
        var world = set.World with
        {
            Holds = [.. set.World.Holds.Select(h => h with { Item = h.Item with { Title = h.Item.Title with { BrowseTitle = title } } })],
        };
        var folder = Directory.CreateTempSubdirectory("polaris-gen-archive-");
        try
        {
            using (var archive = new PolarisSampleData.Shoutbomb.ShoutbombArchive(folder.FullName))
            {
                archive.Append(world);
                archive.Finish();
            }
            return new ShoutbombArchive(folder.FullName).Submissions().Where(s => s.Kind == "holds").SelectMany(s => s.Lines).ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Todays_files_equal_the_integration_queries_over_the_tables()
    {
        var today = Archive.Submissions().Where(s => DateOnly.FromDateTime(s.UploadedAt) == Today).ToList();
        today.Select(s => s.Kind).Distinct().Should().Contain(["voice_patrons", "text_patrons", "renew", "holds"]);
        foreach (var (kind, at, lines) in today)
        {
            var (expected, orderKey) = Query(kind, at);
            lines.Select(orderKey).Should().BeInAscendingOrder(StringComparer.Ordinal, $"{kind} at {at} is ordered as its query orders");
            lines.Select(l => string.Join('|', l)).Should().BeEquivalentTo(expected.Select(l => string.Join('|', l)), $"{kind} at {at:HH:mm:ss}");
        }
    }

    /// <summary>The integration's queries, over the tables as they stood at the upload (queue rows created by then).</summary>
    private (IReadOnlyList<string[]> Lines, Func<string[], string> OrderKey) Query(string kind, DateTime at)
    {
        var patrons = Data["Polaris.Polaris.Patrons"].ToDictionary(p => p["PatronID"]);
        var registration = Data["Polaris.Polaris.PatronRegistration"].ToDictionary(r => r["PatronID"]);
        var items = Data["Polaris.Polaris.CircItemRecords"].ToDictionary(i => i["ItemRecordID"]);
        var bibs = Data["Polaris.Polaris.BibliographicRecords"].ToDictionary(b => b["BibliographicRecordID"]);
        var queue = Data["Results.Polaris.NotificationQueue"].Where(q => Date(q["CreationDate"]) <= at && IsPhone(q["DeliveryOptionID"])).ToList();
        var checkouts = Data["Polaris.Polaris.ItemCheckouts"];

        string[] ItemFields(IReadOnlyDictionary<string, string> checkout, string patronId)
        {
            var item = items[checkout["ItemRecordID"]];
            var bib = bibs[item["AssociatedBibRecordID"]];
            return [patronId, item["Barcode"], bib["BrowseTitle"], Day(checkout["DueDate"]), item["ItemRecordID"], "", "", "", "",
                checkout["Renewals"], bib["BibliographicRecordID"], item["RenewalLimit"], patrons[checkout["PatronID"]]["Barcode"]];
        }

        switch (kind)
        {
            case "holds":
                var holdNotices = Data["Results.Polaris.HoldNotices"];
                var requests = Data["Polaris.Polaris.SysHoldRequests"];
                return ((from q in queue
                         join h in holdNotices on (q["ItemRecordID"], q["PatronID"], q["NotificationTypeID"]) equals (h["ItemRecordID"], h["PatronID"], h["NotificationTypeID"])
                         where Date(h["HoldTillDate"]) > at
                         let request = requests.FirstOrDefault(r => r["PatronID"] == q["PatronID"] && r["TrappingItemRecordID"] == q["ItemRecordID"])
                         select new[] { h["BrowseTitle"], Day(q["CreationDate"]), request?["SysHoldRequestID"] ?? "NULL", q["PatronID"],
                             h["PickupOrganizationID"], Day(h["HoldTillDate"]), patrons[q["PatronID"]]["Barcode"] }).ToList(),
                    l => l[6]);
            case "overdue":
                return ((from q in queue
                         where q["NotificationTypeID"] is "1" or "7" or "8" or "11" or "12" or "13" && Date(q["CreationDate"]) > at.AddHours(-24)
                         join c in checkouts on (q["PatronID"], q["ItemRecordID"]) equals (c["PatronID"], c["ItemRecordID"])
                         select ItemFields(c, q["PatronID"])).ToList(),
                    l => Int(l[0]).ToString("D10", CultureInfo.InvariantCulture));
            case "renew":
                return ((from c in checkouts
                         let r = registration[c["PatronID"]]
                         where IsPhone(r["DeliveryOptionID"]) && Date(c["DueDate"]).Date == at.Date.AddDays(3)
                             && items[c["ItemRecordID"]]["MaterialTypeID"] != "12"
                         select ItemFields(c, r["PatronID"])).ToList(),
                    l => Int(l[0]).ToString("D10", CultureInfo.InvariantCulture));
            default:
                var option = kind == "voice_patrons" ? "3" : "8";
                return ((from r in registration.Values
                         where r["DeliveryOptionID"] == option && r["PhoneVoice1"].Length > 9 && Date(r["ExpirationDate"]) > at.AddMonths(-3)
                         select new[] { r["PhoneVoice1"].Replace("-", "", StringComparison.Ordinal), patrons[r["PatronID"]]["Barcode"] }).ToList(),
                    l => l[1]);
        }
    }

    [Fact]
    public void Every_phone_hold_and_overdue_log_row_has_its_submission_line_that_day_and_its_phone_notice()
    {
        var history = Data["Results.Polaris.NotificationHistory"];
        var patrons = Data["Polaris.Polaris.Patrons"].ToDictionary(p => p["PatronID"]);
        var items = Data["Polaris.Polaris.CircItemRecords"].ToDictionary(i => i["ItemRecordID"]);
        var requests = Data["Polaris.Polaris.SysHoldRequests"];
        var runs = Archive.PhoneNoticeRuns(Today);
        var walked = 0;
        foreach (var log in Data["PolarisTransactions.Polaris.NotificationLogs"].Where(l => IsPhone(l["DeliveryOptionID"])))
        {
            var type = log["NotificationTypeID"];
            if (type is not ("2" or "1" or "12" or "13")) continue;
            var sent = Date(log["NotificationDateTime"]);
            var day = DateOnly.FromDateTime(sent);
            var barcode = patrons[log["PatronID"]]["Barcode"];
            log["PatronBarcode"].Should().Be(barcode);
            var notices = history.Where(n => n["PatronId"] == log["PatronID"] && Date(n["NoticeDate"]) >= sent && Date(n["NoticeDate"]) <= sent.AddSeconds(2)).ToList();
            notices.Should().NotBeEmpty();
            foreach (var notice in notices)
            {
                var itemId = notice["ItemRecordId"];
                if (type == "2")
                {
                    var request = requests.Single(r => r["PatronID"] == log["PatronID"] && r["TrappingItemRecordID"] == itemId)["SysHoldRequestID"];
                    Archive.Submission("holds", day).Should().Contain(l => l[6] == barcode && l[2] == request, $"hold {request} was uploaded on {day}");
                }
                else
                {
                    Archive.Submission("overdue", day).Should().Contain(l => l[12] == barcode && l[1] == items[itemId]["Barcode"], $"overdue item {itemId} was uploaded on {day}");
                }
                // Polaris exports a notice with the first morning run after it was queued (none yet for today's later holds).
                var queued = Date(Data["Results.Polaris.NotificationQueue"].Single(q => q["PatronID"] == log["PatronID"]
                    && q["ItemRecordID"] == itemId && q["NotificationTypeID"] == notice["NotificationTypeId"])["CreationDate"]);
                var export = runs.FirstOrDefault(r => r.WrittenAt >= queued);
                if (export == default) continue;
                Archive.PhoneNotices(export.Day, Today).Should().ContainSingle(p => p[4] == barcode && p[20] == itemId && p[17] == notice["NotificationTypeId"],
                    $"the PhoneNotices export after {queued} lists item {itemId}");
                walked++;
            }
        }
        walked.Should().BeGreaterThan(10);
    }

    [Fact]
    public void Every_phone_notice_line_is_a_notice_queued_for_that_run_with_the_tables_values()
    {
        var queue = Data["Results.Polaris.NotificationQueue"];
        var runs = Archive.PhoneNoticeRuns(Today);
        var history = Data["Results.Polaris.NotificationHistory"];
        var registration = Data["Polaris.Polaris.PatronRegistration"].ToDictionary(r => r["PatronID"]);
        var patrons = Data["Polaris.Polaris.Patrons"].ToDictionary(p => p["PatronID"]);
        var items = Data["Polaris.Polaris.CircItemRecords"].ToDictionary(i => i["ItemRecordID"]);
        var lines = 0;
        for (var run = 0; run < runs.Count; run++)
        {
            var (day, writtenAt) = runs[run];
            var previous = run == 0 ? writtenAt.AddDays(-1) : runs[run - 1].WrittenAt;
            foreach (var line in Archive.PhoneNotices(day, Today))
            {
                line.Should().HaveCount(25);
                var patron = registration[line[19]];
                line[0].Should().Be(patron["DeliveryOptionID"] == "3" ? "V" : "T");
                line[4].Should().Be(patrons[line[19]]["Barcode"]);
                (line[6], line[7], line[8]).Should().Be((patron["NameFirst"], patron["NameLast"], patron["PhoneVoice1"]));
                line[17].Should().NotBe("7", "reminders reach phone patrons through the renew file");
                queue.Should().Contain(q => q["PatronID"] == line[19] && q["NotificationTypeID"] == line[17]
                    && Date(q["CreationDate"]) > previous && Date(q["CreationDate"]) <= writtenAt
                    && (q["ItemRecordID"].Length == 0 ? " " : q["ItemRecordID"]) == line[20], "each line is a notice the run picked up");
                history.Should().Contain(n => n["PatronId"] == line[19] && n["NotificationTypeId"] == line[17]
                    && (n["ItemRecordId"].Length == 0 ? " " : n["ItemRecordId"]) == line[20]);
                if (line[20] != " ")
                {
                    line[12].Should().Be(items[line[20]]["Barcode"]);
                    line[14].Should().Be(Data["Polaris.Polaris.BibliographicRecords"].Single(b => b["BibliographicRecordID"] == items[line[20]]["AssociatedBibRecordID"])["BrowseTitle"]);
                }
                line[3].Should().Be(line[17] switch { "12" => "2", "13" => "3", _ => "1" });
                lines++;
            }
        }
        lines.Should().BeGreaterThan(10);
    }

    [Fact]
    public void The_set_exercises_the_integrations_awkward_cases()
    {
        var registration = Data["Polaris.Polaris.PatronRegistration"].ToDictionary(r => r["PatronID"]);
        var patronsByBarcode = Data["Polaris.Polaris.Patrons"].ToDictionary(p => p["Barcode"], p => p["PatronID"]);

        var renew = Archive.Submission("renew", Today);
        renew.Select(l => registration[l[0]]["DeliveryOptionID"]).Should().Contain(["3", "8"], "an SMS and a voice patron each have a loan due in three days");

        var voice = Archive.Submission("voice_patrons", Today).Select(l => l[0]).ToHashSet();
        var text = Archive.Submission("text_patrons", Today).Select(l => l[0]).ToHashSet();
        voice.Intersect(text).Should().NotBeEmpty("one phone is shared by a voice and a text patron");

        var listed = Archive.Submission("text_patrons", Today).Concat(Archive.Submission("voice_patrons", Today)).Select(l => patronsByBarcode[l[1]]).ToHashSet();
        registration.Values.Where(r => IsPhone(r["DeliveryOptionID"]) && Date(r["ExpirationDate"]) < new DateTime(2025, 8, 24))
            .Should().NotBeEmpty().And.OnlyContain(r => !listed.Contains(r["PatronID"]), "lapsed registrations are left off the lists");

        Archive.Submissions().Where(s => s.Kind == "holds" && s.UploadedAt.Date == new DateTime(2025, 11, 24) && s.UploadedAt.Hour == 17)
            .SelectMany(s => s.Lines).Should().Contain(l => l[5] == "2025-11-24", "a hold held until today is still returned at 17:05");
    }

    [Fact]
    public void Files_use_the_integrations_encodings_and_line_ends()
    {
        var folder = Archive.Folder;
        var submissions = Directory.GetFiles(folder, "*_submitted_*.txt");
        submissions.Should().NotBeEmpty();
        foreach (var path in submissions)
        {
            var bytes = File.ReadAllBytes(path);
            bytes.Length.Should().BeGreaterThan(0, "only runs that returned rows leave a file");
            System.Text.Encoding.ASCII.GetString(bytes).Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n").And.NotContain("\r");
        }
        // An accented title is one Windows-1252 byte (é = 0xE9), not UTF-8's two.
        var accented = submissions.Select(File.ReadAllBytes).Where(b => b.Contains((byte)0xE9)).ToList();
        accented.Should().NotBeEmpty("some titles carry accents");
        accented.Should().OnlyContain(b => !b.Contains((byte)0xC3));

        var live = File.ReadAllBytes(Path.Combine(folder, "PhoneNotices.csv"));
        live.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, "PhoneNotices is UTF-8 with a BOM");
        Directory.GetFiles(folder, "PhoneNotices_*.txt").Should().HaveCount(20, "one archived export for each earlier day");
    }

    [Fact]
    public void The_manifest_lists_every_shoutbomb_file()
    {
        var manifest = PolarisSampleData.Output.Manifest.TryParse(File.ReadAllText(Path.Combine(set.Folder, "manifest.json")))!;
        manifest.Files.Where(f => f.Name.StartsWith("shoutbomb/", StringComparison.Ordinal)).Select(f => f.Name[10..])
            .Should().BeEquivalentTo(Directory.GetFiles(Archive.Folder, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Archive.Folder, path).Replace('\\', '/')));
    }
}
