using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.SysHoldRequests</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
public sealed partial record SysHoldRequestsRow
{
    public int? SysHoldRequestID { get; init; }
    public int? Sequence { get; init; }
    public int? PatronID { get; init; }
    public int? PickupBranchID { get; init; }
    public int? SysHoldStatusID { get; init; }
    public int? RTFCyclesPrimary { get; init; }
    public DateTime? CreationDate { get; init; }
    public DateTime? ActivationDate { get; init; }
    public DateTime? ExpirationDate { get; init; }
    public DateTime? LastStatusTransitionDate { get; init; }
    public string? LCCN { get; init; }
    public int? PublicationYear { get; init; }
    public string? ISBN { get; init; }
    public string? ISSN { get; init; }
    public string? ItemBarcode { get; init; }
    public int? BibliographicRecordID { get; init; }
    public int? TrappingItemRecordID { get; init; }
    public string? StaffDisplayNotes { get; init; }
    public string? NonPublicNotes { get; init; }
    public string? PatronNotes { get; init; }
    public string? MessageID { get; init; }
    public DateTime? HoldTillDate { get; init; }
    public int? Origin { get; init; }
    public string? Series { get; init; }
    public string? Pages { get; init; }
    public int? CreatorID { get; init; }
    public int? ModifierID { get; init; }
    public DateTime? ModificationDate { get; init; }
    public string? Publisher { get; init; }
    public string? Edition { get; init; }
    public string? VolumeNumber { get; init; }
    public DateTime? HoldNotificationDate { get; init; }
    public int? DeliveryOptionID { get; init; }
    public bool? Suspended { get; init; }
    public bool? UnlockedRequest { get; init; }
    public int? RTFCyclesSecondary { get; init; }
    public int? PrimarySecondaryFlag { get; init; }
    public int? PrimaryRandomStartSequence { get; init; }
    public int? SecondaryRandomStartSequence { get; init; }
    public int? PrimaryMARCTOMID { get; init; }
    public string? ISBNNormalized { get; init; }
    public string? ISSNNormalized { get; init; }
    public string? Designation { get; init; }
    public bool? ItemLevelHold { get; init; }
    public int? ItemLevelHoldItemRecordID { get; init; }
    public bool? BorrowByMailRequest { get; init; }
    public string? PACDisplayNotes { get; init; }
    public string? TrackingInfo { get; init; }
    public DateTime? HoldNotification2ndDate { get; init; }
    public int? ConstituentBibRecordID { get; init; }
    public DateTime? PrimaryRTFBeginDate { get; init; }
    public DateTime? PrimaryRTFEndDate { get; init; }
    public DateTime? SecondaryRTFBeginDate { get; init; }
    public DateTime? SecondaryRTFEndDate { get; init; }
    public int? NotSuppliedReasonCodeID { get; init; }
    public int? NewPickupBranchID { get; init; }
    public int? HoldPickupAreaID { get; init; }
    public int? NewHoldPickupAreaID { get; init; }
    public bool? FeeInserted { get; init; }

    /// <summary>Polaris SysHoldStatuses: 6 is Held, a trapped copy waiting on the hold shelf.</summary>
    public const int Held = 6;

    public static IEnumerable<SysHoldRequestsRow> Project(World world) => world.Holds.Select(h => new SysHoldRequestsRow
    {
        SysHoldRequestID = h.SysHoldRequestId,
        Sequence = 1,
        PatronID = h.Patron.PatronId,
        PickupBranchID = Library.OrganizationId,
        SysHoldStatusID = Held,
        RTFCyclesPrimary = 1,
        CreationDate = h.CreationDate,
        ActivationDate = h.CreationDate,
        LastStatusTransitionDate = h.HoldNotificationDate,
        PublicationYear = h.Item.Title.PublicationYear,
        BibliographicRecordID = h.Item.Title.BibliographicRecordId,
        TrappingItemRecordID = h.Item.ItemRecordId,
        HoldTillDate = h.HoldTillDate,
        Origin = 2,
        CreatorID = 1,
        ModifierID = 1,
        ModificationDate = h.HoldNotificationDate,
        HoldNotificationDate = h.HoldNotificationDate,
        DeliveryOptionID = (int)h.Patron.Delivery,
        Suspended = false,
        UnlockedRequest = false,
        RTFCyclesSecondary = 0,
        PrimarySecondaryFlag = 1,
        PrimaryRandomStartSequence = 0,
        SecondaryRandomStartSequence = 0,
        ItemLevelHold = false,
        BorrowByMailRequest = false,
        FeeInserted = false,
    });
}
