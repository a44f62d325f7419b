using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Polaris;

/// <summary>Columns of <c>Polaris.Polaris.SysHoldRequests</c>, in the export's order.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record SysHoldRequestsRow
{
    [SqlType("int"), PrimaryKey] public int? SysHoldRequestID { get; init; }
    [SqlType("int")] public int? Sequence { get; init; }
    [SqlType("int")] public int? PatronID { get; init; }
    [SqlType("int")] public int? PickupBranchID { get; init; }
    [SqlType("int")] public int? SysHoldStatusID { get; init; }
    [SqlType("int")] public int? RTFCyclesPrimary { get; init; }
    [SqlType("datetime")] public DateTime? CreationDate { get; init; }
    [SqlType("datetime")] public DateTime? ActivationDate { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? ExpirationDate { get; init; }
    [SqlType("datetime")] public DateTime? LastStatusTransitionDate { get; init; }
    [SqlType("nvarchar(40)"), LeftNull] public string? LCCN { get; init; }
    [SqlType("smallint")] public int? PublicationYear { get; init; }
    [SqlType("nvarchar(50)"), LeftNull] public string? ISBN { get; init; }
    [SqlType("nvarchar(50)"), LeftNull] public string? ISSN { get; init; }
    [SqlType("nvarchar(20)"), LeftNull] public string? ItemBarcode { get; init; }
    [SqlType("int")] public int? BibliographicRecordID { get; init; }
    [SqlType("int")] public int? TrappingItemRecordID { get; init; }
    [SqlType("nvarchar(255)"), LeftNull] public string? StaffDisplayNotes { get; init; }
    [SqlType("nvarchar(255)"), LeftNull] public string? NonPublicNotes { get; init; }
    [SqlType("nvarchar(255)"), LeftNull] public string? PatronNotes { get; init; }
    [SqlType("uniqueidentifier"), LeftNull] public string? MessageID { get; init; }
    [SqlType("datetime")] public DateTime? HoldTillDate { get; init; }
    [SqlType("smallint")] public int? Origin { get; init; }
    [SqlType("nvarchar(255)"), LeftNull] public string? Series { get; init; }
    [SqlType("nvarchar(255)"), LeftNull] public string? Pages { get; init; }
    [SqlType("int")] public int? CreatorID { get; init; }
    [SqlType("int")] public int? ModifierID { get; init; }
    [SqlType("datetime")] public DateTime? ModificationDate { get; init; }
    [SqlType("nvarchar(40)"), LeftNull] public string? Publisher { get; init; }
    [SqlType("nvarchar(10)"), LeftNull] public string? Edition { get; init; }
    [SqlType("nvarchar(60)"), LeftNull] public string? VolumeNumber { get; init; }
    [SqlType("datetime")] public DateTime? HoldNotificationDate { get; init; }
    [SqlType("int")] public int? DeliveryOptionID { get; init; }
    [SqlType("bit")] public bool? Suspended { get; init; }
    [SqlType("bit")] public bool? UnlockedRequest { get; init; }
    [SqlType("int")] public int? RTFCyclesSecondary { get; init; }
    [SqlType("tinyint")] public int? PrimarySecondaryFlag { get; init; }
    [SqlType("int")] public int? PrimaryRandomStartSequence { get; init; }
    [SqlType("int")] public int? SecondaryRandomStartSequence { get; init; }
    [SqlType("tinyint"), LeftNull] public int? PrimaryMARCTOMID { get; init; }
    [SqlType("nvarchar(50)"), LeftNull] public string? ISBNNormalized { get; init; }
    [SqlType("nvarchar(50)"), LeftNull] public string? ISSNNormalized { get; init; }
    [SqlType("nvarchar(780)"), LeftNull] public string? Designation { get; init; }
    [SqlType("bit")] public bool? ItemLevelHold { get; init; }
    [SqlType("int"), LeftNull] public int? ItemLevelHoldItemRecordID { get; init; }
    [SqlType("bit")] public bool? BorrowByMailRequest { get; init; }
    [SqlType("nvarchar(255)"), LeftNull] public string? PACDisplayNotes { get; init; }
    [SqlType("nvarchar(100)"), LeftNull] public string? TrackingInfo { get; init; }
    [SqlType("datetime")] public DateTime? HoldNotification2ndDate { get; init; }
    [SqlType("int"), LeftNull] public int? ConstituentBibRecordID { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? PrimaryRTFBeginDate { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? PrimaryRTFEndDate { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? SecondaryRTFBeginDate { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? SecondaryRTFEndDate { get; init; }
    [SqlType("int"), LeftNull] public int? NotSuppliedReasonCodeID { get; init; }
    [SqlType("int"), LeftNull] public int? NewPickupBranchID { get; init; }
    [SqlType("int"), LeftNull] public int? HoldPickupAreaID { get; init; }
    [SqlType("int"), LeftNull] public int? NewHoldPickupAreaID { get; init; }
    [SqlType("bit")] public bool? FeeInserted { get; init; }

    public static IEnumerable<SysHoldRequestsRow> Project(World world) => world.HoldRequests.Select(h => new SysHoldRequestsRow
    {
        SysHoldRequestID = h.SysHoldRequestId,
        Sequence = 1,
        PatronID = h.Patron.PatronId,
        PickupBranchID = h.Patron.Branch.OrganizationId,
        SysHoldStatusID = h.Ending is { } ending ? (int)ending.Kind : HoldTransition.Held,
        RTFCyclesPrimary = 1,
        CreationDate = h.CreationDate,
        ActivationDate = h.CreationDate,
        LastStatusTransitionDate = h.Ending?.At ?? h.HoldNotificationDate,
        PublicationYear = h.Item.Title.PublicationYear,
        BibliographicRecordID = h.Item.Title.BibliographicRecordId,
        TrappingItemRecordID = h.Item.ItemRecordId,
        HoldTillDate = h.HoldTillDate,
        Origin = 2,
        CreatorID = 1,
        ModifierID = 1,
        ModificationDate = h.Ending?.At ?? h.HoldNotificationDate,
        HoldNotificationDate = h.HoldNotificationDate,
        HoldNotification2ndDate = h.SecondNotice?.QueuedAt,
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
