using Bogus;
using PolarisSampleData.Domain;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>
/// Loans from before the set's own, as counters remember them: up to a rate's worth in each span (this
/// calendar year, last year, earlier) that the copy or patron existed, ending before the set's oldest
/// checkout so the two never overlap. A copy cannot go out more often than its loan period allows.
/// </summary>
internal static class CirculationHistory
{
    public static CircCounts Draw(Faker faker, ActivityWindow window, DateTime from, DateTime until, double loansPerDay)
    {
        var end = ActivityWindow.Earlier(until, window.BeforeSetLoans);
        var yearStart = new DateTime(window.Today.Year, 1, 1);
        var thisYear = Loans(ActivityWindow.Later(from, yearStart), end);
        var lastYear = Loans(ActivityWindow.Later(from, yearStart.AddYears(-1)), ActivityWindow.Earlier(yearStart, end));
        var earlier = Loans(from, ActivityWindow.Earlier(yearStart.AddYears(-1), end));
        return new CircCounts(thisYear, lastYear, thisYear + lastYear + earlier);

        int Loans(DateTime start, DateTime stop) => stop <= start ? 0 : faker.Random.Int(0, (int)((stop - start).TotalDays * loansPerDay));
    }
}
