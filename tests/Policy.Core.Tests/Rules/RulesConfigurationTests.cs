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

    [Theory]
    [InlineData("P30D", 0, 0, 30)]
    [InlineData("P1Y6M", 1, 6, 0)]
    [InlineData("P2W", 0, 0, 14)]
    public void Iso_durations_parse(string text, int years, int months, int days)
    {
        Assert.True(IsoDuration.TryParse(text, out var duration));
        Assert.Equal((years, months, days), (duration.Years, duration.Months, duration.Days));
    }

    [Theory]
    [InlineData("P")]
    [InlineData("30D")]
    [InlineData("PT")]
    [InlineData("P1.5Y")]
    public void Invalid_durations_are_refused(string text) => Assert.False(IsoDuration.TryParse(text, out _));

    [Fact]
    public void Months_are_added_calendar_wise()
    {
        Assert.Equal(new DateTime(2027, 2, 28), IsoDuration.Parse("P1M")!.Value.AddTo(new DateTime(2027, 1, 31)));
    }
}
