using Bogus;

namespace PolarisSampleData.Generation;

/// <summary>
/// Choices a scenario shares out by weight (branches, languages), drawn from a stream of their own: a scenario
/// that offers one choice draws nothing, so its other streams run as the plan's do.
/// </summary>
internal sealed class SharedOut<T>(IReadOnlyList<T> choices, IReadOnlyList<float> shares, Faker draws)
{
    private readonly T[] _choices = [.. choices];
    private readonly float[] _shares = [.. shares];

    public T Next() => _choices.Length == 1 ? _choices[0] : draws.Random.WeightedRandom(_choices, _shares);
}
