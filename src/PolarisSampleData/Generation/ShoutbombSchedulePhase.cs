using Bogus;
using PolarisSampleData.Domain;
using PolarisSampleData.Scenarios;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>
/// Phase 6: when each scheduled export ran on each day of the past window, today included, and when
/// Shoutbomb's report emails reached the library (voice failures the same afternoon, call errors and
/// invalid text numbers the next morning, the previous month's statistics on the 1st, those that
/// arrived by today). Real schedulers and senders
/// run a few seconds or minutes late, and the archive names carry those seconds.
/// </summary>
internal sealed class ShoutbombSchedulePhase(Faker faker, ActivityWindow window, ShoutbombRunTimes times)
{
    public (IReadOnlyList<ShoutbombRun> Runs, IReadOnlyList<PhoneNoticesRun> PhoneNotices, IReadOnlyList<ShoutbombReport> Reports) Run()
    {
        var days = Enumerable.Range(0, window.DaysBack + 1).Select(offset => window.First.AddDays(offset)).ToList();
        var runs = days.SelectMany(day => ShoutbombRun.Schedule(times).Select(task =>
            new ShoutbombRun(task.Kind, Late(day, task.At)))).ToList();
        var phoneNotices = days.Select(day => new PhoneNoticesRun(day, Late(day, ShoutbombRun.PhoneNoticesAt))).ToList();
        var reports = days.Select(day => Report(ShoutbombReportKind.VoiceNotDelivered, day))
            .Concat(days.Where(day => day < window.Today).Select(day => Report(ShoutbombReportKind.CallErrors, day)))
            .Concat(days.Where(day => day < window.Today).Select(day => Report(ShoutbombReportKind.InvalidPhoneNumbers, day)))
            // The 1st's report of the previous month, where the set holds some of that month's days.
            .Concat(days.Where(day => day.Day == 1 && day > window.First).Select(day => Report(ShoutbombReportKind.MonthlyStatistics, day.AddMonths(-1))))
            .ToList();
        return (runs, phoneNotices, reports);
    }

    private ShoutbombReport Report(ShoutbombReportKind kind, DateOnly day) => new(kind, day,
        ShoutbombReport.Due(kind, day).AddSeconds(faker.Random.Int(0, 150)),
        GraphId: "AAMkAGQ5" + faker.Random.String2(144, GraphIdLetters) + "=",
        MessageId: $"<{faker.Random.Guid():N}@{ShoutbombReport.SenderDomain}>");

    /// <summary>The letters of a Graph message id (base64 with <c>-</c> and <c>_</c>).</summary>
    private const string GraphIdLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private DateTime Late(DateOnly day, TimeOnly at) => ActivityWindow.At(day, at).AddSeconds(faker.Random.Int(1, 40));
}
