using Bogus;
using PolarisSampleData.Domain;
using PolarisSampleData.Scenarios;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 5: one NotificationHistory notice per dispatch and one NotificationLogs row per patron per
/// batch and delivery option, carrying that message's counts. The delivery outcome is decided once per
/// message, so a patron's notices in one batch share it. An outcome that says the address is bad
/// belongs to the address, not to the message: a bouncing email address fails every notice sent to it
/// (invalid address, or failed, the same each time) and a disconnected number fails every call as a
/// probable bad number. Elsewhere email completes, texts are sent, mail is printed, and a call reaches a
/// person or a machine or, now and then, is hung up on, busy or unanswered, which the next call need not be.
/// </summary>
internal sealed class NotificationPhase(Faker faker, VoiceCallOutcomes voiceCalls)
{
    private static readonly NotificationStatus[] CallOutcomes =
        [NotificationStatus.CallCompletedVoice, NotificationStatus.CallCompletedAnsweringMachine,
         NotificationStatus.CallBusy, NotificationStatus.CallNoAnswer, NotificationStatus.CallHangUp];

    // Bogus gives what the shares leave short of 1 to the last item: an outcome with no share is left out, so it is never drawn.
    private readonly NotificationStatus[] _callOutcomes = [.. CallOutcomes.Where((_, i) => voiceCalls.Shares[i] > 0)];
    private readonly float[] _callShares = [.. voiceCalls.Shares.Where(share => share > 0)];

    public const int FirstNotificationLogId = 4_800_001;

    /// <summary>Runs on from shard to shard, so IDs stay unique in the whole set.</summary>
    private readonly IdSequence _ids = new(FirstNotificationLogId);

    /// <summary>How each patron's bouncing email address fails, drawn when it first bounces and kept.</summary>
    private readonly Dictionary<int, NotificationStatus> _bounces = [];

    public (IReadOnlyList<Notice> Notices, IReadOnlyList<NoticeLog> Logs) Run(IEnumerable<Dispatch> dispatches)
    {
        var logs = new List<NoticeLog>();
        foreach (var message in Messages(dispatches))
        {
            var status = Outcome(message[0].Patron, message[0].Delivery);
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

    private NotificationStatus Outcome(Patron patron, DeliveryOption delivery) => delivery switch
    {
        DeliveryOption.Email when patron.Scenario.EmailBounces => Bounce(patron),
        DeliveryOption.Email => NotificationStatus.EmailCompleted,
        DeliveryOption.Text => NotificationStatus.Sent,
        DeliveryOption.Voice when patron.Scenario.PhoneDisconnected => NotificationStatus.CallBadNumber,
        DeliveryOption.Voice => faker.Random.WeightedRandom(_callOutcomes, _callShares),
        _ => NotificationStatus.MailPrinted,
    };

    private NotificationStatus Bounce(Patron patron)
    {
        if (!_bounces.TryGetValue(patron.PatronId, out var status))
            _bounces[patron.PatronId] = status = faker.Random.WeightedRandom(
                [NotificationStatus.EmailFailedInvalidAddress, NotificationStatus.EmailFailed], [0.7f, 0.3f]);
        return status;
    }
}
