using PolarisSampleData.Cli;
using PolarisSampleData.Output;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Cli;

/// <summary>What must be on disk after a bad input: never a half-written or clobbered folder.</summary>
public enum Afterwards
{
    /// <summary>The --out folder asked for does not exist, and every folder and file the case was given is as it was.</summary>
    NothingWrittenNothingChanged,
}

/// <summary>
/// One bad input a user can give: the command (with <c>{set}</c>, <c>{out}</c>, ... standing for the
/// case's folders), the exit code, a part of the one-line message, and what is on disk afterwards.
/// </summary>
public sealed record BadInput(string Command, int Exit, string Message, Afterwards After = Afterwards.NothingWrittenNothingChanged)
{
    public override string ToString() => Command;
}

/// <summary>
/// Every bad input found by trying polaris-gen as a new user and as a hostile tester would: each is one
/// line on stderr that names the problem and the fix, a documented exit code, no .NET type names, and
/// nothing written or changed.
/// </summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class BadInputTests : IDisposable
{
    private const string Fix = "Fix:";

    public static TheoryData<BadInput> Cases() =>
    [
        // Empty paths name no folder.
        new("generate --out ''", ExitCodes.BadInput, "--out is an empty path"),
        new("verify ''", ExitCodes.BadInput, "the data set folder is an empty path"),
        new("trace '' --patron 100001", ExitCodes.BadInput, "the data set folder is an empty path"),
        new("query '' 'SELECT 1'", ExitCodes.BadInput, "the data set folder is an empty path"),

        // --today only where every date a set writes fits SQL Server's datetime.
        new("generate --out {out} --today 9997-01-01", ExitCodes.BadInput, "--today must be a real date written yyyy-MM-dd from 1840-01-01 to 9996-12-31"),
        new("generate --out {out} --today 9998-12-31", ExitCodes.BadInput, "--today must be"),
        new("generate --out {out} --today 1753-01-01", ExitCodes.BadInput, "--today must be"),
        new("generate --out {out} --today 1839-12-31", ExitCodes.BadInput, "--today must be"),
        new("verify {set} --today 9998-12-31", ExitCodes.BadInput, "--today must be"),
        new("verify {far-future-manifest}", ExitCodes.BadInput, "9999-01-01, is outside 1840-01-01 to 9996-12-31"),

        // Values of the wrong kind say what was expected in the user's words.
        new("trace {set} --patron abc", ExitCodes.BadInput, "--patron must be a PatronID, a whole number (got 'abc')"),
        new("verify {set} --format xml", ExitCodes.BadInput, "--format must be one of text, json (got 'xml')"),
        new("trace {set} --patron 100001 --format xml", ExitCodes.BadInput, "--format must be one of text, json (got 'xml')"),
        new("generate --out {out} --format xml", ExitCodes.BadInput, "--format does not know 'xml'"),
        new("generate --out {out} --seed abc", ExitCodes.BadInput, "--seed must be a whole number"),
        new("generate --out {out} --today 2025-02-30", ExitCodes.BadInput, "--today must be a real date"),
        new("generate --out {out} --today 24/11/2025", ExitCodes.BadInput, "--today must be a real date"),
        new("generate --out {out} --today 0001-01-15", ExitCodes.BadInput, "--today must be a real date"),
        new("generate --out {out} --bogus 1", ExitCodes.BadInput, "Unrecognized"),
        new("generate --out {out} --patrons 0", ExitCodes.BadInput, "--patrons must be a whole number from 1 to"),
        new("generate --out {out} --patrons 24", ExitCodes.BadInput, "--patrons must be a whole number from 25"),
        new("generate --out {out} --patrons 22499976", ExitCodes.BadInput, "14-digit barcodes allow no more"),
        new("generate --out {out} --patrons many", ExitCodes.BadInput, "--patrons must be a whole number"),

        // Parameters cannot be given on the command line: every way SQLite spells one (the plan's Test 1 uses ?).
        new("query {set} 'SELECT * FROM Polaris.Polaris.Patrons WHERE PatronID = ?'", ExitCodes.BadInput,
            "query does not take parameters ('?' in the SQL). Fix: write the value into the SQL, e.g. WHERE PatronID = 100001"),
        new("query {set} 'SELECT * FROM Polaris.Polaris.Patrons WHERE PatronID = ?1'", ExitCodes.BadInput, "('?1' in the SQL)"),
        new("query {set} 'SELECT * FROM Polaris.Polaris.Patrons WHERE PatronID = @patron'", ExitCodes.BadInput, "('@patron' in the SQL)"),
        new("query {set} 'SELECT * FROM Polaris.Polaris.Patrons WHERE PatronID = :patron'", ExitCodes.BadInput, "(':patron' in the SQL)"),
        new("query {set} 'SELECT * FROM Polaris.Polaris.Patrons WHERE PatronID = $patron'", ExitCodes.BadInput, "('$patron' in the SQL)"),
        new("query {set} 'SELECT * FROM Polaris.Polaris.Patrons WHERE PatronID = ? AND Barcode = @b'", ExitCodes.BadInput, "('@b' in the SQL)"),
        new("query {set} --format xml 'SELECT 1'", ExitCodes.BadInput, "--format must be one of table, csv, json (got 'xml')"),

        // Output that cannot be written is the user's to fix, not a crash.
        new("verify {set} > /dev/full", ExitCodes.BadInput, "cannot write to standard output: No space left on device"),
        new("trace {set} --patron 100001 > /dev/full", ExitCodes.BadInput, "cannot write to standard output"),
        new("query {set} 'SELECT 1 AS n' > /dev/full", ExitCodes.BadInput, "cannot write to standard output"),

        // Folders generate must not write to, and sets verify cannot find.
        new("generate --out {file}", ExitCodes.BadInput, "is a file"),
        new("generate --out {set}", ExitCodes.BadInput, "already exists and is not empty"),
        new("generate --out {notes} --force", ExitCodes.BadInput, "holds no polaris-gen manifest"),
        new("generate --out {being-written} --force", ExitCodes.BadInput, "is being written by another polaris-gen generate"),
        new("generate --out {dangling-link}", ExitCodes.BadInput, "is a symbolic link to"),
        new("verify {out}", ExitCodes.BadInput, "does not exist"),
        new("verify {file}", ExitCodes.BadInput, "is a file"),

        // Scenario files are bad input like any other: the file, line and column, and the fix; nothing generated.
        new("generate --out {out} --scenario {scenarios}/unknown.yaml", ExitCodes.BadInput, "unknown.yaml:1:1: unknown setting 'emailProvider'. Fix: use one of window, batchHours, noticeSchedule, shoutbombRuns, voiceCalls, emailProviders, branches, languages, roster, failingNumberBlocks"),
        new("generate --out {out} --scenario {scenarios}/shares.yaml", ExitCodes.BadInput, "shares.yaml:2:3: the email providers' shares add up to 0.5, not 1"),
        new("generate --out {out} --scenario {scenarios}/negative.yaml", ExitCodes.BadInput, "negative.yaml:3:12: share '-0.5' is not a number above 0 and at most 1"),
        new("generate --out {out} --scenario {scenarios}/not-a-list.yaml", ExitCodes.BadInput, "not-a-list.yaml:1:17: emailProviders is not a list of providers"),
        new("generate --out {out} --scenario {scenarios}/not-a-domain.yaml", ExitCodes.BadInput, "not-a-domain.yaml:2:13: 'Gmail' is not a mail domain"),
        new("generate --out {out} --scenario {scenarios}/extra-key.yaml", ExitCodes.BadInput, "extra-key.yaml:4:5: unknown email provider setting 'weight'"),
        new("generate --out {out} --scenario {scenarios}/twice.yaml", ExitCodes.BadInput, "twice.yaml:3:1: Duplicate key emailProviders"),
        new("generate --out {out} --scenario {scenarios}/broken.yaml", ExitCodes.BadInput, "broken.yaml:2:1: "),
        new("generate --out {out} --scenario {scenarios}/missing.yaml", ExitCodes.BadInput, "does not exist. Fix: write one with 'polaris-gen scenario init"),
        new("generate --out {out} --scenario {scenarios}", ExitCodes.BadInput, "is a folder, not a file"),
        new("generate --out {out} --scenario /dev/zero", ExitCodes.BadInput, "is a character device, not a regular file"),
        new("generate --out {out} --scenario ''", ExitCodes.BadInput, "--scenario is an empty path"),
        new("generate --out {out} --scenario {scenarios}/short-window.yaml", ExitCodes.BadInput, "short-window.yaml:2:13: daysBack '10' is not a whole number of days from 20 to 365"),
        new("generate --out {out} --scenario {scenarios}/far-window.yaml", ExitCodes.BadInput, "far-window.yaml:1:36: daysAhead '91' is not a whole number of days from 10 to 90"),
        new("generate --out {out} --scenario {scenarios}/window-key.yaml", ExitCodes.BadInput, "window-key.yaml:1:11: unknown window setting 'days'"),
        new("generate --out {out} --scenario {scenarios}/calls-missing.yaml", ExitCodes.BadInput, "calls-missing.yaml:2:3: voiceCalls has no share for hangUp"),
        new("generate --out {out} --scenario {scenarios}/calls-sum.yaml", ExitCodes.BadInput, "calls-sum.yaml:1:13: the call outcomes' shares add up to 1.5, not 1"),
        new("generate --out {out} --scenario {scenarios}/calls-key.yaml", ExitCodes.BadInput, "calls-key.yaml:1:15: unknown call outcome 'ringing'"),
        new("generate --out {out} --scenario {scenarios}/late-overdue.yaml", ExitCodes.BadInput, "late-overdue.yaml:1:16: the overdue run at 10:30 is not between the night's notice processing (02:00) and the overdue notices' batch (10:01)"),
        new("generate --out {out} --scenario {scenarios}/morning-holds.yaml", ExitCodes.BadInput, "morning-holds.yaml:1:16: no holds run comes in the first half hour of a hold batch"),
        new("generate --out {out} --scenario {scenarios}/bad-time.yaml", ExitCodes.BadInput, "bad-time.yaml:1:25: renew time '25:00' is not HH:mm"),
        new("generate --out {out} --scenario {scenarios}/quoted.yaml", ExitCodes.BadInput, "quoted.yaml:1:21: daysBack '30' is not a whole number of days from 20 to 365 (it is in quotes, so it is text)"),
        new("generate --out {out} --scenario {scenarios}/deep.yaml", ExitCodes.BadInput, "deep.yaml:1:16: settings nested more than 8 deep"),
        new("generate --out {out} --scenario {scenarios}/alias.yaml", ExitCodes.BadInput, "alias.yaml:1:9: an anchor (&name)"),
        new("generate --out {out} --scenario {scenarios}/tagged.yaml", ExitCodes.BadInput, "tagged.yaml:1:24: a tag (tag:yaml.org,2002:str)"),
        new("generate --out {out} --scenario {scenarios}/long-domain.yaml", ExitCodes.BadInput, "is not a mail domain of at most 24 characters"),
        new("generate --out {out} --scenario {scenarios}/shelf.yaml", ExitCodes.BadInput, "shelf.yaml:1:17: holdShelfDays 15 is not from 3 to 10. Fix: keep the shelf period inside the window"),
        new("generate --out {out} --scenario {scenarios}/overdue-order.yaml", ExitCodes.BadInput, "the overdue days 1, 8, 15, 12 are not in order"),
        new("generate --out {out} --scenario {scenarios}/empty-roster.yaml", ExitCodes.BadInput, "empty-roster.yaml:1:9: the roster has no patrons (every count is 0). Fix: give at least one patron a count above 0"),
        new("generate --out {out} --scenario {scenarios}/unknown-patron.yaml", ExitCodes.BadInput, "unknown-patron.yaml:1:20: patron 'Z' is not one of the plan's A to Y"),
        new("generate --out {out} --scenario {scenarios}/patron-twice.yaml", ExitCodes.BadInput, "patron-twice.yaml:1:35: patron D is listed twice"),
        new("generate --out {out} --scenario {scenarios}/negative-count.yaml", ExitCodes.BadInput, "negative-count.yaml:1:30: count '-2' is not a whole number from 0 to 10000"),
        new("generate --out {out} --scenario {scenarios}/story-delivery.yaml", ExitCodes.BadInput, "story-delivery.yaml:1:43: patron M (1 hold, number disconnected) cannot prefer delivery 'email'. Fix: give M delivery voice"),
        new("generate --out {out} --scenario {scenarios}/lonely-sharer.yaml", ExitCodes.BadInput, "lonely-sharer.yaml:1:9: patron S shares patron E's phone, who is not in the roster. Fix: give E a count too, or S count 0"),
        new("generate --out {out} --scenario {scenarios}/roster-delivery.yaml", ExitCodes.BadInput, "roster-delivery.yaml:1:43: patron D (3 holds ready the same day on one topic) cannot prefer delivery 'fax'. Fix: use one of email, text, voice, mail"),
        new("generate --out {out} --scenario {scenarios}/small-roster.yaml --patrons 25", ExitCodes.BadInput, "--patrons must be a whole number from 30 (the scenario's roster) to "),
        new("generate --out {out} --scenario {scenarios}/unknown-language.yaml", ExitCodes.BadInput, "unknown-language.yaml:1:25: language 'french' is not one polaris-gen knows. Fix: use one of english, spanish"),
        new("generate --out {out} --scenario {scenarios}/language-shares.yaml", ExitCodes.BadInput, "language-shares.yaml:1:12: the languages' shares add up to 0.9, not 1"),
        new("generate --out {out} --scenario {scenarios}/first-branch.yaml", ExitCodes.BadInput, "first-branch.yaml:1:12: the first branch is not the library's own (Daviess County Public Library, DCPL)"),
        new("generate --out {out} --scenario {scenarios}/branch-code.yaml", ExitCodes.BadInput, "branch-code.yaml:1:114: abbreviation 'hq 1' is not 2 to 15 capital letters and digits"),
        new("generate --out {out} --scenario {scenarios}/branch-twice.yaml", ExitCodes.BadInput, "branch-twice.yaml:1:85: branch North (DCPL) has the name or abbreviation of another"),
        // A line feed at the end of a value is not part of a name: it would break every CSV line that carries it.
        new("generate --out {out} --scenario {scenarios}/branch-line-feed.yaml", ExitCodes.BadInput, "branch-line-feed.yaml:1:93: branch name 'North\\n' is not 1 to 50 letters"),
        new("generate --out {out} --scenario {scenarios}/domain-line-feed.yaml", ExitCodes.BadInput, "domain-line-feed.yaml:2:13: 'example.com\\n' is not a mail domain"),
        new("generate --out {out} --scenario {scenarios}/early-batch.yaml", ExitCodes.BadInput, "early-batch.yaml:1:22: first '5' is not an hour from 7 to 10"),
        new("generate --out {out} --scenario {scenarios}/few-batches.yaml", ExitCodes.BadInput, "few-batches.yaml:1:13: the last batch hour 11 is not from 12 to 22"),
        new("generate --out {out} --scenario {scenarios}/batch-run-clash.yaml", ExitCodes.BadInput, "batch-run-clash.yaml:1:13: the overdue run at 08:04 is not between the night's notice processing (02:00) and the overdue notices' batch (08:01)"),
        new("generate --out {out} --scenario {scenarios}/failing-blocks.yaml", ExitCodes.BadInput, "failing-blocks.yaml:1:22: failingNumberBlocks '0' is not a whole number from 1 to 1000"),
        new("scenario init {out}/scenario.yaml", ExitCodes.BadInput, "could not write"),
        new("verify {bad-scenario-manifest}", ExitCodes.BadInput, "records is not one polaris-gen writes: a setting is missing or empty. Fix: pass the scenario file with --scenario"),
        new("verify {set} --scenario {scenarios}/shares.yaml", ExitCodes.BadInput, "shares.yaml:2:3: the email providers' shares add up to 0.5, not 1"),
        new("verify {set} --scenario ''", ExitCodes.BadInput, "--scenario is an empty path"),
        new("scenario check {scenarios}/shares.yaml", ExitCodes.BadInput, "shares.yaml:2:3: the email providers' shares add up to 0.5, not 1"),
        new("scenario init {file}", ExitCodes.BadInput, "already exists. Fix: pass --force to replace it"),
        new("scenario init {notes}", ExitCodes.BadInput, "is a folder, not a file"),
        new("scenario", ExitCodes.BadInput, "Required command was not provided"),
    ];

    /// <summary>Scenario files a user could get wrong, by name.</summary>
    private static readonly Dictionary<string, string> BadScenarios = new()
    {
        ["unknown.yaml"] = "emailProvider:\n  - domain: example.com\n    share: 1\n",
        ["shares.yaml"] = "emailProviders:\n  - domain: example.com\n    share: 0.5\n",
        ["negative.yaml"] = "emailProviders:\n  - domain: example.com\n    share: -0.5\n",
        ["not-a-list.yaml"] = "emailProviders: example.com\n",
        ["not-a-domain.yaml"] = "emailProviders:\n  - domain: Gmail\n    share: 1\n",
        ["extra-key.yaml"] = "emailProviders:\n  - domain: example.com\n    share: 1\n    weight: 2\n",
        ["twice.yaml"] = "emailProviders: []\n# again\nemailProviders: []\n",
        ["broken.yaml"] = "emailProviders: [\n",
        ["short-window.yaml"] = "window:\n  daysBack: 10\n",
        ["far-window.yaml"] = "window: { daysBack: 30, daysAhead: 91 }\n",
        ["window-key.yaml"] = "window: { days: 30 }\n",
        ["calls-missing.yaml"] = "voiceCalls:\n  answered: 0.6\n  answeringMachine: 0.2\n  busy: 0.1\n  noAnswer: 0.1\n",
        ["calls-sum.yaml"] = "voiceCalls: { answered: 0.6, answeringMachine: 0.5, busy: 0.2, noAnswer: 0.1, hangUp: 0.1 }\n",
        ["calls-key.yaml"] = "voiceCalls: { ringing: 1 }\n",
        ["late-overdue.yaml"] = "shoutbombRuns: { overdue: \"10:30\" }\n",
        ["morning-holds.yaml"] = "shoutbombRuns: { holds: [\"08:05\"] }\n",
        ["bad-time.yaml"] = "shoutbombRuns: { renew: \"25:00\" }\n",
        ["quoted.yaml"] = "window: { daysBack: '30' }\n",
        ["deep.yaml"] = "window: " + new string('[', 5000) + new string(']', 5000) + "\n",
        ["alias.yaml"] = "window: &w { daysBack: 30 }\nemailProviders: *w\n",
        ["tagged.yaml"] = "window: {daysBack: 30, !!str daysBack: 20}\n",
        ["long-domain.yaml"] = "emailProviders:\n  - domain: mail.students.example-university.edu\n    share: 1\n",
        ["shelf.yaml"] = "noticeSchedule: { holdShelfDays: 15 }\n",
        ["overdue-order.yaml"] = "noticeSchedule: { billDays: 12 }\n",
        ["unknown-language.yaml"] = "languages: [{ language: french, share: 1 }]\n",
        ["language-shares.yaml"] = "languages: [{ language: english, share: 0.7 }, { language: spanish, share: 0.2 }]\n",
        ["first-branch.yaml"] = "branches: [{ name: North, abbreviation: NB, share: 1 }]\n",
        ["branch-code.yaml"] = "branches: [{ name: Daviess County Public Library, abbreviation: DCPL, share: 0.5 }, { name: North, abbreviation: 'hq 1', share: 0.5 }]\n",
        ["branch-line-feed.yaml"] = "branches: [{ name: Daviess County Public Library, abbreviation: DCPL, share: 0.5 }, { name: \"North\\n\", abbreviation: NB, share: 0.5 }]\n",
        ["domain-line-feed.yaml"] = "emailProviders:\n  - domain: \"example.com\\n\"\n    share: 1\n",
        ["branch-twice.yaml"] = "branches: [{ name: Daviess County Public Library, abbreviation: DCPL, share: 0.5 }, { name: North, abbreviation: DCPL, share: 0.5 }]\n",
        ["early-batch.yaml"] = "batchHours: { first: 5 }\n",
        ["few-batches.yaml"] = "batchHours: { first: 10, last: 11 }\n",
        ["batch-run-clash.yaml"] = "batchHours: { first: 7 }\n",
        ["failing-blocks.yaml"] = "failingNumberBlocks: 0\n",
        ["empty-roster.yaml"] = "roster: [{ patron: D, count: 0 }]\n",
        ["unknown-patron.yaml"] = "roster: [{ patron: Z, count: 1 }]\n",
        ["patron-twice.yaml"] = "roster: [{ patron: D, count: 1 }, { patron: D, count: 2 }]\n",
        ["negative-count.yaml"] = "roster: [{ patron: D, count: -2 }]\n",
        ["story-delivery.yaml"] = "roster: [{ patron: M, count: 1, delivery: email }]\n",
        ["lonely-sharer.yaml"] = "roster: [{ patron: S, count: 1 }]\n",
        ["roster-delivery.yaml"] = "roster: [{ patron: D, count: 1, delivery: fax }]\n",
        ["small-roster.yaml"] = "roster: [{ patron: D, count: 30 }]\n",
    };

    private readonly string _scratch = Directory.CreateTempSubdirectory("polaris-gen-bad-input-").FullName;

    private readonly Dictionary<string, string> _places;

    /// <summary>The lock a generate writing {being-written} holds.</summary>
    private readonly FolderLock _anotherGenerate;

    public BadInputTests(GeneratedSet set)
    {
        var farFuture = Path.Combine(_scratch, "far-future-manifest");
        Folders.Copy(set.Folder, farFuture);
        var manifest = Path.Combine(farFuture, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"today\": \"2025-11-24\"", "\"today\": \"9999-01-01\"", StringComparison.Ordinal));

        var notes = Path.Combine(_scratch, "notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "notes.txt"), "precious");
        var file = Path.Combine(_scratch, "file.txt");
        File.WriteAllText(file, "keep me");

        var beingWritten = Path.Combine(_scratch, "being-written");
        Folders.Copy(set.Folder, beingWritten);
        _anotherGenerate = FolderLock.TryTake(beingWritten)!;
        var scenarios = Path.Combine(_scratch, "scenarios");
        Directory.CreateDirectory(scenarios);
        foreach (var (name, text) in BadScenarios) File.WriteAllText(Path.Combine(scenarios, name), text);
        var badScenarioManifest = Path.Combine(_scratch, "bad-scenario-manifest");
        Folders.Copy(set.Folder, badScenarioManifest);
        var recorded = Path.Combine(badScenarioManifest, "manifest.json");
        File.WriteAllText(recorded, File.ReadAllText(recorded).Replace("\"patrons\": 25,", "\"patrons\": 25,\n    \"scenario\": { \"window\": null },", StringComparison.Ordinal));
        var danglingLink = Path.Combine(_scratch, "dangling-link");
        File.CreateSymbolicLink(danglingLink, Path.Combine(_scratch, "nowhere"));

        _places = new()
        {
            ["{being-written}"] = beingWritten,
            ["{dangling-link}"] = danglingLink,
            ["{set}"] = set.Folder,
            ["{out}"] = Path.Combine(_scratch, "out"),
            ["{far-future-manifest}"] = farFuture,
            ["{notes}"] = notes,
            ["{bad-scenario-manifest}"] = badScenarioManifest,
            ["{scenarios}"] = scenarios,
            ["{file}"] = file,
        };
    }

    public void Dispose()
    {
        _anotherGenerate.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fails_with_one_line_naming_the_fix_and_leaves_the_disk_as_it_was(BadInput input)
    {
        var before = _places.Values.ToDictionary(place => place, Folders.Snapshot);
        var (args, stdoutIsFull) = Parse(input.Command);
        var stdout = stdoutIsFull ? (TextWriter)new FullDisk() : new StringWriter();
        var stderr = new StringWriter();

        var exit = PolarisCli.Run(args, stdout, stderr, () => new DateOnly(2025, 11, 24));

        exit.Should().Be(input.Exit, stderr.ToString());
        var error = stderr.ToString();
        error.Should().StartWith("error: ").And.Contain(input.Message).And.Contain(Fix);
        error.TrimEnd('\n').Should().NotContain("\n", "the error is one line");
        error.Should().NotMatchRegex(@"System\.|Exception|`1", "no .NET type names reach the user");
        if (stdout is StringWriter written) written.ToString().Should().BeEmpty();
        switch (input.After)
        {
            case Afterwards.NothingWrittenNothingChanged:
                foreach (var (place, snapshot) in before)
                    Folders.Snapshot(place).Should().Equal(snapshot, $"{place} is as it was");
                Path.Exists(_places["{out}"]).Should().BeFalse("nothing is written");
                break;
        }
    }

    /// <summary>The command as a shell would split it, the case's places filled in; "&gt; /dev/full" makes stdout a full disk.</summary>
    private (string[] Args, bool StdoutIsFull) Parse(string command)
    {
        const string full = " > /dev/full";
        var stdoutIsFull = command.EndsWith(full, StringComparison.Ordinal);
        if (stdoutIsFull) command = command[..^full.Length];
        var args = System.Text.RegularExpressions.Regex.Matches(command, "'([^']*)'|(\\S+)")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .Select(arg => _places.Aggregate(arg, (text, place) => text.Replace(place.Key, place.Value, StringComparison.Ordinal)))
            .ToArray();
        return (args, stdoutIsFull);
    }

    /// <summary>Standard output on a disk with no room: what <c>&gt; /dev/full</c> gives a process.</summary>
    private sealed class FullDisk : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");
    }
}
