using Bogus;
using PolarisSampleData.Domain;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 5b: what Shoutbomb's dialer did with each call to a number that errored (logged as a probable
/// bad number): it tried three times, two to three hours apart (closer for a late call, as it calls no
/// later than 21:00), each attempt with the carrier's call id and a session id, which the next morning's
/// "Calls that generated errors" report lists.
/// </summary>
internal sealed class CallAttemptPhase(Faker faker)
{
    /// <summary>The dialer's last call of the day; calls go out from the 17:01 batch at the latest, so every retry fits.</summary>
    private static readonly TimeSpan LastCall = new(21, 0, 0);

    public IReadOnlyList<CallError> Run(IReadOnlyList<NoticeLog> logs) =>
        [.. logs.Where(l => l.Delivery == DeliveryOption.Voice && l.Status == NotificationStatus.CallBadNumber).Select(log =>
        {
            var at = log.NotificationDateTime;
            var attempts = new List<CallAttempt>(CallError.AttemptsMade);
            for (var i = 0; i < CallError.AttemptsMade; i++)
            {
                if (i > 0)
                {
                    var left = (log.NotificationDateTime.Date + LastCall - at).TotalMinutes / (CallError.AttemptsMade - i);
                    at = at.AddMinutes(Math.Min(faker.Random.Int(120, 179), (int)left)).AddSeconds(faker.Random.Int(0, 59));
                }
                attempts.Add(new CallAttempt(new DateTime(at.Year, at.Month, at.Day, at.Hour, at.Minute, at.Second),
                    $"c-{faker.Random.Hexadecimal(8, "")}-{faker.Random.Guid()}", faker.Random.Guid().ToString()));
            }
            return new CallError(log, attempts);
        })];
}
