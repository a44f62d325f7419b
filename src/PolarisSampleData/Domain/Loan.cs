namespace PolarisSampleData.Domain;

/// <summary>
/// A checkout. Current loans (not returned) are the ItemCheckouts rows; returned loans survive only in
/// the reminders and fines they left behind.
/// </summary>
internal sealed record Loan(Patron Patron, Item Item, DateTime CheckOutDate, DateTime DueDate, int Renewals, DateTime? ReturnedDate)
{
    public bool IsCurrent => ReturnedDate is null;

    /// <summary>The due date the checkout was given, before any renewal.</summary>
    public DateTime OriginalDueDate => TermAt(CheckOutDate).DueDate;

    /// <summary>When the loan was last renewed (on its then due date), or checked out if never.</summary>
    public DateTime LastRenewalDate => Renewals == 0 ? CheckOutDate : DueAfter(CheckOutDate, Item.LoanDays, Renewals - 1);

    /// <summary>Whether the patron had the item at <paramref name="moment"/>.</summary>
    public bool IsOutAt(DateTime moment) => CheckOutDate <= moment && (ReturnedDate is null || ReturnedDate > moment);

    /// <summary>
    /// The due date in force at <paramref name="moment"/> and the renewals made by then: each renewal
    /// moved the due date one loan period on, on the old due date.
    /// </summary>
    public (DateTime DueDate, int Renewals) TermAt(DateTime moment) => TermAt(CheckOutDate, Item.LoanDays, Renewals, DueDate, moment);

    /// <summary>
    /// The term in force at <paramref name="moment"/> of a checkout renewed <paramref name="renewals"/> times by
    /// <paramref name="dueDate"/>: the rule <see cref="TermAt(DateTime)"/> follows, for verify to apply to ItemCheckouts' rows.
    /// </summary>
    public static (DateTime DueDate, int Renewals) TermAt(DateTime checkOutDate, int loanDays, int renewals, DateTime dueDate, DateTime moment)
    {
        for (var renewal = 0; renewal < renewals; renewal++)
        {
            var due = DueAfter(checkOutDate, loanDays, renewal);
            if (due >= moment) return (due, renewal);
        }
        return (dueDate, renewals);
    }

    /// <summary>The due date after <paramref name="renewals"/> renewals: the end of the day that many more loan periods on.</summary>
    public static DateTime DueAfter(DateTime checkOutDate, int loanDays, int renewals) =>
        checkOutDate.Date.AddDays(loanDays * (renewals + 1)).AddDays(1).AddSeconds(-1);

    /// <summary>Days returned after the due date's end; zero when on time or still out.</summary>
    public int DaysLate => ReturnedDate is { } returned && returned > DueDate
        ? (int)Math.Ceiling((returned - DueDate).TotalDays)
        : 0;
}
