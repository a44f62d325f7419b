using PolarisSampleData.Tests.Support;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Tests.Verification;

/// <summary>values.types over the forms an importer would choke on: each value alone must fail the check.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class TypeRuleTests(GeneratedSet set)
{
    [Theory]
    [InlineData("NoticeDate", "2025-02-30 10:00:00.000")]
    [InlineData("NoticeDate", "2025-13-01 10:00:00.000")]
    [InlineData("NoticeDate", "2025-11-00 10:00:00.000")]
    [InlineData("NoticeDate", "2025-04-31 10:00:00.000")]
    [InlineData("NoticeDate", "2025-11-24 24:00:00.000")]
    [InlineData("NoticeDate", "2025-11-24 10:60:00.000")]
    [InlineData("NoticeDate", "2025-11-24 10:01:00")]
    [InlineData("NoticeDate", "2025-11-24T10:01:00.000")]
    [InlineData("ReportingOrgId", "3.0")]
    [InlineData("ReportingOrgId", "2147483648")]
    [InlineData("ReportingOrgId", "three")]
    [InlineData("Amount", "5.0")]
    [InlineData("Amount", "1.2.00")]
    [InlineData("Amount", "5,00")]
    [InlineData("Amount", "-.50")]
    public void A_malformed_value_fails_values_types(string column, string value)
    {
        using var scratch = new ScratchSet(set.Folder);
        scratch.Update("Results.NotificationHistory", n => n.Index == 0, n => n[column] = value);

        var report = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);

        report.Results.Single(r => r.Check.Name == "values.types").Status.Should().Be(CheckStatus.Fail);
    }

    [Theory]
    [InlineData("ReportingOrgId", "-2147483648")]
    [InlineData("Amount", "-5.00")]
    [InlineData("Amount", "12345.67")]
    [InlineData("NoticeDate", "2024-02-29 23:59:59.999")]
    [InlineData("NoticeDate", "2025-12-31 00:00:00.000")]
    public void A_well_formed_value_passes_values_types(string column, string value)
    {
        using var scratch = new ScratchSet(set.Folder);
        scratch.Update("Results.NotificationHistory", n => n.Index == 0, n => n[column] = value);

        var report = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);

        report.Results.Single(r => r.Check.Name == "values.types").Status.Should().Be(CheckStatus.Pass);
    }
}
