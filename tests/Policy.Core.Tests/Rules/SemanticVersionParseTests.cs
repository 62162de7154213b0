using Policy.Core.Rules.References;

namespace Policy.Core.Tests.Rules;

/// <summary>SemanticVersion.Parse cuts the parts by hand once the pattern matches: the same parts the pattern's groups gave.</summary>
public sealed class SemanticVersionParseTests
{
    [Theory]
    [InlineData("1.2.3", 1, 2, 3, "")]
    [InlineData("0.0.0", 0, 0, 0, "")]
    [InlineData("10.20.30-rc.1", 10, 20, 30, "rc.1")]
    [InlineData("1.0.0-alpha-beta.2+build-7.x", 1, 0, 0, "alpha-beta.2")]
    [InlineData("1.0.0+sha.5114f85", 1, 0, 0, "")]
    [InlineData("2.0.1\n", 2, 0, 1, "")]
    [InlineData("3.1.4-pre\n", 3, 1, 4, "pre")]
    public void A_version_reads_as_its_parts(string text, int major, int minor, int patch, string pre)
    {
        Assert.Equal(new SemanticVersion(major, minor, patch, pre), SemanticVersion.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1.2")]
    [InlineData("01.2.3")]
    [InlineData("1.2.3-")]
    [InlineData("1.2.3+")]
    [InlineData("v1.2.3")]
    [InlineData("1.2.3 ")]
    [InlineData("\u0661.2.3")]
    [InlineData("99999999999.0.0")]
    public void Anything_else_is_no_version(string? text)
    {
        Assert.Null(SemanticVersion.Parse(text));
    }
}
