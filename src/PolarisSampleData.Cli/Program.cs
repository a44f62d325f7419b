using PolarisSampleData.Cli;

// The local date is read here and only here, as the default of --today.
return PolarisCli.Run(args, Console.Out, Console.Error, () => DateOnly.FromDateTime(DateTime.Now));
