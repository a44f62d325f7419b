using Bogus;
using PolarisSampleData.Domain;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 5: one NotificationHistory notice per dispatch and one NotificationLogs row per patron per
/// batch and delivery option, carrying that message's counts. The delivery outcome is decided once per message, so a
/// patron's notices in one batch share it: email completes (a few fail), texts are sent, calls reach
/// a person or a machine, mail is printed.
/// </summary>
internal sealed class NotificationPhase(Faker faker)
{
    public const int FirstNotificationLogId = 4_800_001;

    /// <summary>Runs on from shard to shard, so IDs stay unique in the whole set.</summary>
    private readonly IdSequence _ids = new(FirstNotificationLogId);

    public (IReadOnlyList<Notice> Notices, IReadOnlyList<NoticeLog> Logs) Run(IEnumerable<Dispatch> dispatches)
    {
        var logs = new List<NoticeLog>();
        foreach (var message in Messages(dispatches))
        {
            var status = Outcome(message[0].Delivery);
            var notices = message.Select(d => new Notice(d, status)).ToList();
            logs.Add(new NoticeLog(_ids.Next(), message[0].Patron, message[0].Batch, notices[0].NoticeDate, status, notices));
        }
        return (logs.SelectMany(l => l.Notices).ToList(), logs);
    }

    /// <summary>
    /// Each patron's dispatches in one batch by one delivery option, as one message: in sending order (then by type and item),
    /// and the messages in the order they went out. One sort instead of grouping, as a large set has
    /// hundreds of thousands of messages.
    /// </summary>
    private static List<List<Dispatch>> Messages(IEnumerable<Dispatch> dispatches)
    {
        var sorted = dispatches.ToList();
        // The sort is not stable but is deterministic, and no two dispatches share all six keys.
        sorted.Sort((a, b) =>
        {
            var order = a.Batch.CompareTo(b.Batch);
            if (order == 0) order = a.Patron.PatronId.CompareTo(b.Patron.PatronId);
            if (order == 0) order = a.Delivery.CompareTo(b.Delivery);
            if (order == 0) order = a.NoticeDate.CompareTo(b.NoticeDate);
            if (order == 0) order = a.Type.CompareTo(b.Type);
            if (order == 0) order = Nullable.Compare(a.Item?.ItemRecordId, b.Item?.ItemRecordId);
            return order;
        });
        var messages = new List<List<Dispatch>>();
        foreach (var dispatch in sorted)
        {
            if (messages.Count == 0 || messages[^1][0].Batch != dispatch.Batch || messages[^1][0].Patron.PatronId != dispatch.Patron.PatronId
                || messages[^1][0].Delivery != dispatch.Delivery)
                messages.Add([]);
            messages[^1].Add(dispatch);
        }
        messages.Sort((a, b) =>
        {
            var order = a[0].NoticeDate.CompareTo(b[0].NoticeDate);
            return order != 0 ? order : a[0].Patron.PatronId.CompareTo(b[0].Patron.PatronId);
        });
        return messages;
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
