using Bogus;
using PolarisSampleData.Domain;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>
/// Runs the plan's phases in order over shared registries. A set is made in shards of whole roster
/// blocks, one after another: each phase keeps its random stream and ID sequences from shard to shard,
/// and the scheduler keeps every batch's place, so the shards join into one set.
/// </summary>
internal static class WorldGenerator
{
    /// <summary>
    /// A set that is one shard, held in memory: the 25-patron roster, or any set of at most
    /// <see cref="GenerationOptions.ShardPatrons"/> patrons. A larger set is only ever streamed (<see cref="Shards"/>).
    /// </summary>
    public static World Generate(GenerationOptions options) => Shards(options).Single();

    /// <summary>The set's shards in patron order, each made when it is asked for (the writer reports progress by shard).</summary>
    public static IEnumerable<World> Shards(GenerationOptions options)
    {
        var cast = options.Cast;
        if (options.ShardPatrons <= 0)
            throw new ArgumentOutOfRangeException(nameof(options), "A shard holds patrons.");
        if (options.PatronsProblem() is { } problem)
            throw new ArgumentOutOfRangeException(nameof(options), problem);
        var shardPatrons = GenerationOptions.ShardSize(options.ShardPatrons, cast.Size);
        var seeds = new SeedPlan(options.Seed);
        var window = options.Window;
        // The plan's spacing is for the 25-patron roster; a larger set sends proportionally faster.
        var scheduler = new TimeScheduler(window, options.Scenario.BatchHours, pace: Math.Min(1.0, Roster.Size / (double)options.Patrons));

        var scenario = options.Scenario;
        var branches = Branch.For(scenario.Branches);
        var branchShares = scenario.Branches.Select(b => b.Share).ToList();
        var patronPhase = new PatronPhase(FakerFor(seeds, RandomStream.Patrons), window, scenario.EmailProviders, cast, new HouseholdTraits(
            new SharedOut<Language>([.. scenario.Languages.Select(l => Language.Named(l.Language)!)], [.. scenario.Languages.Select(l => l.Share)], FakerFor(seeds, RandomStream.Languages)),
            new SharedOut<Branch>(branches, branchShares, FakerFor(seeds, RandomStream.PatronBranches))));
        var addressPhase = new AddressPhase(FakerFor(seeds, RandomStream.Addresses));
        var itemPhase = new ItemPhase(FakerFor(seeds, RandomStream.Items), window, new SharedOut<Branch>(branches, branchShares, FakerFor(seeds, RandomStream.ItemBranches)));

        var overduePhase = new OverduePhase(FakerFor(seeds, RandomStream.Overdues), scheduler, options.Scenario.NoticeSchedule);
        var loanPhase = new LoanPhase(FakerFor(seeds, RandomStream.Loans), scheduler, options.Scenario.NoticeSchedule);
        var chargePhase = new ChargePhase(FakerFor(seeds, RandomStream.Charges), scheduler);
        var notificationPhase = new NotificationPhase(FakerFor(seeds, RandomStream.Notifications), options.Scenario.VoiceCalls);
        var callAttemptPhase = new CallAttemptPhase(FakerFor(seeds, RandomStream.CallAttempts));
        var (runs, phoneNotices, reports) = new ShoutbombSchedulePhase(FakerFor(seeds, RandomStream.Shoutbomb), window, options.Scenario.ShoutbombRuns).Run();
        var holdPhase = new HoldPhase(FakerFor(seeds, RandomStream.Holds), scheduler,
            [.. runs.Where(r => r.Kind == ShoutbombKind.Holds).Select(r => r.StartedAt)], options.Scenario.NoticeSchedule);

        var start = new ShardStart();
        for (var first = 0; first < options.Patrons; first += shardPatrons)
        {
            var shardRoster = cast.For(first, Math.Min(shardPatrons, options.Patrons - first));
            var shard = Shard(shardRoster) with { Start = start, Branches = branches };
            scheduler.ReleasePatronTurns();
            start = shard.Next;
            yield return shard;
        }

        World Shard(IReadOnlyList<Scenario> shardRoster)
        {
            var patrons = patronPhase.Run(shardRoster);
            var (addresses, patronAddresses) = addressPhase.Run(patrons);
            var (titles, items) = itemPhase.Run(ItemPhase.BlocksFor(shardRoster));
            var shelf = new ItemShelf(items);
            var holds = holdPhase.Run(patrons, shelf);
            var overdues = overduePhase.Run(patrons, shelf);
            var (loans, reminders) = loanPhase.Run(patrons, items, shelf, holds, overdues);
            var allLoans = overdues.Select(o => o.Loan).Concat(loans).ToList();
            var (charges, fines, bills) = chargePhase.Run(allLoans, overdues, patrons.Count);

            var dispatches = holds.SelectMany(h => h.Dispatches)
                .Concat(overdues.SelectMany(o => o.Dispatches))
                .Concat(reminders.Select(r => r.Dispatch))
                .Concat(fines.Select(f => f.Dispatch))
                .Concat(bills.Select(b => b.Dispatch));
            var (notices, logs) = notificationPhase.Run(dispatches);
            var callErrors = callAttemptPhase.Run(logs);
            var undeliveredTexts = TextDeliveryPhase.Run(logs);

            return new World(options.Today, patrons, addresses, patronAddresses, titles, items, holds, allLoans, overdues,
                reminders, charges, fines, bills, notices, logs, callErrors, undeliveredTexts, runs, phoneNotices, reports);
        }
    }

    /// <summary>Each phase gets its own seeded Faker: no Bogus global state is used.</summary>
    private static Faker FakerFor(SeedPlan seeds, RandomStream stream) =>
        new("en") { Random = new Randomizer(seeds.SeedFor(stream)) };
}
