using System.Diagnostics;

namespace PolarisSampleData.Cli;

/// <summary>
/// One self-overwriting line on stderr naming the step under way and the time so far; shown only on a
/// terminal, so redirected and CI output carry nothing extra. Cleared when the run ends.
/// </summary>
public sealed class ProgressLine : IProgress<string>, IDisposable
{
    private readonly TextWriter _error;
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    private ProgressLine(TextWriter error) => _error = error;

    /// <summary>A progress line on <paramref name="error"/>, or null when it should not show.</summary>
    public static ProgressLine? For(TextWriter error, bool show) => show ? new ProgressLine(error) : null;

    private readonly Lock _gate = new();

    /// <summary>Files are written on several threads; one line at a time.</summary>
    public void Report(string step)
    {
        lock (_gate)
            _error.Write(FormattableString.Invariant($"\r\u001b[K{_watch.Elapsed.TotalSeconds,6:0.0}s  {step}"));
    }

    public void Dispose() => _error.Write("\r\u001b[K");
}
