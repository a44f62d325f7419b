namespace PolarisSampleData.Scheduling;

/// <summary>A random whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
internal delegate int Draw(int min, int max);

/// <summary>
/// Owns every notice timestamp. Notices leave in hourly batches (09:01 to 17:01 in the plan's <see cref="BatchHours"/>); inside a batch the
/// patrons follow one another 10-59 seconds apart and one patron's notices go out within 2 seconds of
/// the patron's turn, so a patron's batch reads as one combined message (a reminder on a second channel is
/// a second message, 4-6 s after the turn).
/// It keeps no random stream of its own: each phase passes its draws in, so a phase that draws more
/// never shifts another phase's values. The same calls in the same order give the same times.
/// </summary>
/// <param name="pace">1 spaces patrons as the plan does; a busier set passes less (0.5 sends twice as fast).</param>
internal sealed class TimeScheduler(ActivityWindow window, BatchHours batches, double pace = 1.0)
{
    /// <summary>The hours whose batches carry notices: a notice leaves from hh:01 to hh:59 of them.</summary>
    public BatchHours Batches { get; } = batches;

    /// <summary>The hold batches, kept: every hold picks one.</summary>
    public IReadOnlyList<TimeOnly> HoldBatches { get; } = batches.HoldBatches;

    /// <summary>
    /// The plan's hold-notice lag: a hold's notice leaves in the next hourly batch, 1 to 59 minutes after
    /// the hold was trapped (whole minutes from the first, under the last plus one).
    /// </summary>
    public const int HoldNoticeFirstMinute = 1, HoldNoticeLastMinute = 59;

    /// <summary>Overnight notice processing queues the day's notices at 02:00.</summary>
    public static readonly TimeOnly OvernightProcessing = new(2, 0);

    /// <summary>How long after its first notice a message's last may leave: what one log covers.</summary>
    public const int MessageSpanMilliseconds = 2000;

    /// <summary>Where the last patron of each batch went out: the next patron follows it.</summary>
    private readonly Dictionary<DateTime, DateTime> _lastTurnInBatch = new();

    private readonly Dictionary<(DateTime Batch, int PatronId), DateTime> _patronTurns = new();

    public ActivityWindow Window { get; } = window;

    /// <summary>
    /// Forgets the turns of the patrons scheduled so far: a shard's patrons are done when it is, and a
    /// million patrons' turns need not be held. Later patrons still follow them in every batch.
    /// </summary>
    public void ReleasePatronTurns() => _patronTurns.Clear();

    public static DateTime Batch(DateOnly day, TimeOnly batchTime) => ActivityWindow.At(day, batchTime);

    /// <summary>
    /// Reserves send times for <paramref name="count"/> of a patron's notices in a batch, ascending. The
    /// patron's first notice in the batch goes out at the patron's turn; every other one 0.1-2 s after it,
    /// even when a later phase adds notices to the same patron's batch. A <paramref name="separateMessage"/>
    /// (a reminder by email to a patron who prefers another channel) goes 0.1-2 s after the span of the first
    /// message's log wherever in its own span that log begins (4 s after the turn), so each message's log
    /// covers its own notices and no other's.
    /// </summary>
    /// <param name="notBefore">A moment the patron's turn must follow (a phone notice follows the upload that carried it).</param>
    public IReadOnlyList<DateTime> Reserve(DateTime batch, int patronId, int count, Draw draw, bool separateMessage = false, DateTime? notBefore = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var times = new List<DateTime>(count);
        if (!_patronTurns.TryGetValue((batch, patronId), out var turn))
        {
            var last = _lastTurnInBatch.GetValueOrDefault(batch, batch);
            var previous = notBefore is { } moment && moment > last ? moment : last;
            var gap = (draw(10, 59) * 1000 + draw(0, 9) * 100) * pace;
            // Past ~150,000 patrons the gap rounds to no tick: patrons then share turns, and a batch of millions still fits its hour.
            turn = SqlDateTime.Round(previous.AddMilliseconds(gap));
            _patronTurns[(batch, patronId)] = turn;
            // The next patron follows this one's first message, 2 s after its turn (at the roster's pace); a second
            // message of this patron may go out after the next patron's turn, which no log confuses.
            _lastTurnInBatch[batch] = SqlDateTime.Round(turn.AddMilliseconds(MessageSpanMilliseconds * pace));
            if (!separateMessage) times.Add(turn);
        }
        var start = separateMessage ? turn.AddMilliseconds(2 * MessageSpanMilliseconds) : turn;
        // Each at a datetime tick: 0.1-2 s after the start, never past its span.
        var offsets = new int[count - times.Count];
        for (var i = 0; i < offsets.Length; i++) offsets[i] = draw(100, MessageSpanMilliseconds);
        Array.Sort(offsets);
        foreach (var ms in offsets) times.Add(SqlDateTime.Round(start.AddMilliseconds(ms)));
        return times;
    }
}
