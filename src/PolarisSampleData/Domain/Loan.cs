namespace PolarisSampleData.Domain;

/// <summary>
/// A checkout. Current loans (not returned) are the ItemCheckouts rows; returned loans survive only in
/// the reminders and fines they left behind.
/// </summary>
public sealed record Loan(Patron Patron, Item Item, DateTime CheckOutDate, DateTime DueDate, int Renewals, DateTime? ReturnedDate)
{
    public bool IsCurrent => ReturnedDate is null;

    /// <summary>Days returned after the due date's end; zero when on time or still out.</summary>
    public int DaysLate => ReturnedDate is { } returned && returned > DueDate
        ? (int)Math.Ceiling((returned - DueDate).TotalDays)
        : 0;
}
