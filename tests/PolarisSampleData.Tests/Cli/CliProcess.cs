using System.Diagnostics;

namespace PolarisSampleData.Tests.Cli;

/// <summary>polaris-gen as its own process, as a shell or a container runs it: for signals, locks and mounts.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stderr;

    private CliProcess(Process process)
    {
        _process = process;
        _stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
    }

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "polaris-gen.dll");

    /// <summary>Starts polaris-gen with <paramref name="args"/>, its temporary folder set to <paramref name="temp"/>.</summary>
    public static CliProcess Start(string temp, params string[] args) => Start("dotnet", [Dll, .. args], temp);

    /// <summary>Starts any program with polaris-gen's environment: its temporary folder set to <paramref name="temp"/>.</summary>
    public static CliProcess Start(string program, IEnumerable<string> args, string temp)
    {
        var start = new ProcessStartInfo(program, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["TMPDIR"] = temp },
        };
        return new CliProcess(Process.Start(start)!);
    }

    public int Id => _process.Id;

    /// <summary>Sends a signal by name (INT, TERM, KILL), as kill(1) does.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", [$"-{name}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>Waits for the process to end (a minute at most) and gives its exit code and standard error.</summary>
    public (int Exit, string Error) Wait()
    {
        if (!_process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("polaris-gen did not end within a minute");
        }
        return (_process.ExitCode, _stderr.Result);
    }

    /// <summary>Waits until <paramref name="ready"/> holds (a minute at most): the run has reached the point a test signals it at.</summary>
    public void WaitUntil(Func<bool> ready, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!ready())
        {
            if (_process.HasExited) throw new InvalidOperationException($"polaris-gen ended before {what}: {_stderr.Result}");
            if (watch.Elapsed > TimeSpan.FromMinutes(1)) throw new TimeoutException($"polaris-gen did not reach {what} within a minute");
            Thread.Sleep(50);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
