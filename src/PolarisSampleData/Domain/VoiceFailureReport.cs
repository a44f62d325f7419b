namespace PolarisSampleData.Domain;

/// <summary>
/// Shoutbomb's daily "Voice notices that were not delivered" email to the library: it arrives at about
/// 16:10 and lists the calls that failed since the previous one. Shoutbomb sends nothing back to
/// Polaris; staff read the report and correct patron records by hand.
/// </summary>
/// <param name="ReceivedAt">When it reached the library's mailbox, library time.</param>
/// <param name="GraphId">The message's id in the mailbox, as Microsoft Graph gives it.</param>
/// <param name="MessageId">The RFC 5322 Message-ID Shoutbomb gave it.</param>
internal sealed record VoiceFailureReport(DateTime ReceivedAt, string GraphId, string MessageId)
{
    public static readonly TimeOnly ArrivesAt = new(16, 10);

    /// <summary>Shoutbomb's mail domain here: a reserved one, so nothing in the set can reach a real mailbox.</summary>
    public const string SenderDomain = "shoutbomb.example";

    /// <summary>
    /// The report that lists a call made at <paramref name="call"/>: the first to arrive after it, or
    /// none when the call is later than the last report of the window.
    /// </summary>
    public static VoiceFailureReport? Listing(IReadOnlyList<VoiceFailureReport> reports, DateTime call)
    {
        foreach (var report in reports)
            if (report.ReceivedAt > call) return report;
        return null;
    }

    /// <summary>What the report says a failed call was about: Shoutbomb's name for the message it played.</summary>
    public static string? MessageFor(NotificationType type) => type switch
    {
        NotificationType.Hold => "Hold ready message",
        _ when type.IsOverdue() => "Overdue item message",
        _ => null,
    };
}
