using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.OversightTests.OversightFixtures;

namespace Policy.Core.Tests.Rules.OversightTests;

/// <summary>XR-HO-04 (stop, trained reviewers with authority) and XR-HO-05 (replaces vs in the loop).</summary>
public sealed class HighRiskOversightRuleTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    private static JsonObject HighRiskCard() => Card().With("aiAct", new JsonObject { ["riskClass"] = "high-risk", ["basis"] = "annex-i-mdr" });

    private static JsonObject Stop() => new() { ["mechanism"] = "switch in the admin console", ["whoCanStop"] = "medical lead" };

    [Fact]
    public void XR_HO_04_fires_on_a_high_risk_system_without_stop()
    {
        repository.Artefact(CardFile, HighRiskCard());
        repository.Artefact(OversightFile, HumanOversight());
        var finding = repository.Validate().Single("XR-HO-04");
        Assert.Equal(("policies/" + OversightFile, "/stop", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
    }

    [Fact]
    public void XR_HO_04_fires_on_a_reviewer_without_authority_to_override()
    {
        repository.Artefact(CardFile, HighRiskCard());
        var oversight = HumanOversight().With("stop", Stop());
        oversight["reviewers"]![0]!["authorityToOverride"] = false;
        repository.Artefact(OversightFile, oversight);
        Assert.Equal("/reviewers/0/authorityToOverride", repository.Validate().Single("XR-HO-04").Pointer);
    }

    [Fact]
    public void XR_HO_04_fires_on_an_untrained_reviewer()
    {
        repository.Artefact(CardFile, HighRiskCard());
        var oversight = HumanOversight().With("stop", Stop());
        oversight["reviewers"]![0]!.AsObject().Remove("trainingRef");
        repository.Artefact(OversightFile, oversight);
        Assert.Equal("/reviewers/0/trainingRef", repository.Validate().Single("XR-HO-04").Pointer);
    }

    [Fact]
    public void XR_HO_04_is_quiet_on_a_complete_high_risk_oversight()
    {
        repository.Artefact(CardFile, HighRiskCard());
        repository.Artefact(OversightFile, HumanOversight().With("stop", Stop()));
        repository.Validate().None("XR-HO-04");
    }

    [Fact]
    public void XR_HO_04_is_quiet_on_a_system_that_is_not_high_risk()
    {
        repository.Artefact(CardFile, Card());
        repository.Artefact(OversightFile, HumanOversight());
        repository.Validate().None("XR-HO-04");
    }

    [Fact]
    public void XR_HO_05_warns_when_a_replacing_output_is_overseen_in_the_loop()
    {
        repository.Artefact(CardFile, Card().With("decisionRole", "replaces"));
        repository.Artefact(OversightFile, HumanOversight(Decision("on-the-loop", true, "alert"), Decision("in-the-loop", true)));
        var finding = repository.Validate().Single("XR-HO-05");
        Assert.Equal(("policies/" + OversightFile, "/decisions/1/mode", Severity.Warning), (finding.File, finding.Pointer, finding.Severity));
        Assert.Equal("/decisionRole", finding.Related[0].Location.Pointer);
    }

    [Fact]
    public void XR_HO_05_is_quiet_when_the_output_augments_the_decision()
    {
        repository.Artefact(CardFile, Card().With("decisionRole", "augments"));
        repository.Artefact(OversightFile, HumanOversight(Decision("in-the-loop", true)));
        repository.Validate().None("XR-HO-05");
    }
}
