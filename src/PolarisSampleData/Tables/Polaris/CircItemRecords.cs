using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.CircItemRecords</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record CircItemRecordsRow
{
    public int? ItemRecordID { get; init; }
    public string? Barcode { get; init; }
    public int? ItemStatusID { get; init; }
    public DateTime? LastCircTransactionDate { get; init; }
    public int? AssociatedBibRecordID { get; init; }
    public int? ParentItemRecordID { get; init; }
    public int? RecordStatusID { get; init; }
    public int? AssignedBranchID { get; init; }
    public int? AssignedCollectionID { get; init; }
    public int? MaterialTypeID { get; init; }
    public int? LastUsePatronID { get; init; }
    public int? LastUseBranchID { get; init; }
    public int? YTDCircCount { get; init; }
    public int? LifetimeCircCount { get; init; }
    public int? YTDInHouseUseCount { get; init; }
    public int? LifetimeInHouseUseCount { get; init; }
    public string? FreeTextBlock { get; init; }
    public int? ManualBlockID { get; init; }
    public int? FineCodeID { get; init; }
    public int? LoanPeriodCodeID { get; init; }
    public int? StatisticalCodeID { get; init; }
    public int? ShelfLocationID { get; init; }
    public bool? ILLFlag { get; init; }
    public bool? DisplayInPAC { get; init; }
    public int? RenewalLimit { get; init; }
    public bool? Holdable { get; init; }
    public bool? HoldableByPickup { get; init; }
    public bool? HoldableByBranch { get; init; }
    public bool? HoldableByLibrary { get; init; }
    public bool? LoanableOutsideSystem { get; init; }
    public bool? NonCirculating { get; init; }
    public DateTime? RecordStatusDate { get; init; }
    public int? LastCircWorkstationID { get; init; }
    public int? LastCircPolarisUserID { get; init; }
    public bool? HoldableByPrimaryLender { get; init; }
    public DateTime? OriginalCheckOutDate { get; init; }
    public DateTime? OriginalDueDate { get; init; }
    public DateTime? ItemStatusDate { get; init; }
    public int? CheckInBranchID { get; init; }
    public DateTime? CheckInDate { get; init; }
    public int? InTransitSentBranchID { get; init; }
    public DateTime? InTransitSentDate { get; init; }
    public int? InTransitRecvdBranchID { get; init; }
    public DateTime? InTransitRecvdDate { get; init; }
    public int? CheckInWorkstationID { get; init; }
    public int? CheckInUserID { get; init; }
    public DateTime? LastCheckOutRenewDate { get; init; }
    public bool? ShelvingBit { get; init; }
    public DateTime? FirstAvailableDate { get; init; }
    public int? LoaningOrgID { get; init; }
    public int? HomeBranchID { get; init; }
    public bool? ItemDoesNotFloat { get; init; }
    public bool? EffectiveDisplayInPAC { get; init; }
    public bool? DoNotMailToPatron { get; init; }
    public bool? ElectronicItem { get; init; }
    public DateTime? LastDueDate { get; init; }
    public int? ResourceEntityID { get; init; }
    public int? HoldPickupBranchID { get; init; }
    public int? EffectiveItemStatusID { get; init; }
    public bool? DelayedHoldsFlag { get; init; }
    public int? DelayedNumberOfDays { get; init; }
    public int? LanguageID { get; init; }
    public DateTime? DisplayInPACLastChanged { get; init; }

    /// <summary>The same copies as CircReserveItemRecords_View, in the base table's layout.</summary>
    public static IEnumerable<CircItemRecordsRow> Project(World world)
    {
        var stateOf = ItemState.For(world);
        return world.Items.Select(item =>
        {
            var state = stateOf(item);
            return new CircItemRecordsRow
            {
                ItemRecordID = item.ItemRecordId,
                Barcode = item.Barcode,
                ItemStatusID = state.StatusId,
                LastCircTransactionDate = state.LastCircTransactionDate,
                AssociatedBibRecordID = item.Title.BibliographicRecordId,
                RecordStatusID = 1,
                AssignedBranchID = Library.OrganizationId,
                MaterialTypeID = item.Title.MaterialTypeId,
                LastUsePatronID = state.LastUsePatronId,
                LastUseBranchID = Library.OrganizationId,
                YTDCircCount = item.YtdCircCount,
                LifetimeCircCount = item.LifetimeCircCount,
                YTDInHouseUseCount = 0,
                LifetimeInHouseUseCount = 0,
                FineCodeID = item.FineCodeId,
                LoanPeriodCodeID = item.LoanPeriodCodeId,
                ShelfLocationID = item.ShelfLocationId,
                ILLFlag = false,
                DisplayInPAC = true,
                RenewalLimit = item.RenewalLimit,
                Holdable = true,
                HoldableByPickup = false,
                HoldableByBranch = false,
                HoldableByLibrary = false,
                LoanableOutsideSystem = true,
                NonCirculating = false,
                RecordStatusDate = item.FirstAvailableDate,
                HoldableByPrimaryLender = false,
                OriginalCheckOutDate = state.CurrentLoan?.CheckOutDate,
                OriginalDueDate = state.CurrentLoan?.DueDate,
                ItemStatusDate = state.LastCircTransactionDate,
                LastCheckOutRenewDate = state.CurrentLoan?.CheckOutDate,
                ShelvingBit = false,
                FirstAvailableDate = item.FirstAvailableDate,
                LoaningOrgID = Library.OrganizationId,
                HomeBranchID = Library.OrganizationId,
                ItemDoesNotFloat = false,
                EffectiveDisplayInPAC = true,
                DoNotMailToPatron = false,
                ElectronicItem = false,
                LastDueDate = state.CurrentLoan?.DueDate,
                HoldPickupBranchID = 0,
                EffectiveItemStatusID = state.StatusId,
                DelayedHoldsFlag = false,
                DelayedNumberOfDays = 0,
                LanguageID = Library.LanguageId,
            };
        });
    }
}
