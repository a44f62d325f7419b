using PolarisSampleData.Tests.Support;
using PolarisSampleData.Verification;

namespace PolarisSampleData.Tests.Verification;

/// <summary>values.types over the forms an importer would choke on (each alone fails the check) and edge values that are fine.</summary>
[Collection(GeneratedSetCollection.Name)]
public sealed class TypeRuleTests(GeneratedSet set)
{
    [Theory]
    [InlineData("NoticeDate", "2025-02-30 10:00:00.000", CheckStatus.Fail)]
    [InlineData("NoticeDate", "2025-13-01 10:00:00.000", CheckStatus.Fail)]
    [InlineData("NoticeDate", "2025-11-00 10:00:00.000", CheckStatus.Fail)]
    [InlineData("NoticeDate", "2025-04-31 10:00:00.000", CheckStatus.Fail)]
    [InlineData("NoticeDate", "2025-11-24 24:00:00.000", CheckStatus.Fail)]
    [InlineData("NoticeDate", "2025-11-24 10:60:00.000", CheckStatus.Fail)]
    [InlineData("NoticeDate", "2025-11-24 10:01:00", CheckStatus.Fail)]
    [InlineData("NoticeDate", "2025-11-24T10:01:00.000", CheckStatus.Fail)]
    [InlineData("ReportingOrgId", "3.0", CheckStatus.Fail)]
    [InlineData("ReportingOrgId", "2147483648", CheckStatus.Fail)]
    [InlineData("ReportingOrgId", "three", CheckStatus.Fail)]
    [InlineData("ReportingOrgId", "3:", CheckStatus.Fail)]
    [InlineData("ReportingOrgId", "/3", CheckStatus.Fail)]
    [InlineData("ReportingOrgId", "-2147483649", CheckStatus.Fail)]
    [InlineData("NoticeDate", "2025-11-24 10:01:0:.000", CheckStatus.Fail)]
    [InlineData("NoticeDate", "2025-11-24 10:01:00.00:", CheckStatus.Fail)]
    [InlineData("NoticeDate", "2025-11-24 10:01:00.x00", CheckStatus.Fail)]
    [InlineData("NoticeDate", "/025-11-24 10:01:00.000", CheckStatus.Fail)]
    [InlineData("Amount", "5.0", CheckStatus.Fail)]
    [InlineData("Amount", "1.2.00", CheckStatus.Fail)]
    [InlineData("Amount", "5,00", CheckStatus.Fail)]
    [InlineData("Amount", "-.50", CheckStatus.Fail)]
    [InlineData("ReportingOrgId", "-2147483648", CheckStatus.Pass)]
    [InlineData("Amount", "-5.00", CheckStatus.Pass)]
    [InlineData("Amount", "12345.67", CheckStatus.Pass)]
    [InlineData("NoticeDate", "2024-02-29 23:59:59.999", CheckStatus.Pass)]
    [InlineData("NoticeDate", "2025-12-31 00:00:00.000", CheckStatus.Pass)]
    public void Values_type_judges_each_value_alone(string column, string value, CheckStatus expected)
    {
        using var scratch = new ScratchSet(set.Folder);
        scratch.Update("Results.NotificationHistory", n => n.Index == 0, n => n[column] = value);

        var report = Verifier.Verify(scratch.Folder, GeneratedSet.Options.Today);

        report.Results.Single(r => r.Check.Name == "values.types").Status.Should().Be(expected);
    }
}
