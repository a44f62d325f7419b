using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.CircReserveItemRecords_View</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record CircReserveItemRecordsViewRow
{
    [SqlType("int")] public int? ItemRecordID { get; init; }
    [SqlType("nvarchar(20)")] public string? Barcode { get; init; }
    [SqlType("int")] public int? ItemStatusID { get; init; }
    [SqlType("datetime")] public DateTime? LastCircTransactionDate { get; init; }
    [SqlType("int")] public int? AssociatedBibRecordID { get; init; }
    [SqlType("int"), LeftNull] public int? ParentItemRecordID { get; init; }
    [SqlType("int")] public int? RecordStatusID { get; init; }
    [SqlType("int")] public int? MaterialTypeID { get; init; }
    [SqlType("int")] public int? LastUsePatronID { get; init; }
    [SqlType("int")] public int? LastUseBranchID { get; init; }
    [SqlType("int")] public int? YTDCircCount { get; init; }
    [SqlType("int")] public int? YTDPrevCircCount { get; init; }
    [SqlType("int")] public int? LifetimeCircCount { get; init; }
    [SqlType("int")] public int? YTDInHouseUseCount { get; init; }
    [SqlType("int")] public int? YTDPrevInHouseUseCount { get; init; }
    [SqlType("int")] public int? LifetimeInHouseUseCount { get; init; }
    [SqlType("nvarchar(255)"), LeftNull] public string? FreeTextBlock { get; init; }
    [SqlType("int"), LeftNull] public int? ManualBlockID { get; init; }
    [SqlType("int")] public int? StatisticalCodeID { get; init; }
    [SqlType("bit")] public bool? ILLFlag { get; init; }
    [SqlType("bit")] public bool? DisplayInPAC { get; init; }
    [SqlType("bit")] public bool? LoanableOutsideSystem { get; init; }
    [SqlType("bit")] public bool? NonCirculating { get; init; }
    [SqlType("datetime")] public DateTime? RecordStatusDate { get; init; }
    [SqlType("int"), LeftNull] public int? LastCircWorkstationID { get; init; }
    [SqlType("int"), LeftNull] public int? LastCircPolarisUserID { get; init; }
    [SqlType("datetime")] public DateTime? OriginalCheckOutDate { get; init; }
    [SqlType("datetime")] public DateTime? OriginalDueDate { get; init; }
    [SqlType("datetime")] public DateTime? ItemStatusDate { get; init; }
    [SqlType("int"), LeftNull] public int? CheckInBranchID { get; init; }
    [SqlType("int"), LeftNull] public int? CheckInWorkstationID { get; init; }
    [SqlType("int"), LeftNull] public int? CheckInUserID { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? CheckInDate { get; init; }
    [SqlType("int"), LeftNull] public int? InTransitSentBranchID { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? InTransitSentDate { get; init; }
    [SqlType("int"), LeftNull] public int? InTransitRecvdBranchID { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? InTransitRecvdDate { get; init; }
    [SqlType("datetime")] public DateTime? LastCheckOutRenewDate { get; init; }
    [SqlType("int")] public int? AssignedBranchID { get; init; }
    [SqlType("int"), LeftNull] public int? AssignedCollectionID { get; init; }
    [SqlType("int")] public int? FineCodeID { get; init; }
    [SqlType("int")] public int? LoanPeriodCodeID { get; init; }
    [SqlType("int")] public int? ShelfLocationID { get; init; }
    [SqlType("int")] public int? RenewalLimit { get; init; }
    [SqlType("bit")] public bool? Holdable { get; init; }
    [SqlType("bit")] public bool? HoldableByPickup { get; init; }
    [SqlType("int")] public int? HoldPickupBranchID { get; init; }
    [SqlType("bit")] public bool? HoldableByBranch { get; init; }
    [SqlType("bit")] public bool? HoldableByLibrary { get; init; }
    [SqlType("bit")] public bool? HoldableByPrimaryLender { get; init; }
    [SqlType("bit"), LeftNull] public bool? CopyrightFeeRequired { get; init; }
    [SqlType("bit"), LeftNull] public bool? CopyrightCompliance { get; init; }
    [SqlType("money"), LeftNull] public decimal? CopyrightFee { get; init; }
    [SqlType("bit"), LeftNull] public bool? CopyrightFeePaid { get; init; }
    [SqlType("bit"), LeftNull] public bool? LimitedToLibUse { get; init; }
    [SqlType("bit"), LeftNull] public bool? LibraryCopy { get; init; }
    [SqlType("bit"), LeftNull] public bool? DeleteWhenDone { get; init; }
    [SqlType("int"), LeftNull] public int? ActionWhenDone { get; init; }
    [SqlType("bit"), LeftNull] public bool? RequiresFullCataloging { get; init; }
    [SqlType("bit"), LeftNull] public bool? Purchase { get; init; }
    [SqlType("int"), LeftNull] public int? ReserveYTDCircCount { get; init; }
    [SqlType("nvarchar(255)"), LeftNull] public string? Note { get; init; }
    [SqlType("bit"), LeftNull] public bool? IsReserved { get; init; }
    [SqlType("bit")] public bool? Retained { get; init; }
    [SqlType("bit")] public bool? ShelvingBit { get; init; }
    [SqlType("datetime")] public DateTime? FirstAvailableDate { get; init; }
    [SqlType("int")] public int? LoaningOrgID { get; init; }
    [SqlType("int")] public int? HomeBranchID { get; init; }
    [SqlType("bit")] public bool? ItemDoesNotFloat { get; init; }
    [SqlType("bit")] public bool? DoNotMailToPatron { get; init; }
    [SqlType("bit")] public bool? ElectronicItem { get; init; }
    [SqlType("int"), LeftNull] public int? ResourceEntityID { get; init; }
    [SqlType("bit")] public bool? DelayedHoldsFlag { get; init; }
    [SqlType("int")] public int? DelayedNumberOfDays { get; init; }

    /// <summary>
    /// The view is CircItemRecords with no reserve record behind any copy: the base table's columns,
    /// last year's counts, and the reserve-only columns empty.
    /// </summary>
    public static IEnumerable<CircReserveItemRecordsViewRow> Project(World world) =>
        CircItemRecordsRow.Project(world).Zip(world.Items, (row, item) => SameNamedColumns<CircItemRecordsRow, CircReserveItemRecordsViewRow>.From(row) with
        {
            YTDPrevCircCount = world.Circulation(item).LastYear,
            YTDPrevInHouseUseCount = 0,
            IsReserved = null,
            Retained = true,
        });
}
