using System.CommandLine;
using System.Globalization;
using PolarisSampleData.Generation;
using PolarisSampleData.Output;

namespace PolarisSampleData.Cli;

/// <summary>Options shared by commands, with exact invariant parsing and one-line errors that name the fix.</summary>
public static class CommonOptions
{
    public static Option<int> Seed() => new("--seed")
    {
        Description = "Master seed: the same seed, --today and options give byte-identical files.",
        DefaultValueFactory = _ => GenerationOptions.DefaultSeed,
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
        Description = $"The date the data set is built around (yyyy-MM-dd, {GenerationOptions.TodayRange}); defaults to the local date.",
        HelpName = CsvFormat.DayFormat,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (DateOnly.TryParseExact(text, CsvFormat.DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && date >= GenerationOptions.EarliestToday && date <= GenerationOptions.LatestToday)
                return date;
            result.AddError($"--today must be a real date written yyyy-MM-dd from {GenerationOptions.TodayRange}, so every date a set holds fits SQL Server's datetime (got '{text}'). Fix: pass e.g. --today 2025-11-24");
            return default;
        },
    };

    /// <summary>--quiet: no progress line (shown only when stderr is a terminal in any case).</summary>
    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "No progress display (it is shown only on a terminal anyway).",
    };

    /// <summary>
    /// An option naming one of a few choices, taken in any case. Help lists them and the default in lower
    /// case, as every command spells them: the library's own help would show the enum's spelling.
    /// </summary>
    public static Choice<T> Choice<T>(string name, string description, T defaultValue, params (string Name, T Value)[] choices) where T : struct
    {
        var names = string.Join(", ", choices.Select(c => c.Name));
        var option = new Option<T?>(name)
        {
            Description = $"{description} Default: {choices.First(c => c.Value.Equals(defaultValue)).Name}.",
            HelpName = string.Join('|', choices.Select(c => c.Name)),
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                foreach (var choice in choices)
                    if (string.Equals(choice.Name, text, StringComparison.OrdinalIgnoreCase)) return choice.Value;
                result.AddError($"{name} must be one of {names} (got '{text}'). Fix: pass e.g. {name} {choices[0].Name}");
                return null;
            },
        };
        return new Choice<T>(option, defaultValue);
    }

    /// <summary>A path that must not be empty: an empty string names no folder or file at all.</summary>
    public static T NotEmpty<T>(this T symbol, string what, string example) where T : Symbol
    {
        Action<System.CommandLine.Parsing.SymbolResult> check = result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
                result.AddError($"{what} is an empty path. Fix: pass one, e.g. {example}");
        };
        switch (symbol)
        {
            case Option option: option.Validators.Add(check); break;
            case Argument argument: argument.Validators.Add(check); break;
        }
        return symbol;
    }
}

/// <summary>An option naming one of a few choices, and the choice when it is not given.</summary>
public sealed record Choice<T>(Option<T?> Option, T Default) where T : struct
{
    public T ValueIn(ParseResult parse) => parse.GetValue(Option) ?? Default;
}
