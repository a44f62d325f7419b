using Bogus;
using PolarisSampleData.Domain;
using PolarisSampleData.Scenarios;

namespace PolarisSampleData.Generation;

/// <summary>
/// What a household shares that a scenario shares out among patrons: the language it takes notices in and the
/// branch it uses. Each is drawn from a stream of its own, and only where the scenario offers a choice, so a
/// library of one branch and one language draws nothing and a change to one setting moves nothing else.
/// </summary>
internal sealed class HouseholdTraits(IReadOnlyList<LanguageShare> languages, Faker languageDraws, IReadOnlyList<BranchShare> branchShares, Faker branchDraws)
{
    private readonly Language[] _languages = [.. languages.Select(l => Language.Named(l.Language) ?? throw new ArgumentException($"No language {l.Language}.", nameof(languages)))];
    private readonly float[] _languageShares = [.. languages.Select(l => l.Share)];
    private readonly Branch[] _branches = [.. Branch.For(branchShares)];
    private readonly float[] _branchShares = [.. branchShares.Select(b => b.Share)];

    public (Language Language, Branch Branch) Draw() => (Pick(_languages, _languageShares, languageDraws), Pick(_branches, _branchShares, branchDraws));

    private static T Pick<T>(T[] choices, float[] shares, Faker draws) => choices.Length == 1 ? choices[0] : draws.Random.WeightedRandom(choices, shares);
}
