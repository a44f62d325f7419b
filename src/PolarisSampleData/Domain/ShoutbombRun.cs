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
    /// <summary>The library's scheduled tasks, every day.</summary>
    public static readonly IReadOnlyList<(ShoutbombKind Kind, TimeOnly At)> Schedule =
    [
        (ShoutbombKind.VoicePatrons, new TimeOnly(4, 0)),
        (ShoutbombKind.TextPatrons, new TimeOnly(5, 0)),
        (ShoutbombKind.Renew, new TimeOnly(8, 3)),
        (ShoutbombKind.Overdue, new TimeOnly(8, 4)),
        (ShoutbombKind.Holds, new TimeOnly(8, 5)),
        (ShoutbombKind.Holds, new TimeOnly(9, 5)),
        (ShoutbombKind.Holds, new TimeOnly(13, 5)),
        (ShoutbombKind.Holds, new TimeOnly(17, 5)),
    ];

    /// <summary>Polaris writes its PhoneNotices export with the morning notice processing.</summary>
    public static readonly TimeOnly PhoneNoticesAt = new(8, 4);
}

/// <summary>The day's PhoneNotices export and when Polaris wrote it.</summary>
internal sealed record PhoneNoticesRun(DateOnly Day, DateTime WrittenAt);
