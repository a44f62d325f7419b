using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>
/// Columns of <c>Polaris.Polaris.ItemCheckouts</c>. The real layout is not in the reference, so this
/// is partial: the columns the notice views and the Shoutbomb queries read.
/// </summary>
[CsvHelper.CsvRecord]
internal sealed partial record ItemCheckoutsRow
{
    [SqlType("int"), PrimaryKey] public int? ItemRecordID { get; init; }
    [SqlType("int")] public int? PatronID { get; init; }
    [SqlType("int")] public int? OrganizationID { get; init; }
    [SqlType("datetime")] public DateTime? CheckOutDate { get; init; }
    [SqlType("datetime")] public DateTime? DueDate { get; init; }
    [SqlType("int")] public int? Renewals { get; init; }
    [SqlType("int")] public int? OVDNoticeCount { get; init; }
    [SqlType("int")] public int? LoanUnits { get; init; }

    /// <summary>Every loan still out, overdue or not.</summary>
    public static IEnumerable<ItemCheckoutsRow> Project(World world)
    {
        var noticeCounts = world.Overdues.ToDictionary(o => o.Item.ItemRecordId, o => o.OverdueNoticeCount);
        return world.CurrentLoans.OrderBy(l => l.Item.ItemRecordId).Select(l => new ItemCheckoutsRow
        {
            ItemRecordID = l.Item.ItemRecordId,
            PatronID = l.Patron.PatronId,
            OrganizationID = l.Patron.Branch.OrganizationId,
            CheckOutDate = l.CheckOutDate,
            DueDate = l.DueDate,
            Renewals = l.Renewals,
            OVDNoticeCount = noticeCounts.GetValueOrDefault(l.Item.ItemRecordId),
            LoanUnits = l.Item.LoanDays,
        });
    }
}
