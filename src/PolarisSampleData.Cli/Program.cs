using PolarisSampleData.Cli;
using PolarisSampleData.Verification;

// polaris-gen uses each SQLite connection from one thread at a time: SQLite need not lock one per call.
SqliteNative.UseConnectionsOneThreadAtATime();

// The local date is read here and only here, as the default of --today.
return PolarisCli.Run(args, Console.Out, Console.Error, () => DateOnly.FromDateTime(DateTime.Now));
