using Bogus;
using PolarisSampleData.Domain;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 5: one NotificationHistory notice per dispatch and one NotificationLogs row per patron per
/// batch, carrying that batch's counts. The delivery outcome is decided once per message, so a
/// patron's notices in one batch share it: email completes (a few fail), texts are sent, calls reach
/// a person or a machine, mail is printed.
/// </summary>
public sealed class NotificationPhase(Faker faker)
{
    public const int FirstNotificationLogId = 4_800_001;

    /// <summary>Runs on from shard to shard, so IDs stay unique in the whole set.</summary>
    private readonly IdSequence _ids = new(FirstNotificationLogId);

    public (IReadOnlyList<Notice> Notices, IReadOnlyList<NoticeLog> Logs) Run(IEnumerable<Dispatch> dispatches)
    {
        var logs = new List<NoticeLog>();
        var messages = dispatches.GroupBy(d => (d.Batch, d.Patron.PatronId))
            .Select(g => g.OrderBy(d => d.NoticeDate).ThenBy(d => d.Type).ThenBy(d => d.Item?.ItemRecordId).ToList())
            .OrderBy(m => m[0].NoticeDate).ThenBy(m => m[0].Patron.PatronId);
        foreach (var message in messages)
        {
            var status = Outcome(message[0].Patron.Delivery);
            var notices = message.Select(d => new Notice(d, status)).ToList();
            logs.Add(new NoticeLog(_ids.Next(), message[0].Patron, message[0].Batch, notices[0].NoticeDate, status, notices));
        }
        return (logs.SelectMany(l => l.Notices).ToList(), logs);
    }

    private NotificationStatus Outcome(DeliveryOption delivery) => delivery switch
    {
        DeliveryOption.Email => faker.Random.WeightedRandom(
            [NotificationStatus.EmailCompleted, NotificationStatus.EmailFailedInvalidAddress, NotificationStatus.EmailFailed],
            [0.9f, 0.05f, 0.05f]),
        DeliveryOption.Text => NotificationStatus.Sent,
        DeliveryOption.Voice => faker.Random.WeightedRandom(
            [NotificationStatus.CallCompletedVoice, NotificationStatus.CallCompletedAnsweringMachine], [0.65f, 0.35f]),
        _ => NotificationStatus.MailPrinted,
    };
}
