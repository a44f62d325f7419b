using PolarisSampleData.Cli;
using PolarisSampleData.Generation;

namespace PolarisSampleData.Tests.Cli;

/// <summary>What a user sees: exit codes, one-line errors, and folders that are never half-written or clobbered.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("polaris-gen-cli-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = PolarisCli.Run(args, stdout, stderr, () => new DateOnly(2025, 11, 24));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Out(string name) => Path.Combine(_scratch, name);

    [Fact]
    public void Generate_writes_the_data_set_and_prints_a_summary()
    {
        var (exit, output, error) = Run("generate", "--seed", "42", "--out", Out("data"));
        exit.Should().Be(ExitCodes.Success, error);
        error.Should().BeEmpty("progress shows only on a terminal, never in redirected output");
        output.Should().Contain("Results.Polaris.HoldNotices.csv").And.Contain("rows written to");
        File.Exists(Path.Combine(Out("data"), "manifest.json")).Should().BeTrue();
        Directory.GetDirectories(_scratch).Should().ContainSingle("no staging folder is left behind");
    }

    public static TheoryData<DateOnly> EdgeDays() => [GenerationOptions.EarliestToday, GenerationOptions.LatestToday];

    [Theory]
    [MemberData(nameof(EdgeDays))]
    public void The_earliest_and_latest_today_write_only_dates_sql_servers_datetime_holds(DateOnly today)
    {
        var (exit, _, error) = Run("generate", "--out", Out("edge"), "--today", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        exit.Should().Be(ExitCodes.Success, error);
        var years = Directory.EnumerateFiles(Out("edge"), "*", SearchOption.AllDirectories)
            .Where(file => !file.EndsWith(".json", StringComparison.Ordinal))
            .SelectMany(file => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), @"\b(\d{4})-\d{2}-\d{2}\b"))
            .Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        years.Should().NotBeEmpty().And.OnlyContain(year => year >= 1753 && year <= 9999);
    }

    [Fact]
    public void Out_pointing_at_a_file_is_refused()
    {
        File.WriteAllText(Out("file.txt"), "keep me");
        var (exit, _, error) = Run("generate", "--out", Out("file.txt"));
        exit.Should().Be(ExitCodes.BadInput);
        error.Should().StartWith("error: ").And.Contain("is a file");
        File.ReadAllText(Out("file.txt")).Should().Be("keep me");
    }

    [Fact]
    public void A_non_empty_folder_needs_force_and_force_only_replaces_a_polaris_gen_set()
    {
        Directory.CreateDirectory(Out("mine"));
        File.WriteAllText(Path.Combine(Out("mine"), "notes.txt"), "precious");

        Run("generate", "--out", Out("mine")).Exit.Should().Be(ExitCodes.BadInput);
        var forced = Run("generate", "--out", Out("mine"), "--force");
        forced.Exit.Should().Be(ExitCodes.BadInput);
        forced.Error.Should().Contain("no polaris-gen manifest");
        File.ReadAllText(Path.Combine(Out("mine"), "notes.txt")).Should().Be("precious");

        Run("generate", "--out", Out("set")).Exit.Should().Be(ExitCodes.Success);
        var again = Run("generate", "--out", Out("set"), "--seed", "7");
        again.Exit.Should().Be(ExitCodes.BadInput);
        again.Error.Should().Contain("--force");
        Run("generate", "--out", Out("set"), "--seed", "7", "--force").Exit.Should().Be(ExitCodes.Success);
        File.ReadAllText(Path.Combine(Out("set"), "manifest.json")).Should().Contain("\"seed\": 7");
    }

    [Fact]
    public void A_sqlite_only_set_is_refused_by_verify_with_the_fix()
    {
        Run("generate", "--out", Out("db"), "--format", "sqlite").Exit.Should().Be(ExitCodes.Success);
        File.Exists(Path.Combine(Out("db"), "Results.db")).Should().BeTrue();
        var (exit, _, error) = Run("verify", Out("db"));
        exit.Should().Be(ExitCodes.BadInput);
        error.Should().Contain("holds no table CSV files").And.Contain("--format csv");
    }

    [Fact]
    public void An_out_folder_written_with_a_trailing_slash_works_and_can_be_replaced()
    {
        var folder = Out("slash") + Path.DirectorySeparatorChar;
        Run("generate", "--out", folder).Exit.Should().Be(ExitCodes.Success);
        File.Exists(Path.Combine(Out("slash"), "manifest.json")).Should().BeTrue();
        Run("generate", "--out", folder, "--force").Exit.Should().Be(ExitCodes.Success);
        Directory.GetDirectories(_scratch).Should().ContainSingle("no staging folder is left behind");
    }

    [Fact]
    public void No_command_is_an_error_with_the_fix()
    {
        var (exit, _, error) = Run();
        exit.Should().Be(ExitCodes.BadInput);
        error.Should().Contain("Fix:");
    }

    [Fact]
    public void Today_defaults_to_the_local_date_given_by_the_caller()
    {
        Run("generate", "--out", Out("today")).Exit.Should().Be(ExitCodes.Success);
        File.ReadAllText(Path.Combine(Out("today"), "manifest.json")).Should().Contain("\"today\": \"2025-11-24\"");
    }
}
