using System.Globalization;
using System.Text;
using PolarisSampleData.Output;

namespace PolarisSampleData.Shoutbomb;

/// <summary>How many of something went by text and how many by voice.</summary>
internal readonly record struct ByMedium(long Text, long Voice)
{
    public long Total => Text + Voice;

    public static ByMedium operator +(ByMedium a, ByMedium b) => new(a.Text + b.Text, a.Voice + b.Voice);
}

/// <summary>
/// Shoutbomb's monthly statistics ("Shoutbomb Rpt November 2025", on the 1st at about 13:14), counted over
/// the days of the month the set holds (from the window's first day), so that every number in it can be
/// recounted from the set's files: the month's submissions by kind and medium (a hold once however many
/// uploads carried it; an overdue or renew line once a day), renewals eligible when the loan had renewals
/// left, the voice calls Polaris logged day by day and those not delivered, the text numbers the month's
/// daily reports listed, the registered patrons of the month's last voice and text lists against its first.
/// Nobody in the set replies RENEW, so none is renewed through Shoutbomb; a STOP counts in the month
/// Shoutbomb first lists its number as opted out.
/// </summary>
/// <param name="CallsByDay">Every day of the month the set holds, oldest first, with the voice calls logged that day.</param>
/// <param name="OptedOut">The month's opted-out text numbers, each once, in the daily report's line form.</param>
/// <param name="Invalid">The month's invalid text numbers, likewise.</param>
/// <param name="Registered">The patrons on the month's last voice_patrons and text_patrons lists.</param>
/// <param name="RegisteredUsers">Their distinct phone numbers (a household can share one).</param>
/// <param name="SignedUp">Patrons on the month's last lists who were not on its first.</param>
/// <param name="BarcodesRemoved">Barcodes on a first list of the month and not on the last, in barcode order.</param>
internal sealed record MonthlyStatistics(
    ByMedium Holds,
    ByMedium Overdues,
    ByMedium Renewals,
    long RenewalsEligible,
    long RenewalsIneligible,
    IReadOnlyList<(DateOnly Day, long Calls)> CallsByDay,
    long CallsNotDelivered,
    IReadOnlyList<string> OptedOut,
    IReadOnlyList<string> Invalid,
    long StopReplies,
    ByMedium Registered,
    long RegisteredUsers,
    ByMedium SignedUp,
    long SignedUpUsers,
    IReadOnlyList<string> BarcodesRemoved)
{
    /// <summary>A barcode as the report prints it: all but its last four digits masked.</summary>
    private static string Redacted(string barcode) => new string('X', Math.Max(0, barcode.Length - 4)) + barcode[Math.Max(0, barcode.Length - 4)..];

    /// <summary>The report's body, section by section between Shoutbomb's banners, each line ending CRLF.</summary>
    public string Body(string library)
    {
        var notices = Holds + Overdues + Renewals;
        var calls = CallsByDay.Sum(d => d.Calls);
        string[] lines =
        [
            $"Branch:: {library}",
            Banner('='),
            ByMonth("Hold text notices", Holds.Text),
            ByMonth("Hold voice notices", Holds.Voice),
            ByMonth("Overdue text notices", Overdues.Text),
            ByMonth("Overdue voice notices", Overdues.Voice),
            ByMonth("Renewal text notices", Renewals.Text),
            ByMonth("Renewal voice notices", Renewals.Voice),
            ByMonth("Renewals eligible", RenewalsEligible),
            ByMonth("Renewals ineligible", RenewalsIneligible),
            ByMonth("Renewed successfully", 0),
            ByMonth("Renewed unsuccessfully", 0),
            ByMonth("Voice calls", calls),
            ByMonth("Voice calls not delivered", CallsNotDelivered),
            ByMonth("Opted-out text numbers", OptedOut.Count),
            ByMonth("Invalid text numbers", Invalid.Count),
            Banner('.'),
            "TOTALS",
            ByMonth("Text notices", notices.Text),
            ByMonth("Voice notices", notices.Voice),
            ByMonth("Total notices", notices.Total),
            $"Percentage of hold notices :: {Percent(Holds.Total, notices.Total)}",
            $"Percentage of overdue notices :: {Percent(Overdues.Total, notices.Total)}",
            $"Percentage of renewal notices :: {Percent(Renewals.Total, notices.Total)}",
            $"Percentage of text notices :: {Percent(notices.Text, notices.Total)}",
            $"Percentage of voice notices :: {Percent(notices.Voice, notices.Total)}",
            $"Percentage of voice calls not delivered :: {Percent(CallsNotDelivered, calls)}",
            Banner('.'),
            $"{library} has {N(Registered.Text)} registered patrons for text notices",
            $"{library} has {N(Registered.Voice)} registered patrons for voice notices",
            Banner('.'),
            .. CallsByDay.Reverse().Select(d => $"On {CsvFormat.Day(d.Day)} there were {N(d.Calls)} calls"),
            $"Average daily call volume is:: {N(CallsByDay.Count == 0 ? 0 : (calls * 2 + CallsByDay.Count) / (CallsByDay.Count * 2))}",
            Banner('*'),
            OptedOutHeading,
            .. OptedOut,
            InvalidHeading,
            .. Invalid,
            Banner('*'),
            .. StopReplies > 0 ? [$"STOP was used {N(StopReplies)} times."] : Array.Empty<string>(),
            Banner('='),
            $"Total registered users = {N(RegisteredUsers)}",
            $"Total registered barcodes = {N(Registered.Total)}",
            $"Registered users the last month = {N(SignedUpUsers)}",
            $"{library} signed up {N(SignedUp.Voice)} patron(s) for voice notices the last month",
            $"{library} signed up {N(SignedUp.Text)} patron(s) for text notices the last month",
            Banner('='),
            "Barcodes removed the last month:",
            .. BarcodesRemoved.Select(Redacted),
            "Cards updated the last month:",
            "Cards notified of expiry the last month:",
        ];
        var body = new StringBuilder();
        foreach (var line in lines) body.Append(line).Append("\r\n");
        return body.ToString();

        static string ByMonth(string label, long n) => $"{label} for the month = {N(n)}";
    }

    public const string OptedOutHeading = "Phone numbers that OPTED-OUT this month:", InvalidHeading = "Phone numbers that seem invalid this month:";

    private static string Banner(char c) => new(c, 60);

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share to two decimals, rounded half up in whole numbers, so it reads the same wherever it is recounted.</summary>
    private static string Percent(long part, long whole)
    {
        var hundredths = whole == 0 ? 0 : (part * 20000 + whole) / (whole * 2);
        return $"{N(hundredths / 100)}.{(hundredths % 100).ToString("00", CultureInfo.InvariantCulture)}%";
    }
}
