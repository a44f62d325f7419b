using PolarisSampleData.Cli;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Cli;

/// <summary>
/// --out as containers and scripts use it: a mount point, a symbolic link, two runs at once, a run
/// stopped by a signal or killed outright. Each runs polaris-gen as a process of its own.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("polaris-gen-folders-").FullName;

    /// <summary>The processes' temporary folder: what they leave in it is what they left behind.</summary>
    private readonly string _temp;

    public OutputFolderTests() => Directory.CreateDirectory(_temp = Path.Combine(_scratch, "temp"));

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private string Out(string name) => Path.Combine(_scratch, name);

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = PolarisCli.Run(args, stdout, stderr, () => new DateOnly(2025, 11, 24));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A generate far too big to finish before the test signals it, started once it is writing its staging folder.</summary>
    private CliProcess StartLongGenerate(string folder, params string[] more)
    {
        var run = CliProcess.Start(_temp, ["generate", "--out", folder, "--patrons", "2000000", "--today", "2025-11-24", "--quiet", .. more]);
        run.WaitUntil(() => Directory.Exists(folder) && Directory.EnumerateDirectories(folder, ".polaris-gen-staging-*")
            .Any(staging => Directory.EnumerateFiles(staging, "*.csv").Any()), "its staging folder");
        return run;
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public void A_signal_stops_generate_removes_its_staging_and_leaves_the_earlier_set_as_it_was(string signal, int exit)
    {
        Run("generate", "--out", Out("data"), "--seed", "1").Exit.Should().Be(ExitCodes.Success);
        var before = Folders.Snapshot(Out("data"));

        using var run = StartLongGenerate(Out("data"), "--force");
        run.Signal(signal);

        var (code, error) = run.Wait();
        code.Should().Be(exit);
        error.Should().Contain("interrupted").And.NotContain("Exception");
        Folders.Snapshot(Out("data")).Should().Equal(before, "the earlier set is untouched and the staging folder is gone");
        Directory.EnumerateFileSystemEntries(_temp, "polaris-gen*").Should().BeEmpty("the run's temporary folder went with it");
    }

    [Fact]
    public void A_signal_to_a_generate_into_a_new_folder_leaves_no_folder()
    {
        using var run = StartLongGenerate(Out("new"));
        run.Signal("TERM");

        run.Wait().Exit.Should().Be(143);
        Path.Exists(Out("new")).Should().BeFalse();
    }

    [Fact]
    public void A_signal_stops_query_and_removes_its_temporary_databases()
    {
        Run("generate", "--out", Out("data")).Exit.Should().Be(ExitCodes.Success);
        using var run = CliProcess.Start(_temp, "query", Out("data"),
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT count(*) FROM n");
        run.WaitUntil(() => Directory.EnumerateDirectories(_temp, "polaris-gen-verify-*", SearchOption.AllDirectories).Any(), "its temporary databases");
        run.Signal("INT");

        var (code, error) = run.Wait();
        code.Should().Be(130);
        error.Should().Be("interrupted by SIGINT: stopped and removed its temporary files.\n");
        Directory.EnumerateFileSystemEntries(_temp, "polaris-gen*").Should().BeEmpty();
    }

    [Fact]
    public void After_sigkill_the_next_run_removes_what_the_killed_one_left_and_says_so()
    {
        using (var killed = StartLongGenerate(Out("data")))
        {
            killed.Signal("KILL");
            killed.Wait().Exit.Should().Be(137);
        }
        Directory.EnumerateDirectories(_temp, "polaris-gen-run-*").Should().ContainSingle("SIGKILL leaves the temporary folder");

        using var next = CliProcess.Start(_temp, "generate", "--out", Out("data"), "--today", "2025-11-24");
        var (code, error) = next.Wait();

        code.Should().Be(ExitCodes.Success, error);
        error.Should().MatchRegex(@"^polaris-gen: removed 1 temporary folder\(s\) that killed polaris-gen runs left in .*\n" +
            @"polaris-gen: removed the staging folder a killed generate left in .*\n$");
        Directory.EnumerateFileSystemEntries(_temp, "polaris-gen*").Should().BeEmpty();
        Directory.EnumerateDirectories(Out("data")).Should().ContainSingle().Which.Should().EndWith("shoutbomb", "only the set is in the folder");
        Run("verify", Out("data")).Exit.Should().Be(ExitCodes.Success);
    }

    [Fact]
    public void A_second_generate_into_the_same_folder_fails_fast_while_the_first_writes()
    {
        using var first = StartLongGenerate(Out("data"));
        var second = Run("generate", "--out", Out("data"), "--force");

        second.Exit.Should().Be(ExitCodes.BadInput);
        second.Error.Should().Contain("is being written by another polaris-gen generate");
        first.Signal("TERM");
        first.Wait().Exit.Should().Be(143, "the first run went on, undisturbed, until stopped");
    }

    [Fact]
    public void A_symbolic_link_is_kept_and_the_set_is_written_into_its_target()
    {
        Directory.CreateDirectory(Out("target"));
        File.CreateSymbolicLink(Out("link"), Out("target"));

        Run("generate", "--out", Out("link")).Exit.Should().Be(ExitCodes.Success);
        Run("generate", "--out", Out("link"), "--force", "--seed", "7").Exit.Should().Be(ExitCodes.Success);

        new FileInfo(Out("link")).LinkTarget.Should().Be(Out("target"));
        File.ReadAllText(Path.Combine(Out("target"), "manifest.json")).Should().Contain("\"seed\": 7");
        Run("verify", Out("link")).Exit.Should().Be(ExitCodes.Success);
    }

    [Fact]
    public void A_folder_name_as_long_as_a_file_system_allows_takes_a_set_and_its_replacement()
    {
        var folder = Out(new string('d', 240));

        Run("generate", "--out", folder).Exit.Should().Be(ExitCodes.Success);
        var again = Run("generate", "--out", folder, "--force", "--seed", "7");

        again.Exit.Should().Be(ExitCodes.Success, again.Error);
        Run("verify", folder).Exit.Should().Be(ExitCodes.Success);
    }

    /// <summary>A mount point cannot be renamed or replaced; a file system of its own, mounted in a namespace of the test's.</summary>
    [Fact]
    public void A_mount_point_takes_a_set_and_its_replacement()
    {
        var mount = Out("mount");
        Directory.CreateDirectory(mount);
        var polarisGen = $"dotnet '{CliProcess.Dll}'";
        using var run = CliProcess.Start("unshare", ["--user", "--map-root-user", "--mount", "sh", "-ec", $"""
            mount -t tmpfs tmpfs '{mount}'
            {polarisGen} generate --out '{mount}' --today 2025-11-24 --quiet
            {polarisGen} generate --out '{mount}' --today 2025-11-24 --quiet --force --seed 7
            grep -q '"seed": 7' '{mount}/manifest.json'
            {polarisGen} verify '{mount}' --quiet
            """], _temp);

        var (code, error) = run.Wait();
        code.Should().Be(0, error);
    }
}
