namespace PolarisSampleData.Domain;

/// <summary>One physical copy of a title, belonging to a branch (its assigned and home branch).</summary>
internal sealed record Item(
    int ItemRecordId,
    string Barcode,
    Title Title,
    int ShelfLocationId,
    int FineCodeId,
    int LoanPeriodCodeId,
    int StatisticalCodeId,
    int RenewalLimit,
    DateTime FirstAvailableDate,
    CircCounts PriorCirculation,
    Branch Branch)
{
    public int LoanDays => LoanDaysFor(LoanPeriodCodeId);

    /// <summary>What the library paid: every copy of a title alike.</summary>
    public decimal Price => Title.Price;

    /// <summary>Loan length for Polaris LoanPeriodCodes 1 (28 days), 2 (14 days) and 3 (7 days).</summary>
    public static int LoanDaysFor(int loanPeriodCodeId) => loanPeriodCodeId switch { 2 => 14, 3 => 7, _ => 28 };

    public Fine Fine => Fine.ForCode(FineCodeId);
}
