namespace PolarisSampleData.Domain;

/// <summary>
/// One notice as it left in a batch: who, about which item (none for a fine notice), what kind, and
/// when. Every notice-producing entity describes itself as one; NotificationHistory is made from them.
/// </summary>
public sealed record Dispatch(
    Patron Patron,
    Item? Item,
    NotificationType Type,
    DateTime Batch,
    DateTime NoticeDate,
    decimal? Amount = null,
    int? TxnId = null);
