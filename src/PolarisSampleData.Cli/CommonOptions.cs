using System.CommandLine;
using System.Globalization;

namespace PolarisSampleData.Cli;

/// <summary>Options shared by commands, with exact invariant parsing and one-line errors that name the fix.</summary>
public static class CommonOptions
{
    public static Option<int> Seed() => new("--seed")
    {
        Description = "Master seed: the same seed, --today and options give byte-identical files.",
        DefaultValueFactory = _ => Generation.GenerationOptions.DefaultSeed,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed)) return seed;
            result.AddError($"--seed must be a whole number (got '{text}'). Fix: pass e.g. --seed 42");
            return default;
        },
    };

    /// <summary>--today; absent, the caller falls back to the local date, the one clock reading polaris-gen makes.</summary>
    public static Option<DateOnly?> Today() => new("--today")
    {
        Description = "The date the data set is built around (yyyy-MM-dd); defaults to the local date.",
        HelpName = "yyyy-MM-dd",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && date.Year is >= 1753 and <= 9998)
                return date;
            result.AddError($"--today must be a real date written yyyy-MM-dd, in the years 1753-9998 that SQL Server's datetime holds (got '{text}'). Fix: pass e.g. --today 2025-11-24");
            return default;
        },
    };

    /// <summary>--quiet: no progress line (shown only when stderr is a terminal in any case).</summary>
    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "No progress display (it is shown only on a terminal anyway).",
    };
}
