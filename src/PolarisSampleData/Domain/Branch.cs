using System.Globalization;
using PolarisSampleData.Scenarios;

namespace PolarisSampleData.Domain;

/// <summary>
/// A branch of the library (a Polaris organisation of code 3, under the library's 2): where patrons register and
/// pick up holds, where copies belong, and the reporting organisation of a patron's notices.
/// </summary>
internal sealed record Branch(int OrganizationId, string Name, string Abbreviation, string PhoneNumber, string Address)
{
    /// <summary>The library's own branch, the reference's organisation 3: the only one in the plan's world.</summary>
    public static readonly Branch Library = new(Domain.Library.OrganizationId, Domain.Library.Name, Domain.Library.Abbreviation, Domain.Library.PhoneNumber, Domain.Library.Address);

    /// <summary>
    /// A scenario's branches: the first is the library's own; the others follow it as organisations 4, 5, ... under
    /// the same library, each with a number from the fictional 555-01XX block (counted down from 0199, so no real
    /// phone rings) and the library's address as their notices' return address.
    /// </summary>
    public static IReadOnlyList<Branch> For(IReadOnlyList<BranchShare> branches) =>
        [.. branches.Select((b, i) => i == 0 ? Library : new Branch(Library.OrganizationId + i, b.Name, b.Abbreviation,
            string.Create(CultureInfo.InvariantCulture, $"270-555-{199 - i:D4}"), Library.Address))];
}
