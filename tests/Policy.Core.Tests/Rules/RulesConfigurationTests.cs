using System.Text.Json;
using Policy.Core.Model;
using Policy.Core.Tests;
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
    public void Governance_tightens_one_key_and_keeps_the_others()
    {
        var configuration = With("""{ "hostingRequirement": "HDS+SecNumCloud", "incidentReporting": { "death": "P5D" } }""");
        Assert.Equal("HDS+SecNumCloud", configuration.HostingRequirement);
        Assert.Equal(5, configuration.IncidentWindow("death").Days);
        Assert.Equal(15, configuration.IncidentWindow("otherSerious").Days);
        Assert.Equal((3, 3, 4), configuration.ResidualRiskThreshold);
        Assert.Empty(configuration.Refused);
    }

    [Fact]
    public void Invalid_override_falls_back_to_the_default()
    {
        var configuration = With("""{ "logRetentionMin": "six months", "aiActDates": { "annexIIIHighRisk": "soon" } }""");
        Assert.Equal(6, configuration.LogRetentionMin.Months);
        Assert.Equal(new DateTime(2026, 8, 2), configuration.AiActDate("annexIIIHighRisk"));
    }

    /// <summary>rules-config.json as shipped in the repository.</summary>
    private static JsonDocument Shipped() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tools", "Policy.Core", "Rules", "Configuration", "rules-config.json")));

    [Fact]
    public void Every_shipped_value_says_whether_the_law_makes_it_a_floor_a_ceiling_or_fixed_and_why()
    {
        using var shipped = Shipped();
        var sources = shipped.RootElement.GetProperty("sources");
        foreach (var key in shipped.RootElement.GetProperty("policies").EnumerateObject().Select(p => p.Name))
        {
            Assert.True(sources.TryGetProperty(key, out var entry), $"sources has no entry for {key}");
            Assert.Contains(entry.GetProperty("bound").GetString(), new[] { "floor", "ceiling", "fixed", "policy" });
            Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("source").GetString()), key);
        }
    }

    [Theory]
    [InlineData("logRetentionMin", "floor")]
    [InlineData("incidentReporting", "ceiling")]
    [InlineData("aiActDates", "fixed")]
    [InlineData("hdsCertificationDeadline", "fixed")]
    [InlineData("eeaCountries", "fixed")]
    [InlineData("maxApprovalValidity", "policy")]
    public void Legal_values_carry_their_bound(string key, string bound)
    {
        using var shipped = Shipped();
        Assert.Equal(bound, shipped.RootElement.GetProperty("sources").GetProperty(key).GetProperty("bound").GetString());
    }

    [Theory]
    [InlineData("P3M")]
    [InlineData("P180D")]
    [InlineData("P26W")]
    public void A_log_retention_that_can_be_shorter_than_six_months_is_refused(string retention)
    {
        var configuration = With($$"""{ "logRetentionMin": "{{retention}}" }""");
        Assert.Equal(new IsoDuration(0, 6, 0, TimeSpan.Zero), configuration.LogRetentionMin);
        var refused = Assert.Single(configuration.Refused);
        Assert.Equal(("/policies/logRetentionMin", LegalBound.Floor, "\"P6M\""), (refused.Pointer, refused.Bound, refused.Legal));
        Assert.Contains("26(6)", refused.Source);
    }

    [Theory]
    [InlineData("P6M")]
    [InlineData("P185D")]
    [InlineData("P1Y")]
    public void A_log_retention_never_shorter_than_six_months_applies(string retention)
    {
        var configuration = With($$"""{ "logRetentionMin": "{{retention}}" }""");
        Assert.Equal(IsoDuration.Parse(retention), configuration.LogRetentionMin);
        Assert.Empty(configuration.Refused);
    }

    [Fact]
    public void A_longer_reporting_deadline_is_refused_and_the_legal_one_applies()
    {
        var configuration = With("""{ "incidentReporting": { "personalDataBreach": "P4D", "otherSerious": "P10D" } }""");
        Assert.Equal(TimeSpan.FromHours(72), configuration.IncidentWindow("personalDataBreach").Time);
        Assert.Equal(10, configuration.IncidentWindow("otherSerious").Days);
        Assert.Equal(["/policies/incidentReporting/personalDataBreach"], configuration.Refused.Select(r => r.Pointer));
    }

    [Fact]
    public void Dates_of_application_cannot_be_moved_either_way()
    {
        var configuration = With("""{ "aiActDates": { "annexIIIHighRisk": "2027-12-02", "prohibitions": "2025-01-01", "annexIHighRisk": "2027-08-02" }, "hdsCertificationDeadline": "2027-01-01" }""");
        Assert.Equal(new DateTime(2026, 8, 2), configuration.AiActDate("annexIIIHighRisk"));
        Assert.Equal(new DateTime(2025, 2, 2), configuration.AiActDate("prohibitions"));
        Assert.Equal(new DateTime(2026, 5, 16), configuration.HdsCertificationDeadline);
        Assert.Equal(
            ["/policies/aiActDates/annexIIIHighRisk", "/policies/aiActDates/prohibitions", "/policies/hdsCertificationDeadline"],
            configuration.Refused.Select(r => r.Pointer).Order(StringComparer.Ordinal));
        Assert.All(configuration.Refused, r => Assert.Equal(LegalBound.Fixed, r.Bound));
    }

    [Fact]
    public void Notified_body_classes_may_be_added_but_not_removed()
    {
        var added = With("""{ "notifiedBodyClasses": { "mdr": ["I", "Is", "Im", "Ir", "IIa", "IIb", "III"] } }""");
        Assert.Contains("I", added.NotifiedBodyClasses("MDR"));
        Assert.Empty(added.Refused);

        var removed = With("""{ "notifiedBodyClasses": { "mdr": ["I", "IIb", "III"] } }""");
        Assert.Equal(["I", "III", "IIa", "IIb", "Im", "Ir", "Is"], removed.NotifiedBodyClasses("MDR").Order(StringComparer.Ordinal));
        Assert.Equal("/policies/notifiedBodyClasses/mdr", Assert.Single(removed.Refused).Pointer);
    }

    [Fact]
    public void A_higher_residual_risk_threshold_is_refused_and_a_lower_one_applies()
    {
        var configuration = With("""{ "residualRiskThreshold": { "severity": 4, "likelihood": 2 } }""");
        Assert.Equal((3, 2, 4), configuration.ResidualRiskThreshold);
        Assert.Equal("/policies/residualRiskThreshold/severity", Assert.Single(configuration.Refused).Pointer);
    }

    [Fact]
    public void A_longer_dpia_review_interval_is_refused()
    {
        var configuration = With("""{ "dpiaReviewInterval": "P5Y" }""");
        Assert.Equal(3, configuration.DpiaReviewInterval.Years);
        Assert.Equal(LegalBound.Ceiling, Assert.Single(configuration.Refused).Bound);
    }

    [Fact]
    public void Organisation_policies_are_set_freely()
    {
        var configuration = With("""{ "maxApprovalValidity": "P5Y", "approvalGraceAfterReviewDue": "P90D", "professionalSecrecyMarkers": ["secret"] }""");
        Assert.Equal(5, configuration.MaxApprovalValidity.Years);
        Assert.Equal(90, configuration.ApprovalGraceAfterReviewDue.Days);
        Assert.Equal(["secret"], configuration.ProfessionalSecrecyMarkers);
        Assert.Empty(configuration.Refused);
    }
}
