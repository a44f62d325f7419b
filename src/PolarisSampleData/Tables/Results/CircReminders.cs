using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.CircReminders</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record CircRemindersRow
{
    public int? CircReminderID { get; init; }
    public int? NotificationTypeID { get; init; }
    public int? ReportingOrgID { get; init; }
    public string? ReportingOrgName { get; init; }
    public string? ReportingOrgAddress { get; init; }
    public int? PatronID { get; init; }
    public string? PatronName { get; init; }
    public string? EmailAddress { get; init; }
    public string? PatronAddress { get; init; }
    public string? PhoneVoice { get; init; }
    public int? EmailFormatID { get; init; }
    public int? ItemRecordID { get; init; }
    public DateTime? DueDate { get; init; }
    public string? BrowseTitle { get; init; }
    public int? ItemFormat { get; init; }
    public string? ItemAssignedBranch { get; init; }
    public int? Renewals { get; init; }
    public string? ReportingOrgPhone { get; init; }
    public int? AdminLanguageID { get; init; }
    public int? DeliveryOptionID { get; init; }
    public bool? IsAdditionalTxt { get; init; }
    public bool? AutoRenewal { get; init; }
    public DateTime? CreationDate { get; init; }

    public static IEnumerable<CircRemindersRow> Project(World world)
    {
        var homes = world.PatronAddresses.ToDictionary(pa => pa.Patron.PatronId, pa => pa.Address);
        return world.Reminders.Select(r =>
        {
            var (patron, item) = (r.Loan.Patron, r.Loan.Item);
            return new CircRemindersRow
            {
                CircReminderID = r.CircReminderId,
                NotificationTypeID = (int)NotificationType.AlmostOverdueReminder,
                ReportingOrgID = Library.OrganizationId,
                ReportingOrgName = Library.Name,
                ReportingOrgAddress = Library.Address,
                PatronID = patron.PatronId,
                PatronName = patron.FullName,
                EmailAddress = patron.Email,
                PatronAddress = homes[patron.PatronId].OneLine,
                PhoneVoice = patron.Phone,
                EmailFormatID = patron.Email is null ? null : 2,
                ItemRecordID = item.ItemRecordId,
                DueDate = r.Loan.DueDate,
                BrowseTitle = item.Title.BrowseTitle,
                ItemFormat = item.Title.MaterialTypeId,
                ItemAssignedBranch = Library.Name,
                Renewals = r.Loan.Renewals,
                ReportingOrgPhone = Library.PhoneNumber,
                AdminLanguageID = Library.LanguageId,
                DeliveryOptionID = (int)patron.Delivery,
                IsAdditionalTxt = false,
                AutoRenewal = r.AutoRenewal,
                CreationDate = r.CreationDate,
            };
        });
    }
}
