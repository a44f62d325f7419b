namespace PolarisSampleData.Tables.Reference;

/// <summary>Columns and real rows of <c>Polaris.Polaris.NotificationTypes</c>, unchanged from the library's server.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record NotificationTypesRow
{
    [SqlType("int"), PrimaryKey] public int? NotificationTypeID { get; init; }
    [SqlType("nvarchar(80)")] public string? Description { get; init; }

    public static readonly IReadOnlyList<NotificationTypesRow> Rows =
    [
        new() { NotificationTypeID = 0, Description = "Combined" },
        new() { NotificationTypeID = 1, Description = "1st Overdue" },
        new() { NotificationTypeID = 2, Description = "Hold" },
        new() { NotificationTypeID = 3, Description = "Cancel" },
        new() { NotificationTypeID = 4, Description = "Recall" },
        new() { NotificationTypeID = 5, Description = "All" },
        new() { NotificationTypeID = 6, Description = "Route" },
        new() { NotificationTypeID = 7, Description = "Almost overdue/Auto-renew reminder" },
        new() { NotificationTypeID = 8, Description = "Fine" },
        new() { NotificationTypeID = 9, Description = "Inactive Reminder" },
        new() { NotificationTypeID = 10, Description = "Expiration Reminder" },
        new() { NotificationTypeID = 11, Description = "Bill" },
        new() { NotificationTypeID = 12, Description = "2nd Overdue" },
        new() { NotificationTypeID = 13, Description = "3rd Overdue" },
        new() { NotificationTypeID = 14, Description = "Serial Claim" },
        new() { NotificationTypeID = 15, Description = "Polaris Fusion Access Request Responses" },
        new() { NotificationTypeID = 16, Description = "Course Reserves" },
        new() { NotificationTypeID = 17, Description = "Borrow-By-Mail Failure Notice" },
        new() { NotificationTypeID = 18, Description = "2nd Hold" },
        new() { NotificationTypeID = 19, Description = "Missing Part" },
        new() { NotificationTypeID = 20, Description = "Manual Bill" },
        new() { NotificationTypeID = 21, Description = "2nd Fine Notice" },
    ];
}
