using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.CircReminders</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record CircRemindersRow
{
    [SqlType("int")] public int? CircReminderID { get; init; }
    [SqlType("int")] public int? NotificationTypeID { get; init; }
    [SqlType("int")] public int? ReportingOrgID { get; init; }
    [SqlType("nvarchar(80)")] public string? ReportingOrgName { get; init; }
    [SqlType("nvarchar(400)")] public string? ReportingOrgAddress { get; init; }
    [SqlType("int")] public int? PatronID { get; init; }
    [SqlType("nvarchar(165)")] public string? PatronName { get; init; }
    [SqlType("nvarchar(64)")] public string? EmailAddress { get; init; }
    [SqlType("nvarchar(400)")] public string? PatronAddress { get; init; }
    [SqlType("nvarchar(20)")] public string? PhoneVoice { get; init; }
    [SqlType("int")] public int? EmailFormatID { get; init; }
    [SqlType("int")] public int? ItemRecordID { get; init; }
    [SqlType("datetime")] public DateTime? DueDate { get; init; }
    [SqlType("nvarchar(255)")] public string? BrowseTitle { get; init; }
    [SqlType("int")] public int? ItemFormat { get; init; }
    [SqlType("nvarchar(50)")] public string? ItemAssignedBranch { get; init; }
    [SqlType("int")] public int? Renewals { get; init; }
    [SqlType("nvarchar(20)")] public string? ReportingOrgPhone { get; init; }
    [SqlType("int")] public int? AdminLanguageID { get; init; }
    [SqlType("int")] public int? DeliveryOptionID { get; init; }
    [SqlType("bit")] public bool? IsAdditionalTxt { get; init; }
    [SqlType("bit")] public bool? AutoRenewal { get; init; }
    [SqlType("datetime")] public DateTime? CreationDate { get; init; }

    public static IEnumerable<CircRemindersRow> Project(World world)
    {
        return world.Reminders.Select(r =>
        {
            var (patron, item) = (r.Loan.Patron, r.Loan.Item);
            return new CircRemindersRow
            {
                CircReminderID = r.CircReminderId,
                NotificationTypeID = (int)NotificationType.AlmostOverdueReminder,
                ReportingOrgID = patron.Branch.OrganizationId,
                ReportingOrgName = patron.Branch.Name,
                ReportingOrgAddress = patron.Branch.Address,
                PatronID = patron.PatronId,
                PatronName = patron.FullName,
                EmailAddress = patron.Email,
                PatronAddress = world.HomeOf(patron).OneLine,
                PhoneVoice = patron.Phone,
                EmailFormatID = patron.Email is null ? null : 2,
                ItemRecordID = item.ItemRecordId,
                DueDate = r.Loan.DueDate,
                BrowseTitle = item.Title.BrowseTitle,
                ItemFormat = item.Title.MaterialTypeId,
                ItemAssignedBranch = item.Branch.Name,
                Renewals = r.Loan.Renewals,
                ReportingOrgPhone = patron.Branch.PhoneNumber,
                AdminLanguageID = patron.Language.LanguageId,
                DeliveryOptionID = (int)r.Delivery,
                IsAdditionalTxt = false,
                AutoRenewal = r.AutoRenewal,
                CreationDate = r.CreationDate,
            };
        });
    }
}
