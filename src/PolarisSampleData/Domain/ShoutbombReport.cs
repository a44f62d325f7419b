namespace PolarisSampleData.Domain;

/// <summary>The reports Shoutbomb mails the library about the calls and texts it could not deliver.</summary>
internal enum ShoutbombReportKind
{
    /// <summary>"Voice notices that were not delivered": about 16:10, the calls that failed since the previous one.</summary>
    VoiceNotDelivered,

    /// <summary>"Calls that generated errors": about 06:01 the next morning, each attempt of the day's calls to numbers that errored.</summary>
    CallErrors,

    /// <summary>"Invalid patron phone number": about 06:01 the next morning, the day's text numbers that opted out or seem invalid.</summary>
    InvalidPhoneNumbers,

    /// <summary>"Shoutbomb Rpt": about 13:14 on the 1st, the previous month's statistics.</summary>
    MonthlyStatistics,
}

/// <summary>
/// One email Shoutbomb sent the library. Shoutbomb sends nothing back to Polaris; staff read these
/// reports and correct patron records by hand.
/// </summary>
/// <param name="Covers">The day whose calls it reports; for the monthly statistics, the month's first day.</param>
/// <param name="ReceivedAt">When it reached the library's mailbox, library time.</param>
/// <param name="GraphId">The message's id in the mailbox, as Microsoft Graph gives it.</param>
/// <param name="MessageId">The RFC 5322 Message-ID Shoutbomb gave it.</param>
internal sealed record ShoutbombReport(ShoutbombReportKind Kind, DateOnly Covers, DateTime ReceivedAt, string GraphId, string MessageId)
{
    /// <summary>Shoutbomb's mail domain here: a reserved one, so nothing in the set can reach a real mailbox.</summary>
    public const string SenderDomain = "shoutbomb.example";

    /// <summary>When a report about <paramref name="day"/> arrives, before Shoutbomb's few minutes late.</summary>
    public static DateTime Due(ShoutbombReportKind kind, DateOnly day) => kind switch
    {
        ShoutbombReportKind.VoiceNotDelivered => day.ToDateTime(new TimeOnly(16, 10)),
        ShoutbombReportKind.MonthlyStatistics => day.AddMonths(1).ToDateTime(new TimeOnly(13, 14)),
        _ => day.AddDays(1).ToDateTime(new TimeOnly(6, 1)),
    };

    /// <summary>
    /// The report of <paramref name="kind"/> that lists a call or text made at <paramref name="call"/>: for voice
    /// failures the first to arrive after it, for the morning reports the one about its day; none when that is
    /// after the window.
    /// </summary>
    public static ShoutbombReport? Listing(IReadOnlyList<ShoutbombReport> reports, ShoutbombReportKind kind, DateTime call)
    {
        foreach (var report in reports)
            if (report.Kind == kind && (kind == ShoutbombReportKind.VoiceNotDelivered ? report.ReceivedAt > call : report.Covers == DateOnly.FromDateTime(call)))
                return report;
        return null;
    }

    /// <summary>What the voice failure report says a failed call was about: Shoutbomb's name for the message it played.</summary>
    public static string? MessageFor(NotificationType type) => type switch
    {
        NotificationType.Hold => "Hold ready message",
        _ when type.IsOverdue() => "Overdue item message",
        _ => null,
    };
}

/// <summary>
/// A call to a number that errored (a probable bad number, status 9): Shoutbomb's dialer tried it three
/// times, hours apart, and reports each attempt the next morning.
/// </summary>
internal sealed record CallError(NoticeLog Log, IReadOnlyList<CallAttempt> Attempts)
{
    public const int AttemptsMade = 3;
}

/// <summary>One attempt: when, the carrier's call id (<c>c-</c>, 8 hex digits, a UUID) and its session UUID.</summary>
internal sealed record CallAttempt(DateTime At, string CallId, string SessionId);

/// <summary>
/// Why Shoutbomb could not deliver texts to a number: the patron texted STOP (opted out; no text reaches
/// the number until the patron registers again), or the number cannot take texts (invalid until corrected).
/// </summary>
internal enum TextFailure
{
    OptedOut,
    InvalidNumber,
}

/// <summary>
/// A text Polaris logged as sent (16) that never reached the patron: Polaris cannot know, and only
/// Shoutbomb's next "Invalid patron phone number" report says so.
/// </summary>
internal sealed record UndeliveredText(NoticeLog Log, TextFailure Why);
