namespace PolarisSampleData.Generation;

/// <summary>Hands out IDs and barcode serials in sequence, so they never collide however many are drawn.</summary>
internal sealed class IdSequence(int first)
{
    private int _next = first;

    public int Next() => _next++;
}
