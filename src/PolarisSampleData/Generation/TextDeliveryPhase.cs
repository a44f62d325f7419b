using PolarisSampleData.Domain;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 5c: the texts Shoutbomb could not deliver. Polaris logs every text as sent and never learns
/// otherwise; Shoutbomb lists the number in its next morning's report. A number that cannot take texts
/// fails every text; a patron who opts out replies STOP to the first text of the window, and every text
/// after it fails. Nothing here is drawn: the roster says whose number fails and how.
/// </summary>
internal static class TextDeliveryPhase
{
    /// <param name="logs">The shard's NotificationLogs rows, in the order they were written.</param>
    public static IReadOnlyList<UndeliveredText> Run(IReadOnlyList<NoticeLog> logs)
    {
        var undelivered = new List<UndeliveredText>();
        var answered = new HashSet<int>();
        foreach (var log in logs)
        {
            if (log.Delivery != DeliveryOption.Text || log.Patron.Scenario.TextFails is not { } why) continue;
            // The text the patron answered STOP to was delivered; the opt-out holds from then on.
            if (why == TextFailure.OptedOut && answered.Add(log.Patron.PatronId)) continue;
            undelivered.Add(new UndeliveredText(log, why));
        }
        return undelivered;
    }
}
