namespace PolarisSampleData.Tables.Reference;

/// <summary>
/// Columns and rows of <c>Polaris.Polaris.SysHoldStatuses</c>. Not in the server export: these are the
/// statuses the reference README confirms (1, 3, 4, 5, 6, 18 from the server's holds view; 7, 8, 9, 16
/// as widely cited). No others are invented.
/// </summary>
[CsvHelper.CsvRecord]
internal sealed partial record SysHoldStatusesRow
{
    [SqlType("int"), PrimaryKey] public int? SysHoldStatusID { get; init; }
    [SqlType("nvarchar(80)")] public string? Description { get; init; }
    [SqlType("nvarchar(25)")] public string? Name { get; init; }

    public static readonly IReadOnlyList<SysHoldStatusesRow> Rows =
        new (int Id, string Name)[]
        {
            (1, "Inactive"), (3, "Active"), (4, "Pending"), (5, "Shipped"), (6, "Held"), (7, "Not Supplied"),
            (8, "Unclaimed"), (9, "Expired"), (16, "Cancelled"), (18, "Located"),
        }.Select(s => new SysHoldStatusesRow { SysHoldStatusID = s.Id, Description = s.Name, Name = s.Name }).ToList();
}
