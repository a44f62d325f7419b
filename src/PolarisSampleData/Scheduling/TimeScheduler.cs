namespace PolarisSampleData.Scheduling;

/// <summary>
/// Owns every notice timestamp. Notices leave in hourly batches (09:01 to 17:01); inside a batch the
/// patrons follow one another 10-59 seconds apart and one patron's items go out within 2 seconds of
/// the first, so a patron's batch reads as one combined message.
/// Seeded and stateful per instance: the same calls in the same order give the same times.
/// </summary>
public sealed class TimeScheduler(ActivityWindow window, Random random)
{
    public static readonly IReadOnlyList<TimeOnly> BatchTimes =
        Enumerable.Range(9, 9).Select(hour => new TimeOnly(hour, 1)).ToArray();

    /// <summary>Overnight notice processing queues overdue notices at 02:00.</summary>
    public static readonly TimeOnly OvernightProcessing = new(2, 0);

    /// <summary>Overdue notices queued overnight leave in one of the morning batches.</summary>
    public static readonly IReadOnlyList<TimeOnly> MorningBatches = [BatchTimes[0], BatchTimes[1]];

    /// <summary>Hold notices follow trapping through the day, after the morning overdue run.</summary>
    public static readonly IReadOnlyList<TimeOnly> HoldBatches = BatchTimes.Skip(2).ToArray();

    private readonly Dictionary<DateTime, DateTime> _lastSendInBatch = new();

    public ActivityWindow Window { get; } = window;

    public DateTime Batch(DateOnly day, TimeOnly batchTime) => ActivityWindow.At(day, batchTime);

    public DateTime PickBatch(DateOnly day, IReadOnlyList<TimeOnly> candidates) =>
        Batch(day, candidates[random.Next(candidates.Count)]);

    /// <summary>
    /// Reserves send times for one patron's <paramref name="count"/> notices in a batch: the first at the
    /// patron's turn, the rest 0.1-2 s after it, in ascending order.
    /// </summary>
    public IReadOnlyList<DateTime> Reserve(DateTime batch, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var previous = _lastSendInBatch.GetValueOrDefault(batch, batch);
        var patronTurn = previous.AddSeconds(random.Next(10, 60)).AddMilliseconds(random.Next(0, 10) * 100);
        var times = new List<DateTime>(count) { patronTurn };
        // Multiples of 10 ms: SQL Server datetime cannot hold every millisecond.
        var itemOffsets = Enumerable.Range(1, count - 1).Select(_ => random.Next(10, 201) * 10).Order();
        times.AddRange(itemOffsets.Select(ms => patronTurn.AddMilliseconds(ms)));
        _lastSendInBatch[batch] = times[^1];
        return times;
    }

    /// <summary>How long before its notice a hold was trapped: 1-59 minutes.</summary>
    public TimeSpan HoldNotificationLag() =>
        TimeSpan.FromMinutes(random.Next(1, 59)) + TimeSpan.FromSeconds(random.Next(0, 60));
}
