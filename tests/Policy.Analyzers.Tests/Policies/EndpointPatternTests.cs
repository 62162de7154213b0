using Policy.Analyzers.Policies;

namespace Policy.Analyzers.Tests.Policies;

public class EndpointPatternTests
{
    [Theory]
    [InlineData("*.hds.example", "api.hds.example", true)]
    [InlineData("*.hds.example", "a.b.hds.example", true)]
    [InlineData("*.hds.example", "API.HDS.EXAMPLE.", true)]
    [InlineData("*.hds.example", "hds.example", false)]
    [InlineData("*.hds.example", "evilhds.example", false)]
    [InlineData("*.hds.example", "api.hds.example.evil.example", false)]
    [InlineData("api.vendor.example", "api.vendor.example", true)]
    [InlineData("api.vendor.example", "x.api.vendor.example", false)]
    public void Suffix_patterns_match_whole_labels_and_exact_hosts_match_exactly(string pattern, string host, bool expected) =>
        Assert.Equal(expected, EndpointPattern.Matches(pattern, host));
}
