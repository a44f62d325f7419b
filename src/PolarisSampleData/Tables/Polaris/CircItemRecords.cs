using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.CircItemRecords</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record CircItemRecordsRow
{
    [SqlType("int"), PrimaryKey] public int? ItemRecordID { get; init; }
    [SqlType("nvarchar(20)")] public string? Barcode { get; init; }
    [SqlType("int")] public int? ItemStatusID { get; init; }
    [SqlType("datetime")] public DateTime? LastCircTransactionDate { get; init; }
    [SqlType("int")] public int? AssociatedBibRecordID { get; init; }
    [SqlType("int"), LeftNull] public int? ParentItemRecordID { get; init; }
    [SqlType("int")] public int? RecordStatusID { get; init; }
    [SqlType("int")] public int? AssignedBranchID { get; init; }
    [SqlType("int"), LeftNull] public int? AssignedCollectionID { get; init; }
    [SqlType("int")] public int? MaterialTypeID { get; init; }
    [SqlType("int")] public int? LastUsePatronID { get; init; }
    [SqlType("int")] public int? LastUseBranchID { get; init; }
    [SqlType("int")] public int? YTDCircCount { get; init; }
    [SqlType("int")] public int? LifetimeCircCount { get; init; }
    [SqlType("int")] public int? YTDInHouseUseCount { get; init; }
    [SqlType("int")] public int? LifetimeInHouseUseCount { get; init; }
    [SqlType("nvarchar(255)"), LeftNull] public string? FreeTextBlock { get; init; }
    [SqlType("int"), LeftNull] public int? ManualBlockID { get; init; }
    [SqlType("int")] public int? FineCodeID { get; init; }
    [SqlType("int")] public int? LoanPeriodCodeID { get; init; }
    [SqlType("int")] public int? StatisticalCodeID { get; init; }
    [SqlType("int")] public int? ShelfLocationID { get; init; }
    [SqlType("bit")] public bool? ILLFlag { get; init; }
    [SqlType("bit")] public bool? DisplayInPAC { get; init; }
    [SqlType("int")] public int? RenewalLimit { get; init; }
    [SqlType("bit")] public bool? Holdable { get; init; }
    [SqlType("bit")] public bool? HoldableByPickup { get; init; }
    [SqlType("bit")] public bool? HoldableByBranch { get; init; }
    [SqlType("bit")] public bool? HoldableByLibrary { get; init; }
    [SqlType("bit")] public bool? LoanableOutsideSystem { get; init; }
    [SqlType("bit")] public bool? NonCirculating { get; init; }
    [SqlType("datetime")] public DateTime? RecordStatusDate { get; init; }
    [SqlType("int"), LeftNull] public int? LastCircWorkstationID { get; init; }
    [SqlType("int"), LeftNull] public int? LastCircPolarisUserID { get; init; }
    [SqlType("bit")] public bool? HoldableByPrimaryLender { get; init; }
    [SqlType("datetime")] public DateTime? OriginalCheckOutDate { get; init; }
    [SqlType("datetime")] public DateTime? OriginalDueDate { get; init; }
    [SqlType("datetime")] public DateTime? ItemStatusDate { get; init; }
    [SqlType("int"), LeftNull] public int? CheckInBranchID { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? CheckInDate { get; init; }
    [SqlType("int"), LeftNull] public int? InTransitSentBranchID { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? InTransitSentDate { get; init; }
    [SqlType("int"), LeftNull] public int? InTransitRecvdBranchID { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? InTransitRecvdDate { get; init; }
    [SqlType("int"), LeftNull] public int? CheckInWorkstationID { get; init; }
    [SqlType("int"), LeftNull] public int? CheckInUserID { get; init; }
    [SqlType("datetime")] public DateTime? LastCheckOutRenewDate { get; init; }
    [SqlType("bit")] public bool? ShelvingBit { get; init; }
    [SqlType("datetime")] public DateTime? FirstAvailableDate { get; init; }
    [SqlType("int")] public int? LoaningOrgID { get; init; }
    [SqlType("int")] public int? HomeBranchID { get; init; }
    [SqlType("bit")] public bool? ItemDoesNotFloat { get; init; }
    [SqlType("bit")] public bool? EffectiveDisplayInPAC { get; init; }
    [SqlType("bit")] public bool? DoNotMailToPatron { get; init; }
    [SqlType("bit")] public bool? ElectronicItem { get; init; }
    [SqlType("datetime")] public DateTime? LastDueDate { get; init; }
    [SqlType("int"), LeftNull] public int? ResourceEntityID { get; init; }
    [SqlType("int")] public int? HoldPickupBranchID { get; init; }
    [SqlType("int")] public int? EffectiveItemStatusID { get; init; }
    [SqlType("bit")] public bool? DelayedHoldsFlag { get; init; }
    [SqlType("int")] public int? DelayedNumberOfDays { get; init; }
    [SqlType("smallint")] public int? LanguageID { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? DisplayInPACLastChanged { get; init; }

    /// <summary>The same copies as CircReserveItemRecords_View, in the base table's layout.</summary>
    public static IEnumerable<CircItemRecordsRow> Project(World world)
    {
        var stateOf = ItemState.For(world);
        return world.Items.Select(item =>
        {
            var (state, counts) = (stateOf(item), world.Circulation(item));
            return new CircItemRecordsRow
            {
                ItemRecordID = item.ItemRecordId,
                Barcode = item.Barcode,
                ItemStatusID = state.StatusId,
                LastCircTransactionDate = state.LastCircTransactionDate,
                AssociatedBibRecordID = item.Title.BibliographicRecordId,
                RecordStatusID = 1,
                AssignedBranchID = item.Branch.OrganizationId,
                MaterialTypeID = item.Title.MaterialTypeId,
                LastUsePatronID = state.LastUsePatron?.PatronId,
                LastUseBranchID = state.LastUsePatron?.Branch.OrganizationId ?? item.Branch.OrganizationId,
                YTDCircCount = counts.ThisYear,
                LifetimeCircCount = counts.Lifetime,
                YTDInHouseUseCount = 0,
                LifetimeInHouseUseCount = 0,
                FineCodeID = item.FineCodeId,
                LoanPeriodCodeID = item.LoanPeriodCodeId,
                ShelfLocationID = item.ShelfLocationId,
                StatisticalCodeID = item.StatisticalCodeId,
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
                OriginalDueDate = state.CurrentLoan?.OriginalDueDate,
                ItemStatusDate = state.LastCircTransactionDate,
                LastCheckOutRenewDate = state.CurrentLoan?.LastRenewalDate,
                ShelvingBit = false,
                FirstAvailableDate = item.FirstAvailableDate,
                LoaningOrgID = state.CurrentLoan?.Patron.Branch.OrganizationId ?? item.Branch.OrganizationId,
                HomeBranchID = item.Branch.OrganizationId,
                ItemDoesNotFloat = false,
                EffectiveDisplayInPAC = true,
                DoNotMailToPatron = false,
                ElectronicItem = false,
                LastDueDate = state.CurrentLoan?.DueDate,
                // Only a copy on the hold shelf has a pickup branch; 0 would name no organisation.
                HoldPickupBranchID = state.StatusId == ItemStatus.Held ? state.LastUsePatron?.Branch.OrganizationId : null,
                EffectiveItemStatusID = state.StatusId,
                DelayedHoldsFlag = false,
                DelayedNumberOfDays = 0,
                LanguageID = Language.English.LanguageId,
            };
        });
    }
}
