using PolarisSampleData.Cli;

namespace PolarisSampleData.Tests.Cli;

/// <summary>Every command's help spells choices as they are typed: one convention, lower case.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("generate", "--format <csv,sqlite,mssql>", "Default: csv.")]
    [InlineData("verify", "--format <text|json>", "Default: text.")]
    [InlineData("trace", "--format <text|json>", "Default: text.")]
    [InlineData("query", "--format <table|csv|json>", "Default: table.")]
    public void Help_shows_choices_and_their_default_in_lower_case(string command, string usage, string byDefault)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = PolarisCli.Run([command, "--help"], stdout, stderr, () => new DateOnly(2025, 11, 24));

        exit.Should().Be(ExitCodes.Success, stderr.ToString());
        var help = stdout.ToString();
        help.Should().Contain(usage).And.Contain(byDefault);
        help.Should().NotMatchRegex(@"\[default: [A-Z]", "an enum's spelling is not what a user types")
            .And.NotMatchRegex(@"<[A-Z][a-z]+\|", "nor are its members' names");
    }
}
