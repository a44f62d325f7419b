using CsvHelper;
using PolarisSampleData.Domain;
using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>What happened to the notices after they were sent: outcomes that belong to an address stay with it.</summary>
internal static class OutcomeChecks
{
    public static readonly IReadOnlyList<Check> All =
    [
        new("outcome.persistent", Severity.Fail,
            "A bad address fails every time: no patron's email both fails (13, 14) and completes (12), and no patron's phone " +
            "is both a probable bad number (9) and answered (1, 2). A busy or unanswered call (3-8) may be answered the next time.",
            new Persistent(), [new Scope(Logs)]),
    ];

    /// <summary>
    /// outcome.persistent, judged as NotificationLogs is read: what each patron's address by each delivery
    /// option has done so far (failed as bad, delivered), and a row that contradicts it. The address is the
    /// patron's registered one (plan.delivery-strings holds every log to it), so patron and option name it;
    /// two scans of millions of logs in SQL cost more than the load of the column.
    /// </summary>
    private sealed class Persistent : RowRule
    {
        public override FileJudge? For(FileReading file) =>
            file.Is(Logs) && file.IndexOf("PatronID") is >= 0 and var patron && file.IndexOf("DeliveryOptionID") is >= 0 and var option
            && file.IndexOf("NotificationStatusID") is >= 0 and var status
                ? new Judging(file, patron, option, status)
                : null;

        private sealed class Judging(FileReading file, int patron, int option, int status) : FileJudge(file)
        {
            private const byte Bad = 1, Delivered = 2;

            /// <summary>By patron and delivery option: what the address has done, and the first time it did it.</summary>
            private readonly Dictionary<long, (byte Seen, long BadLine, long DeliveredLine)> _addresses = [];

            public override void Judge(CsvReader reader)
            {
                if (ValueSet.AsNumber(File.Field(reader, status)) is not { } outcome) return;
                var kind = (NotificationStatus)outcome switch
                {
                    NotificationStatus.CallBadNumber or NotificationStatus.EmailFailedInvalidAddress or NotificationStatus.EmailFailed => Bad,
                    NotificationStatus.CallCompletedVoice or NotificationStatus.CallCompletedAnsweringMachine or NotificationStatus.EmailCompleted => Delivered,
                    _ => (byte)0,
                };
                if (kind == 0 || ValueSet.AsNumber(File.Field(reader, patron)) is not { } patronId || ValueSet.AsNumber(File.Field(reader, option)) is not { } optionId)
                    return;
                var key = patronId * 16 + optionId;
                var (seen, badLine, deliveredLine) = _addresses.GetValueOrDefault(key);
                if (kind == Bad ? (seen & Delivered) != 0 : (seen & Bad) != 0)
                    File.Report("outcome.persistent", "NotificationStatusID", reader.LineNumber, File.Key(reader),
                        kind == Bad
                            ? $"status {outcome} (the address failed as bad) for patron {patronId}, whose address by delivery option {optionId} was delivered to at line {deliveredLine}"
                            : $"status {outcome} (delivered) for patron {patronId}, whose address by delivery option {optionId} failed as bad at line {badLine}");
                if ((seen & kind) == 0)
                    _addresses[key] = ((byte)(seen | kind), kind == Bad ? reader.LineNumber : badLine, kind == Delivered ? reader.LineNumber : deliveredLine);
            }
        }
    }
}
