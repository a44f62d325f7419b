using PolarisSampleData.Domain;

namespace PolarisSampleData.Generation;

/// <summary>
/// What a household shares that a scenario shares out among patrons: the language it takes notices in and the
/// branch it uses, each drawn from a stream of its own, so a change to one setting moves nothing else.
/// </summary>
internal sealed class HouseholdTraits(SharedOut<Language> languages, SharedOut<Branch> branches)
{
    public (Language Language, Branch Branch) Draw() => (languages.Next(), branches.Next());
}
