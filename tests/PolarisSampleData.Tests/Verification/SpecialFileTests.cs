using System.Diagnostics;
using PolarisSampleData.Cli;
using PolarisSampleData.Tests.Support;

namespace PolarisSampleData.Tests.Verification;

/// <summary>
/// A file of the set that is no regular file (a link to /dev/zero or /dev/urandom, a FIFO): verify reports it
/// and goes on, trace and query answer; none of them reads it forever, blocks on it, or fails as a bug.
/// </summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class SpecialFileTests(GeneratedSet set)
{
    /// <summary>Far more than any of these runs takes on the 25-patron set; a hang is what it catches.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[]
                 {
                     "Polaris.Polaris.Patrons.csv", // read by a database's loading task
                     "Polaris.Polaris.CircItemRecords.csv", // judged apart: no check reads its rows
                     "shoutbomb/PhoneNotices.csv", // only looked at, and loaded by the archive's reader
                     "shoutbomb/voice_patrons_submitted_2025-11-24_04-00-08.txt",
                 })
        foreach (var special in new[] { "/dev/zero", "/dev/urandom", "fifo" })
            data.Add(file, special);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verify_reports_it_as_unreadable(string file, string special)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var scratch = new ScratchSet(set.Folder);
        var path = Replace(scratch, file, special);

        var (exit, output, error) = Within(path, () => VerifyCommandTests.Run("verify", scratch.Folder));

        exit.Should().Be(ExitCodes.ChecksFailed, error);
        output.Should().MatchRegex($@"files\.readable +FAIL .*{System.Text.RegularExpressions.Regex.Escape(file)}: (a character device|a FIFO \(named pipe\)), not a regular file");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Trace_and_query_answer(string file, string special)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var scratch = new ScratchSet(set.Folder);
        var path = Replace(scratch, file, special);

        var trace = Within(path, () => VerifyCommandTests.Run("trace", scratch.Folder, "--patron", "100009"));
        var query = Within(path, () => VerifyCommandTests.Run("query", scratch.Folder, "SELECT count(*) FROM Results.Polaris.NotificationHistory"));

        // Without its patrons a trace cannot start, and says so; otherwise both answer.
        trace.Exit.Should().Be(file.Contains("Patrons") ? ExitCodes.BadInput : ExitCodes.Success, trace.Error);
        query.Exit.Should().Be(ExitCodes.Success, query.Error);
    }

    /// <summary>Replaces a file of the scratch set by a link to a device, or by a FIFO; returns its path.</summary>
    private static string Replace(ScratchSet scratch, string file, string special)
    {
        var path = Path.Combine(scratch.Folder, file);
        File.Delete(path);
        if (special == "fifo")
            Process.Start("mkfifo", [path])!.WaitForExit();
        else
            File.CreateSymbolicLink(path, special);
        return path;
    }

    /// <summary>Runs a command, failing the test if it has not answered in time (and then freeing a reader blocked on the FIFO).</summary>
    private static (int Exit, string Out, string Error) Within(string path, Func<(int, string, string)> run)
    {
        var task = Task.Run(run);
        if (task.Wait(Patience)) return task.Result;
        if (File.ResolveLinkTarget(path, returnFinalTarget: false) is null) File.WriteAllText(path, "");
        throw new TimeoutException($"no answer in {Patience.TotalSeconds} s with {path} in the set");
    }
}
