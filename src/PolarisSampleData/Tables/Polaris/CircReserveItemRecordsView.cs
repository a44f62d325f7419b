using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.CircReserveItemRecords_View</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record CircReserveItemRecordsViewRow
{
    public int? ItemRecordID { get; init; }
    public string? Barcode { get; init; }
    public int? ItemStatusID { get; init; }
    public DateTime? LastCircTransactionDate { get; init; }
    public int? AssociatedBibRecordID { get; init; }
    public int? ParentItemRecordID { get; init; }
    public int? RecordStatusID { get; init; }
    public int? MaterialTypeID { get; init; }
    public int? LastUsePatronID { get; init; }
    public int? LastUseBranchID { get; init; }
    public int? YTDCircCount { get; init; }
    public int? YTDPrevCircCount { get; init; }
    public int? LifetimeCircCount { get; init; }
    public int? YTDInHouseUseCount { get; init; }
    public int? YTDPrevInHouseUseCount { get; init; }
    public int? LifetimeInHouseUseCount { get; init; }
    public string? FreeTextBlock { get; init; }
    public int? ManualBlockID { get; init; }
    public int? StatisticalCodeID { get; init; }
    public bool? ILLFlag { get; init; }
    public bool? DisplayInPAC { get; init; }
    public bool? LoanableOutsideSystem { get; init; }
    public bool? NonCirculating { get; init; }
    public DateTime? RecordStatusDate { get; init; }
    public int? LastCircWorkstationID { get; init; }
    public int? LastCircPolarisUserID { get; init; }
    public DateTime? OriginalCheckOutDate { get; init; }
    public DateTime? OriginalDueDate { get; init; }
    public DateTime? ItemStatusDate { get; init; }
    public int? CheckInBranchID { get; init; }
    public int? CheckInWorkstationID { get; init; }
    public int? CheckInUserID { get; init; }
    public DateTime? CheckInDate { get; init; }
    public int? InTransitSentBranchID { get; init; }
    public DateTime? InTransitSentDate { get; init; }
    public int? InTransitRecvdBranchID { get; init; }
    public DateTime? InTransitRecvdDate { get; init; }
    public DateTime? LastCheckOutRenewDate { get; init; }
    public int? AssignedBranchID { get; init; }
    public int? AssignedCollectionID { get; init; }
    public int? FineCodeID { get; init; }
    public int? LoanPeriodCodeID { get; init; }
    public int? ShelfLocationID { get; init; }
    public int? RenewalLimit { get; init; }
    public bool? Holdable { get; init; }
    public bool? HoldableByPickup { get; init; }
    public int? HoldPickupBranchID { get; init; }
    public bool? HoldableByBranch { get; init; }
    public bool? HoldableByLibrary { get; init; }
    public bool? HoldableByPrimaryLender { get; init; }
    public string? CopyrightFeeRequired { get; init; }
    public string? CopyrightCompliance { get; init; }
    public decimal? CopyrightFee { get; init; }
    public string? CopyrightFeePaid { get; init; }
    public string? LimitedToLibUse { get; init; }
    public string? LibraryCopy { get; init; }
    public string? DeleteWhenDone { get; init; }
    public string? ActionWhenDone { get; init; }
    public string? RequiresFullCataloging { get; init; }
    public string? Purchase { get; init; }
    public int? ReserveYTDCircCount { get; init; }
    public string? Note { get; init; }
    public string? IsReserved { get; init; }
    public string? Retained { get; init; }
    public bool? ShelvingBit { get; init; }
    public DateTime? FirstAvailableDate { get; init; }
    public int? LoaningOrgID { get; init; }
    public int? HomeBranchID { get; init; }
    public bool? ItemDoesNotFloat { get; init; }
    public bool? DoNotMailToPatron { get; init; }
    public bool? ElectronicItem { get; init; }
    public int? ResourceEntityID { get; init; }
    public bool? DelayedHoldsFlag { get; init; }
    public int? DelayedNumberOfDays { get; init; }

    public static IEnumerable<CircReserveItemRecordsViewRow> Project(World world)
    {
        var stateOf = ItemState.For(world);
        return world.Items.Select(item =>
        {
            var state = stateOf(item);
            var loan = state.CurrentLoan;
            return new CircReserveItemRecordsViewRow
            {
                ItemRecordID = item.ItemRecordId,
                Barcode = item.Barcode,
                ItemStatusID = state.StatusId,
                LastCircTransactionDate = state.LastCircTransactionDate,
                AssociatedBibRecordID = item.Title.BibliographicRecordId,
                RecordStatusID = 1,
                MaterialTypeID = item.Title.MaterialTypeId,
                LastUsePatronID = state.LastUsePatronId,
                LastUseBranchID = Library.OrganizationId,
                YTDCircCount = item.YtdCircCount,
                YTDPrevCircCount = item.LifetimeCircCount - item.YtdCircCount,
                LifetimeCircCount = item.LifetimeCircCount,
                YTDInHouseUseCount = 0,
                YTDPrevInHouseUseCount = 0,
                LifetimeInHouseUseCount = 0,
                StatisticalCodeID = null,
                ILLFlag = false,
                DisplayInPAC = true,
                LoanableOutsideSystem = true,
                NonCirculating = false,
                RecordStatusDate = item.FirstAvailableDate,
                OriginalCheckOutDate = loan?.CheckOutDate,
                OriginalDueDate = loan?.DueDate,
                ItemStatusDate = state.LastCircTransactionDate,
                LastCheckOutRenewDate = loan?.CheckOutDate,
                AssignedBranchID = Library.OrganizationId,
                FineCodeID = item.FineCodeId,
                LoanPeriodCodeID = item.LoanPeriodCodeId,
                ShelfLocationID = item.ShelfLocationId,
                RenewalLimit = item.RenewalLimit,
                Holdable = true,
                HoldableByPickup = false,
                HoldPickupBranchID = 0,
                HoldableByBranch = false,
                HoldableByLibrary = false,
                HoldableByPrimaryLender = false,
                Retained = "1",
                ShelvingBit = false,
                FirstAvailableDate = item.FirstAvailableDate,
                LoaningOrgID = Library.OrganizationId,
                HomeBranchID = Library.OrganizationId,
                ItemDoesNotFloat = false,
                DoNotMailToPatron = false,
                ElectronicItem = false,
                DelayedHoldsFlag = false,
                DelayedNumberOfDays = 0,
            };
        });
    }
}
