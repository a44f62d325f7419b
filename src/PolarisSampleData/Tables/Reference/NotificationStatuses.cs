namespace PolarisSampleData.Tables.Reference;

/// <summary>Columns and real rows of <c>Polaris.Polaris.NotificationStatuses</c>, unchanged from the library's server.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record NotificationStatusesRow
{
    [SqlType("int"), PrimaryKey] public int? NotificationStatusID { get; init; }
    [SqlType("nvarchar(255)")] public string? Description { get; init; }

    public static readonly IReadOnlyList<NotificationStatusesRow> Rows =
    [
        new() { NotificationStatusID = 1, Description = "Call completed - Voice" },
        new() { NotificationStatusID = 2, Description = "Call completed - Answering machine" },
        new() { NotificationStatusID = 3, Description = "Call not completed - Hang up" },
        new() { NotificationStatusID = 4, Description = "Call not completed - Busy" },
        new() { NotificationStatusID = 5, Description = "Call not completed - No answer" },
        new() { NotificationStatusID = 6, Description = "Call not completed - No ring" },
        new() { NotificationStatusID = 7, Description = "Call failed - No dial tone" },
        new() { NotificationStatusID = 8, Description = "Call failed - Intercept tones heard" },
        new() { NotificationStatusID = 9, Description = "Call failed - Probable bad phone number" },
        new() { NotificationStatusID = 10, Description = "Call failed - Maximum number of retries exceeded" },
        new() { NotificationStatusID = 11, Description = "Call failed - Undetermined error" },
        new() { NotificationStatusID = 12, Description = "Email Completed" },
        new() { NotificationStatusID = 13, Description = "Email Failed - Invalid address" },
        new() { NotificationStatusID = 14, Description = "Email Failed" },
        new() { NotificationStatusID = 15, Description = "Mail Printed" },
        new() { NotificationStatusID = 16, Description = "Sent" },
    ];
}
