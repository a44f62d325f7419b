using PolarisSampleData.Domain;
using PolarisSampleData.Tables.Polaris;

namespace PolarisSampleData.Tables.Results;

/// <summary>Columns of <c>Results.Polaris.OverdueNotices</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record OverdueNoticesRow
{
    [SqlType("int")] public int? ItemRecordID { get; init; }
    [SqlType("int")] public int? PatronID { get; init; }
    [SqlType("nvarchar(20)")] public string? ItemBarcode { get; init; }
    [SqlType("datetime")] public DateTime? DueDate { get; init; }
    [SqlType("nvarchar(255)")] public string? BrowseTitle { get; init; }
    [SqlType("nvarchar(255)")] public string? BrowseAuthor { get; init; }
    [SqlType("nvarchar(370)")] public string? ItemCallNumber { get; init; }
    [SqlType("money")] public decimal? Price { get; init; }
    [SqlType("nvarchar(15)")] public string? Abbreviation { get; init; }
    [SqlType("nvarchar(50)")] public string? Name { get; init; }
    [SqlType("nvarchar(20)")] public string? PhoneNumberOne { get; init; }
    [SqlType("int")] public int? LoaningOrganizationID { get; init; }
    [SqlType("int")] public int? FineCodeID { get; init; }
    [SqlType("int")] public int? LoanUnits { get; init; }
    [SqlType("tinyint")] public int? BillingNotice { get; init; }
    [SqlType("money")] public decimal? ReplacementCost { get; init; }
    [SqlType("money")] public decimal? OverdueCharge { get; init; }
    [SqlType("int")] public int? ReportingOrgID { get; init; }
    [SqlType("int")] public int? DeliveryOptionID { get; init; }
    [SqlType("int")] public int? ReturnAddressOrgID { get; init; }
    [SqlType("int")] public int? NotificationTypeID { get; init; }
    [SqlType("bit")] public bool? IncludeClaimedItems { get; init; }
    [SqlType("money")] public decimal? ProcessingCharge { get; init; }
    [SqlType("int")] public int? AdminLanguageID { get; init; }
    [SqlType("int"), PrimaryKey] public int? OverdueNoticeID { get; init; }
    [SqlType("money")] public decimal? BaseProcessingCharge { get; init; }
    [SqlType("money")] public decimal? BaseReplacementCost { get; init; }

    /// <summary>Each overdue loan's latest notice: the view's item and library columns, and what the notice charges.</summary>
    public static IEnumerable<OverdueNoticesRow> Project(World world) =>
        world.Overdues.Zip(ViewOverdueNoticesDataRow.Project(world)).Select((pair, index) =>
        {
            var (o, view) = pair;
            return SameNamedColumns<ViewOverdueNoticesDataRow, OverdueNoticesRow>.From(view) with
            {
                BillingNotice = o.IsBilling ? 1 : 0,
                ReplacementCost = o.IsBilling ? o.Item.Price : null,
                OverdueCharge = o.OverdueCharge(world.Today),
                ReportingOrgID = o.Patron.Branch.OrganizationId,
                DeliveryOptionID = (int)o.Patron.Delivery,
                ReturnAddressOrgID = o.Patron.Branch.OrganizationId,
                NotificationTypeID = (int)o.NoticeType,
                IncludeClaimedItems = false,
                ProcessingCharge = o.IsBilling ? Overdue.ProcessingCharge : null,
                OverdueNoticeID = FirstOverdueNoticeId + world.Start.OverdueNotices + index,
                BaseProcessingCharge = o.IsBilling ? Overdue.ProcessingCharge : null,
                BaseReplacementCost = o.IsBilling ? o.Item.Price : null,
            };
        });

    public const int FirstOverdueNoticeId = 2_100_001;
}
