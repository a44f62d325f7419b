using System.Diagnostics;
using PolarisSampleData.Domain;

namespace PolarisSampleData.Cli;

/// <summary>
/// One self-overwriting line on stderr naming the step under way and the time so far; shown only on a
/// terminal, so redirected and CI output carry nothing extra. Cleared when the run ends.
/// </summary>
public sealed class ProgressLine : IProgress<ProgressStep>, IDisposable
{
    private readonly TextWriter _error;
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    private ProgressLine(TextWriter error) => _error = error;

    /// <summary>A progress line on <paramref name="error"/>, or null when it should not show.</summary>
    public static ProgressLine? For(TextWriter error, bool show) => show ? new ProgressLine(error) : null;

    private readonly Lock _gate = new();

    private long _rows;

    private double _drawnAt = double.NegativeInfinity;

    /// <summary>
    /// One line at a time, whichever thread reports: the step under way, the rows so far and their
    /// rate. Row counts redraw it at most ten times a second, as a million-patron run reports ten
    /// thousand shards; a new phase (a step without rows) always shows.
    /// </summary>
    public void Report(ProgressStep step)
    {
        lock (_gate)
        {
            _rows += step.Rows;
            var seconds = _watch.Elapsed.TotalSeconds;
            if (step.Rows > 0 && seconds - _drawnAt < 0.1) return;
            _drawnAt = seconds;
            var rows = _rows == 0 ? "" : FormattableString.Invariant($"{_rows:N0} rows ({_rows / Math.Max(seconds, 0.001):N0}/s)  ");
            _error.Write(FormattableString.Invariant($"\r\u001b[K{seconds,6:0.0}s  {rows}{step.Name}"));
        }
    }

    public void Dispose() => _error.Write("\r\u001b[K");
}
