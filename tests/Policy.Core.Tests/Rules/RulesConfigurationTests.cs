using System.Text.Json;
using Policy.Core.Model;
using Policy.Core.Rules.Configuration;
using Policy.Kernel.Time;

namespace Policy.Core.Tests.Rules;

public sealed class RulesConfigurationTests
{
    private static RulesConfiguration With(string policies) => RulesConfiguration.From(JsonDocument.Parse(policies).RootElement);

    [Fact]
    public void Shipped_defaults_carry_the_legal_values()
    {
        var defaults = RulesConfiguration.Defaults;
        Assert.Equal("HDS", defaults.HostingRequirement);
        Assert.Equal(new IsoDuration(0, 6, 0, TimeSpan.Zero), defaults.LogRetentionMin);
        Assert.Equal(new IsoDuration(0, 0, 10, TimeSpan.Zero), defaults.IncidentWindow("death"));
        Assert.Contains("IIa", defaults.NotifiedBodyClasses("MDR"));
        Assert.DoesNotContain("I", defaults.NotifiedBodyClasses("MDR"));
        Assert.Equal(new DateTime(2026, 8, 2), defaults.AiActDate("annexIIIHighRisk"));
        Assert.Matches(@"^\d{4}\.\d+\.\d+$", defaults.Version);
    }

    [Fact]
    public void Governance_overrides_one_key_and_keeps_the_others()
    {
        var configuration = With("""{ "hostingRequirement": "HDS+SecNumCloud", "incidentReporting": { "death": "P5D" } }""");
        Assert.Equal("HDS+SecNumCloud", configuration.HostingRequirement);
        Assert.Equal(5, configuration.IncidentWindow("death").Days);
        Assert.Equal(15, configuration.IncidentWindow("otherSerious").Days);
        Assert.Equal((3, 3, 4), configuration.ResidualRiskThreshold);
    }

    [Fact]
    public void Invalid_override_falls_back_to_the_default()
    {
        var configuration = With("""{ "logRetentionMin": "six months", "aiActDates": { "annexIIIHighRisk": "soon" } }""");
        Assert.Equal(6, configuration.LogRetentionMin.Months);
        Assert.Equal(new DateTime(2026, 8, 2), configuration.AiActDate("annexIIIHighRisk"));
    }
}
