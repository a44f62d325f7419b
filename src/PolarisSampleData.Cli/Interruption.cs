using System.Runtime.InteropServices;
using PolarisSampleData.Output;

namespace PolarisSampleData.Cli;

/// <summary>
/// SIGINT (Ctrl-C) and SIGTERM (docker stop, kill): the run stops, removes what it made, leaves any
/// earlier data set as it was, and exits 130 or 143 as a shell reports those signals. generate stops
/// itself between shards and removes its staging folder; verify, trace and query are stopped here, and
/// their temporary databases go with the process's working folder.
/// </summary>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _requested = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly OwnedFolder? _workFolder;
    private readonly TextWriter _stderr;
    private int _exitCode;

    private Interruption(OwnedFolder? workFolder, TextWriter stderr) => (_workFolder, _stderr) = (workFolder, stderr);

    /// <summary>Nothing listens: for runs inside another program, such as the tests.</summary>
    public static Interruption Unheard() => new(null, TextWriter.Null);

    /// <summary>Listens for SIGINT and SIGTERM until disposed; <paramref name="workFolder"/> goes when a run that cannot stop itself is stopped.</summary>
    public static Interruption Listen(OwnedFolder? workFolder, TextWriter stderr)
    {
        var interruption = new Interruption(workFolder, stderr);
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
            interruption._registrations.Add(PosixSignalRegistration.Create(signal, interruption.Stop));
        return interruption;
    }

    /// <summary>Cancelled when a signal asks the run to stop.</summary>
    public CancellationToken Requested => _requested.Token;

    /// <summary>130 after SIGINT, 143 after SIGTERM: 128 and the signal's number.</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    /// <summary>Set by a command that watches <see cref="Requested"/> and cleans up after itself.</summary>
    public bool StopsItself { get; set; }

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        Volatile.Write(ref _exitCode, context.Signal == PosixSignal.SIGINT ? 130 : 143);
        if (StopsItself)
        {
            _requested.Cancel();
            return;
        }
        // Said first: once its files are gone the run fails on its own and may end the process before this thread would.
        _stderr.WriteLine($"interrupted by {context.Signal}: stopped and removed its temporary files.");
        _requested.Cancel();
        _workFolder?.Delete();
        Environment.Exit(ExitCode);
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _requested.Dispose();
    }
}
