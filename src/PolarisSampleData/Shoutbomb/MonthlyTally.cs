using PolarisSampleData.Domain;

namespace PolarisSampleData.Shoutbomb;

/// <summary>
/// Counts a month's <see cref="MonthlyStatistics"/> shard by shard as the set is written: what the month's
/// runs submitted (through the same queries that write the uploads) and the voice calls Polaris logged.
/// Counts add up across shards; phone numbers, which patrons of different shards can share, are gathered.
/// </summary>
internal sealed class MonthlyTally(DateOnly month)
{
    private ByMedium _holds, _overdues, _renewals, _registered, _signedUp;
    private long _eligible, _ineligible, _notDelivered;
    private readonly SortedDictionary<DateOnly, long> _calls = [];
    private readonly HashSet<string> _phones = new(StringComparer.Ordinal), _signedUpPhones = new(StringComparer.Ordinal);
    private readonly List<string> _removed = [];

    /// <summary>Whether <paramref name="day"/> is one of the month's.</summary>
    public bool Covers(DateOnly day) => day.Year == month.Year && day.Month == month.Month;

    public void Add(World shard, SubmissionQueries queries)
    {
        foreach (var run in shard.PhoneNoticesRuns.Where(r => Covers(r.Day))) _calls.TryAdd(run.Day, 0);
        var runs = shard.ShoutbombRuns.Where(r => Covers(DateOnly.FromDateTime(r.StartedAt))).ToList();
        // A hold stays in every upload until its HoldTillDate; Shoutbomb sends its notice once.
        foreach (var hold in runs.Where(r => r.Kind == ShoutbombKind.Holds).SelectMany(r => queries.HoldsUploaded(r.StartedAt)).DistinctBy(h => h.SysHoldRequestId))
            _holds += One(hold.Patron);
        foreach (var run in runs.Where(r => r.Kind == ShoutbombKind.Overdue))
            foreach (var loan in queries.OverdueUploaded(run.StartedAt).DistinctBy(l => l.Item.ItemRecordId))
                _overdues += One(loan.Patron);
        foreach (var run in runs.Where(r => r.Kind == ShoutbombKind.Renew))
            foreach (var loan in queries.RenewUploaded(run.StartedAt).DistinctBy(l => l.Item.ItemRecordId))
            {
                _renewals += One(loan.Patron);
                if (loan.TermAt(run.StartedAt).Renewals < loan.Item.RenewalLimit) _eligible++;
                else _ineligible++;
            }
        foreach (var (kind, option) in new[] { (ShoutbombKind.VoicePatrons, DeliveryOption.Voice), (ShoutbombKind.TextPatrons, DeliveryOption.Text) })
        {
            var lists = runs.Where(r => r.Kind == kind).OrderBy(r => r.StartedAt).ToList();
            if (lists.Count == 0) continue;
            var first = queries.Listed(lists[0].StartedAt, option).ToList();
            var last = queries.Listed(lists[^1].StartedAt, option).ToList();
            var firstBarcodes = first.Select(p => p.Barcode).ToHashSet(StringComparer.Ordinal);
            var lastBarcodes = last.Select(p => p.Barcode).ToHashSet(StringComparer.Ordinal);
            foreach (var patron in last)
            {
                _registered += One(patron);
                _phones.Add(ShoutbombMail.Digits(patron.Phone!));
                if (firstBarcodes.Contains(patron.Barcode)) continue;
                _signedUp += One(patron);
                _signedUpPhones.Add(ShoutbombMail.Digits(patron.Phone!));
            }
            _removed.AddRange(firstBarcodes.Where(b => !lastBarcodes.Contains(b)));
        }
        foreach (var log in shard.Logs)
        {
            if (log.Delivery != DeliveryOption.Voice || !Covers(DateOnly.FromDateTime(log.NotificationDateTime))) continue;
            var day = DateOnly.FromDateTime(log.NotificationDateTime);
            _calls[day] = _calls.GetValueOrDefault(day) + 1;
            if (log.Status.IsUndeliveredCall()) _notDelivered++;
        }
    }

    /// <param name="optedOut">The month's opted-out lines of the daily reports, each once, as they were first listed.</param>
    /// <param name="invalid">Its invalid lines, likewise.</param>
    /// <param name="stopReplies">The opted-out numbers first listed in the month.</param>
    public MonthlyStatistics Statistics(IReadOnlyList<string> optedOut, IReadOnlyList<string> invalid, long stopReplies) => new(
        _holds, _overdues, _renewals, _eligible, _ineligible, [.. _calls.Select(c => (c.Key, c.Value))], _notDelivered,
        optedOut, invalid, stopReplies, _registered, _phones.Count, _signedUp, _signedUpPhones.Count, [.. _removed.Order(StringComparer.Ordinal)]);

    private static ByMedium One(Patron patron) => patron.Delivery == DeliveryOption.Voice ? new(0, 1) : new(1, 0);
}
