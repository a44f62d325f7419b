namespace PolarisSampleData.Tables;

/// <summary>
/// The generator deliberately leaves the column NULL in every row: a column of the real layout that
/// nothing in the generated world gives a value (a MARC field, a workstation, a note, a second phone).
/// Every other column gets a value in some row of the 25-patron set, and a test holds both to that, as
/// Bogus' strict mode holds a rule set: a column added and never set fails it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class LeftNullAttribute : Attribute;
