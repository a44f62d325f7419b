using System.Text.Json.Serialization;

namespace PolarisSampleData.Scheduling;

/// <summary>
/// The hours whose batches carry notices, <paramref name="First"/> to <paramref name="Last"/>, each batch leaving at
/// hh:01 and its notices by hh:59. The first carries the night's reminders, fine notices and bills, the second the
/// overdue notices, the rest the day's hold notices. The plan's are 09 to 17.
/// </summary>
public sealed record BatchHours(int First, int Last)
{
    /// <summary>
    /// The first batch comes after the 02:00 notice processing and early enough that the overdue batch has gone by 11:01,
    /// before the day's returns pile up; the last leaves by 22:59. Three batches at least: the account, overdue and a hold batch.
    /// </summary>
    public const int EarliestFirst = 7, LatestFirst = 10, LatestLast = 22, FewestBatches = 3;

    public static BatchHours Plan { get; } = new(9, 17);

    [JsonIgnore]
    public IReadOnlyList<TimeOnly> Times => [.. Enumerable.Range(First, Last - First + 1).Select(hour => new TimeOnly(hour, 1))];

    /// <summary>Reminders, fine notices and bills from overnight processing open the day.</summary>
    [JsonIgnore]
    public TimeOnly AccountBatch => new(First, 1);

    /// <summary>Overdue notices from overnight processing follow in the second batch.</summary>
    [JsonIgnore]
    public TimeOnly OverdueBatch => new(First + 1, 1);

    /// <summary>Hold notices follow trapping through the rest of the day.</summary>
    [JsonIgnore]
    public IReadOnlyList<TimeOnly> HoldBatches => [.. Times.Skip(2)];

    /// <summary>Why these are not hours the generator can run, or null.</summary>
    [JsonIgnore]
    public string? Problem => First is < EarliestFirst or > LatestFirst
        ? $"the first batch hour {First} is not from {EarliestFirst} to {LatestFirst}"
        : Last - First + 1 < FewestBatches || Last > LatestLast
            ? $"the last batch hour {Last} is not from {First + FewestBatches - 1} to {LatestLast}"
            : null;
}
