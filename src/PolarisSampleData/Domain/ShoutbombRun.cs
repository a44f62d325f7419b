using PolarisSampleData.Scenarios;

namespace PolarisSampleData.Domain;

/// <summary>The library's scheduled Shoutbomb exports, by the file name each writes.</summary>
internal enum ShoutbombKind
{
    VoicePatrons,
    TextPatrons,
    Renew,
    Overdue,
    Holds,
}

/// <summary>One run of a scheduled export: its kind and when it actually started (a little after the hour).</summary>
internal sealed record ShoutbombRun(ShoutbombKind Kind, DateTime StartedAt)
{
    /// <summary>The library's scheduled tasks, every day, in the order they run.</summary>
    public static IReadOnlyList<(ShoutbombKind Kind, TimeOnly At)> Schedule(ShoutbombRunTimes times) =>
        new (ShoutbombKind Kind, TimeOnly At)[]
        {
            (ShoutbombKind.VoicePatrons, times.VoicePatrons),
            (ShoutbombKind.TextPatrons, times.TextPatrons),
            (ShoutbombKind.Renew, times.Renew),
            (ShoutbombKind.Overdue, times.Overdue),
        }.Concat(times.Holds.Select(at => (Kind: ShoutbombKind.Holds, At: at))).OrderBy(task => task.At).ToList();

    /// <summary>Polaris writes its PhoneNotices export with the morning notice processing.</summary>
    public static readonly TimeOnly PhoneNoticesAt = new(8, 4);
}

/// <summary>The day's PhoneNotices export and when Polaris wrote it.</summary>
internal sealed record PhoneNoticesRun(DateOnly Day, DateTime WrittenAt);
