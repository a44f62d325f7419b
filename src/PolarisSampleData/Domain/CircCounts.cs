namespace PolarisSampleData.Domain;

/// <summary>
/// How often a copy went out, or a patron borrowed: this calendar year, last year, and in all. Items and
/// patrons carry their counts from before the set's own loans; <see cref="World"/> adds those loans, so
/// the counters agree with the checkouts a reader can see.
/// </summary>
internal readonly record struct CircCounts(int ThisYear, int LastYear, int Lifetime)
{
    /// <summary>What a loan would have cost the patron to buy, for the counts from before the set: the catalogue's middle price.</summary>
    public const decimal TypicalPrice = 19.99m;

    /// <summary>These counts with one more loan, checked out on <paramref name="checkOut"/>, in the year <paramref name="year"/>.</summary>
    public CircCounts With(DateTime checkOut, int year) => new(
        ThisYear + (checkOut.Year == year ? 1 : 0),
        LastYear + (checkOut.Year == year - 1 ? 1 : 0),
        Lifetime + 1);
}
