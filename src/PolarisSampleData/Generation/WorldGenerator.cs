using Bogus;
using PolarisSampleData.Domain;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>Runs the plan's phases in order over shared registries and returns the finished world.</summary>
public static class WorldGenerator
{
    /// <param name="progress">Told the name of each phase as it starts (the CLI shows it on a terminal).</param>
    public static World Generate(GenerationOptions options, IProgress<ProgressStep>? progress = null)
    {
        var seeds = new SeedPlan(options.Seed);
        var window = options.Window;
        // The plan's spacing is for the 25-patron roster; a larger set sends proportionally faster.
        var scheduler = new TimeScheduler(window, pace: Math.Min(1.0, Roster.Size / (double)options.Patrons));

        progress?.Report(new ProgressStep("patrons"));
        var patrons = new PatronPhase(FakerFor(seeds, RandomStream.Patrons), window).Run(Roster.For(options.Patrons));
        var (addresses, patronAddresses) = new AddressPhase(FakerFor(seeds, RandomStream.Addresses)).Run(patrons);
        progress?.Report(new ProgressStep("items"));
        var (titles, items) = new ItemPhase(FakerFor(seeds, RandomStream.Items), window).Run(patrons.Count);
        var shelf = new ItemShelf(items);
        progress?.Report(new ProgressStep("holds"));
        var holds = new HoldPhase(FakerFor(seeds, RandomStream.Holds), scheduler).Run(patrons, shelf);
        progress?.Report(new ProgressStep("overdues"));
        var overdues = new OverduePhase(FakerFor(seeds, RandomStream.Overdues), scheduler).Run(patrons, shelf);
        progress?.Report(new ProgressStep("loans"));
        var (loans, reminders) = new LoanPhase(FakerFor(seeds, RandomStream.Loans), scheduler).Run(patrons, items, shelf, holds, overdues);
        var allLoans = overdues.Select(o => o.Loan).Concat(loans).ToList();
        progress?.Report(new ProgressStep("charges"));
        var (charges, fines, bills) = new ChargePhase(FakerFor(seeds, RandomStream.Charges), scheduler).Run(allLoans, overdues, patrons.Count);

        var dispatches = holds.Select(h => h.Dispatch)
            .Concat(overdues.SelectMany(o => o.Dispatches))
            .Concat(reminders.Select(r => r.Dispatch))
            .Concat(fines.Select(f => f.Dispatch))
            .Concat(bills.Select(b => b.Dispatch));
        progress?.Report(new ProgressStep("notifications"));
        var (notices, logs) = new NotificationPhase(FakerFor(seeds, RandomStream.Notifications)).Run(dispatches);

        var (runs, phoneNotices) = new ShoutbombSchedulePhase(FakerFor(seeds, RandomStream.Shoutbomb), window).Run();

        return new World(options.Today, patrons, addresses, patronAddresses, titles, items, holds, allLoans, overdues,
            reminders, charges, fines, bills, notices, logs, runs, phoneNotices);
    }

    /// <summary>Each phase gets its own seeded Faker: no Bogus global state is used.</summary>
    private static Faker FakerFor(SeedPlan seeds, RandomStream stream) =>
        new("en") { Random = new Randomizer(seeds.SeedFor(stream)) };
}
