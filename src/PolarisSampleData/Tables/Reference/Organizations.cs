using PolarisSampleData.Domain;

namespace PolarisSampleData.Tables.Reference;

/// <summary>
/// Columns and real rows of <c>Polaris.Polaris.Organizations</c>, unchanged from the library's server, and a scenario's
/// further branches after them.
/// </summary>
[CsvHelper.CsvRecord]
internal sealed partial record OrganizationsRow
{
    [SqlType("int"), PrimaryKey] public int? OrganizationID { get; init; }
    [SqlType("int")] public int? ParentOrganizationID { get; init; }
    [SqlType("int")] public int? OrganizationCodeID { get; init; }
    [SqlType("nvarchar(50)")] public string? Name { get; init; }
    [SqlType("nvarchar(15)")] public string? Abbreviation { get; init; }
    [SqlType("int")] public int? SA_ContactPersonID { get; init; }
    [SqlType("int")] public int? CreatorID { get; init; }
    [SqlType("int")] public int? ModifierID { get; init; }
    [SqlType("datetime"), LeftNull] public DateTime? CreationDate { get; init; }
    [SqlType("datetime")] public DateTime? ModificationDate { get; init; }
    [SqlType("nvarchar(50)")] public string? DisplayName { get; init; }

    public static readonly IReadOnlyList<OrganizationsRow> Rows =
    [
        new() { OrganizationID = 1, ParentOrganizationID = null, OrganizationCodeID = 1, Name = "Daviess County", Abbreviation = "DC", SA_ContactPersonID = 3, CreatorID = 1, ModifierID = 56, CreationDate = null, ModificationDate = new DateTime(2020, 7, 28, 13, 0, 35, 500), DisplayName = "Daviess County" },
        new() { OrganizationID = 2, ParentOrganizationID = 1, OrganizationCodeID = 2, Name = "Daviess County Public", Abbreviation = "DCP", SA_ContactPersonID = 3, CreatorID = 1, ModifierID = 11, CreationDate = null, ModificationDate = new DateTime(2019, 9, 25, 11, 5, 49, 463), DisplayName = "Daviess County Public Library" },
        new() { OrganizationID = 3, ParentOrganizationID = 2, OrganizationCodeID = 3, Name = "Daviess County Public Library", Abbreviation = "DCPL", SA_ContactPersonID = 3, CreatorID = 1, ModifierID = 11, CreationDate = null, ModificationDate = new DateTime(2019, 9, 25, 11, 7, 16, 347), DisplayName = "Daviess County Public Library" },
    ];

    /// <summary>
    /// The real rows, then each further branch of the world as Polaris records a branch: organisation code 3 under the
    /// library's organisation 2, set up a minute after the one before it.
    /// </summary>
    public static IEnumerable<OrganizationsRow> For(World world)
    {
        var library = Rows[^1];
        return Rows.Concat(world.Branches.Where(b => b.OrganizationId != library.OrganizationID).Select((branch, i) => library with
        {
            OrganizationID = branch.OrganizationId,
            Name = branch.Name,
            Abbreviation = branch.Abbreviation,
            ModificationDate = library.ModificationDate!.Value.AddMinutes(i + 1),
            DisplayName = branch.Name,
        }));
    }
}
