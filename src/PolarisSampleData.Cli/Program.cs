using PolarisSampleData.Cli;
using PolarisSampleData.Output;
using PolarisSampleData.Sqlite;
using PolarisSampleData.Verification;

// polaris-gen uses each SQLite connection from one thread at a time: SQLite need not lock one per call.
SqliteNative.UseConnectionsOneThreadAtATime();
SqliteNative.ReturnLargeBlocksToTheSystem();

// verify's, trace's and query's temporary databases go into a folder of this run's own, so a signal, or
// the next run after a SIGKILL, can remove them and nothing else.
using var workFolder = WorkFolder.Make(Console.Error);
using var interruption = Interruption.Listen(workFolder, Console.Error);

// The local date is read here and only here, as the default of --today.
return PolarisCli.Run(args, Console.Out, Console.Error, () => DateOnly.FromDateTime(DateTime.Now), interruption);
