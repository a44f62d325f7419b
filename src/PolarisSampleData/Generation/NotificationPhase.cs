using Bogus;
using PolarisSampleData.Domain;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 5: one NotificationHistory notice per item and one NotificationLogs row per patron per
/// batch, carrying that batch's counts. The delivery outcome is decided once per message, so a
/// patron's notices in one batch share it: email completes (a few fail), texts are sent, calls reach
/// a person or a machine, mail is printed.
/// </summary>
public sealed class NotificationPhase(Faker faker)
{
    public const int FirstNotificationLogId = 4_800_001;

    public (IReadOnlyList<Notice> Notices, IReadOnlyList<NoticeLog> Logs) Run(IReadOnlyList<Hold> holds, IReadOnlyList<Overdue> overdues)
    {
        var sent = holds.Select(h => (h.Patron, h.Item, Type: NotificationType.Hold, h.Batch, h.NoticeDate))
            .Concat(overdues.Select(o => (o.Patron, o.Item, Type: o.NoticeType, o.Batch, o.NoticeDate)));
        var ids = new IdSequence(FirstNotificationLogId);
        var logs = new List<NoticeLog>();
        foreach (var message in sent.GroupBy(n => (n.Batch, n.Patron.PatronId)).OrderBy(g => g.Min(n => n.NoticeDate)).ThenBy(g => g.Key.PatronId))
        {
            var patron = message.First().Patron;
            var status = Outcome(patron.Delivery);
            var notices = message.OrderBy(n => n.NoticeDate).ThenBy(n => n.Item.ItemRecordId)
                .Select(n => new Notice(n.Patron, n.Item, n.Type, n.Batch, n.NoticeDate, status))
                .ToList();
            logs.Add(new NoticeLog(ids.Next(), patron, message.Key.Batch, notices[0].NoticeDate, status, notices));
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
