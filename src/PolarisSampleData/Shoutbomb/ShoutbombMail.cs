using System.Globalization;
using System.Text;
using PolarisSampleData.Domain;
using PolarisSampleData.Output;

namespace PolarisSampleData.Shoutbomb;

/// <summary>
/// The emails Shoutbomb sends the library, as their text: the subject a mailbox rule or the library's
/// software sorts them by, the lines, and the RFC 5322 message around them. The addresses are on a
/// reserved domain, so nothing written here can reach a real mailbox; importers sort by subject alone.
/// </summary>
internal static class ShoutbombMail
{
    public const string FromName = "Shoutbomb";
    public const string FromAddress = "reports@" + ShoutbombReport.SenderDomain;
    public const string ToAddress = "notices@dcpl.example";

    /// <summary>Plain-text mail is wrapped before this column, so a long line runs on to the next.</summary>
    public const int WrapAt = 76;

    /// <summary>
    /// <c>Voice notices that were not delivered on Mon, November 10th 2025</c>, <c>Calls that generated
    /// errors Sun, November 2nd 2025</c> or <c>Invalid patron phone number Thu, November 13th 2025</c>, the
    /// day the calls or texts were made; <c>Shoutbomb Rpt October 2025</c>, the month counted.
    /// </summary>
    public static string Subject(ShoutbombReport report)
    {
        if (report.Kind == ShoutbombReportKind.MonthlyStatistics) return MonthlySubject + report.Covers.ToString(SubjectMonth, CultureInfo.InvariantCulture);
        var day = $"{report.Covers.ToString("ddd, MMMM ", CultureInfo.InvariantCulture)}{Ordinal(report.Covers.Day)} {report.Covers.Year.ToString(CultureInfo.InvariantCulture)}";
        return report.Kind switch
        {
            ShoutbombReportKind.VoiceNotDelivered => $"{VoiceSubject}{day}",
            ShoutbombReportKind.CallErrors => $"{CallErrorsSubject}{day}",
            _ => $"{InvalidNumbersSubject}{day}",
        };
    }

    /// <summary>How each kind's subject starts, before the day or month: the library's software sorts the mail by these alone.</summary>
    public const string VoiceSubject = "Voice notices that were not delivered on ", CallErrorsSubject = "Calls that generated errors ",
        InvalidNumbersSubject = "Invalid patron phone number ", MonthlySubject = "Shoutbomb Rpt ";

    /// <summary>The month in the monthly report's subject: <c>Shoutbomb Rpt October 2025</c>.</summary>
    public const string SubjectMonth = "MMMM yyyy";

    public static string Ordinal(int day) => day.ToString(CultureInfo.InvariantCulture) + (day % 100 is 11 or 12 or 13 ? "th" : (day % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });

    /// <summary>
    /// One failed call: <c>phone | barcode| library name| Last, First | message</c>, the spacing around
    /// the pipes uneven as Shoutbomb writes it, the phone as 10 bare digits.
    /// </summary>
    public static string VoiceFailureLine(Patron patron, string phone, string message) =>
        $"{Digits(phone)} | {patron.Barcode}| {Library.Name}| {patron.LastName}, {patron.FirstName} | {message}";

    /// <summary>What the carrier said of a call to a disconnected number.</summary>
    public const string DisconnectMessage = "Number not in service";

    /// <summary>
    /// One attempt of a call that errored, as the carrier logged it: no barcode, so the phone and the date
    /// are the only link to the notice.
    /// </summary>
    public static string CallErrorLine(CallAttempt attempt, string phone) =>
        $"BANDWIDTH :: {attempt.CallId} :: Patron number {Digits(phone)} :: Home Library {Library.OrganizationId.ToString(CultureInfo.InvariantCulture)} :: error :: disconnect ::: "
        + $"{DisconnectMessage} ::: {attempt.SessionId} :: Library number {Digits(Library.PhoneNumber)} :: "
        + $"{CsvFormat.Day(DateOnly.FromDateTime(attempt.At))} :: {attempt.At.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} ::";

    /// <summary>
    /// The two sections of the "Invalid patron phone number" report, each a greeting and a heading that
    /// Shoutbomb hard-wraps where it does (past <see cref="WrapAt"/>), then its lines.
    /// </summary>
    public static readonly IReadOnlyList<string> OptedOutHeading =
    [
        "These patron phone numbers seem to have OPTED-OUT from SMS or MMS messages based on multiple",
        "attempts to contact. Please verify and correct.",
    ];

    public static readonly IReadOnlyList<string> InvalidHeading =
    [
        "These patron phone numbers seem to be invalid based on multiple attempts to contact. Please verify and",
        "correct.",
    ];

    public const string Greeting = "Hello,";

    /// <summary>
    /// One text number in the report: <c>phone :: barcode :: PatronID :: branch :: SMS</c>, the phone as 10
    /// bare digits, the branch the patron's (3, the library's own, in the plan's world).
    /// </summary>
    public static string InvalidNumberLine(Patron patron, string phone) =>
        $"{Digits(phone)} :: {patron.Barcode} :: {patron.PatronId.ToString(CultureInfo.InvariantCulture)} :: {patron.Branch.OrganizationId.ToString(CultureInfo.InvariantCulture)} :: SMS";

    /// <summary>The report's body: the opted-out section, then the invalid one, each under its greeting and heading even when it has no lines.</summary>
    public static string InvalidNumbersBody(IEnumerable<string> optedOut, IEnumerable<string> invalid)
    {
        var body = new StringBuilder();
        foreach (var line in Section(OptedOutHeading, optedOut).Append("").Concat(Section(InvalidHeading, invalid)))
            body.Append(line).Append("\r\n");
        return body.ToString();

        static IEnumerable<string> Section(IReadOnlyList<string> heading, IEnumerable<string> lines) => heading.Prepend(Greeting).Concat(lines);
    }

    /// <summary>A phone as Shoutbomb writes it: 10 bare digits, the dashes staff typed taken out.</summary>
    public static string Digits(string phone) => phone.Replace("-", "", StringComparison.Ordinal);

    /// <summary>A line broken at spaces so no piece passes <see cref="WrapAt"/>, as a mail client sends plain text.</summary>
    public static IEnumerable<string> Wrapped(string line)
    {
        while (line.Length > WrapAt && line.LastIndexOf(' ', WrapAt) is var space and > 0)
        {
            yield return line[..space];
            line = line[(space + 1)..];
        }
        yield return line;
    }

    /// <summary>The body: the lines, wrapped, each ending CRLF.</summary>
    public static string Body(IEnumerable<string> lines)
    {
        var body = new StringBuilder();
        foreach (var piece in lines.SelectMany(Wrapped)) body.Append(piece).Append("\r\n");
        return body.ToString();
    }

    /// <summary>The whole message as an <c>.eml</c> file holds it: headers, a blank line, the body; CRLF throughout.</summary>
    public static string Eml(string subject, DateTime receivedAt, string messageId, string body)
    {
        var offset = Library.UtcOffset(receivedAt);
        var date = new DateTimeOffset(receivedAt, offset).ToString("ddd, d MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
        return $"From: {FromName} <{FromAddress}>\r\nTo: {ToAddress}\r\nSubject: {subject}\r\nDate: {date}\r\nMessage-ID: {messageId}\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body;
    }

    /// <summary>Graph's <c>receivedDateTime</c>: UTC, to the second, with a Z.</summary>
    public static string ReceivedUtc(DateTime receivedAt) =>
        (receivedAt - Library.UtcOffset(receivedAt)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
