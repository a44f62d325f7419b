using CsvHelper;
using PolarisSampleData.Domain;

namespace PolarisSampleData.Verification.Checks;

/// <summary>How Polaris decides who is told what, and by which channel, beyond the plan's own tests.</summary>
internal static class NoticeChecks
{
    private const string CircReminders = "Results.CircReminders";

    public static readonly IReadOnlyList<Check> All =
    [
        new("notices.reminder-channel", Severity.Fail,
            "Reminders (type 7) go by email (2) to a patron with an address, else by text (8) to the patron's phone: never by voice or mail.",
            new ReminderChannel(), [new Scope(CircReminders, "DeliveryOptionID")]),
    ];

    /// <summary>notices.reminder-channel: a CircReminders row carries the patron's email and phone beside the option it went by.</summary>
    private sealed class ReminderChannel : RowRule
    {
        public override FileJudge? For(FileReading file) =>
            file.Is(CircReminders) && (file.IndexOf("DeliveryOptionID"), file.IndexOf("EmailAddress"), file.IndexOf("PhoneVoice")) is var (option, email, phone)
                && option >= 0 && email >= 0 && phone >= 0
                ? new Judging(file, option, email, phone)
                : null;

        private sealed class Judging(FileReading file, int option, int email, int phone) : FileJudge(file)
        {
            public override void Judge(CsvReader reader)
            {
                var sentBy = File.Field(reader, option);
                var hasEmail = !File.Field(reader, email).IsEmpty;
                var by = ValueSet.AsNumber(sentBy);
                if (hasEmail ? by == (long)DeliveryOption.Email : by == (long)DeliveryOption.Text && !File.Field(reader, phone).IsEmpty) return;
                File.Report("notices.reminder-channel", "DeliveryOptionID", reader.LineNumber, File.Key(reader), hasEmail
                    ? $"a reminder to a patron with an email address went by delivery option {ValueSet.Quote(sentBy)}, not email (2)"
                    : $"a reminder to a patron without an email address went by delivery option {ValueSet.Quote(sentBy)}, not text (8) to a phone");
            }
        }
    }
}
