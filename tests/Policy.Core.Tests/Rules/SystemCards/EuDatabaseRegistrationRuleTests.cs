using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Inventory;
using Policy.Core.Tests.Fixtures;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Rules.SystemCards;

/// <summary>XR-SC-10: a public deployer of an Annex III high-risk system records its EU database registration; the register shows it.</summary>
public sealed class EuDatabaseRegistrationRuleTests : IDisposable
{
    private const string Rule = "XR-SC-10";
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    private static JsonObject Triage(string stage = "use", string point = "5(d)", string role = "deployer", string? reference = null)
    {
        var aiAct = new JsonObject { ["riskClass"] = "high-risk", ["basis"] = "annex-iii", ["annexIIIPoint"] = point };
        if (reference is not null)
        {
            aiAct["euDatabaseRef"] = reference;
        }

        return Artefacts.SystemCard("triage", "health.audio").With("lifecycleStage", stage).With("aiActRole", role).With("aiAct", aiAct);
    }

    private void WriteGovernance(bool publicBody, bool onBehalf = false) =>
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "org").With("organisation", new JsonObject
        {
            ["name"] = "Org", ["publicBody"] = publicBody, ["providesPublicService"] = true, ["actsOnBehalfOfPublicAuthority"] = onBehalf,
        }));

    private ValidationReport Validate(JsonObject card)
    {
        repository.Artefact("triage/system-card.json", card);
        return repository.Validate();
    }

    [Fact]
    public void Fires_at_a_public_body_using_an_annex_iii_system_without_registration()
    {
        WriteGovernance(publicBody: true);
        var finding = Validate(Triage()).Single(Rule);
        Assert.Equal(("policies/triage/system-card.json", "/aiAct/euDatabaseRef", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("49(3)", finding.Message);
        Assert.Equal("/organisation/publicBody", finding.Related[0].Location.Pointer);
    }

    [Fact]
    public void Fires_for_a_body_acting_on_behalf_of_a_public_authority()
    {
        WriteGovernance(publicBody: false, onBehalf: true);
        Assert.Equal("/organisation/actsOnBehalfOfPublicAuthority", Validate(Triage()).Single(Rule).Related[0].Location.Pointer);
    }

    [Fact]
    public void Warns_at_stage_deployment()
    {
        WriteGovernance(publicBody: true);
        Assert.Equal(Severity.Warning, Validate(Triage("deployment")).Single(Rule).Severity);
    }

    [Fact]
    public void Is_quiet_with_the_registration_and_shows_it_in_the_register()
    {
        WriteGovernance(publicBody: true);
        var card = Triage(reference: "DEP-FR-2026-004812");
        Validate(card).None(Rule);
        Assert.Equal("DEP-FR-2026-004812", RegisterRows().Single()[RegisterColumns.EuDatabase]);
    }

    [Theory]
    [InlineData(false, "use", "5(d)", "deployer")]
    [InlineData(true, "acquisition", "5(d)", "deployer")]
    [InlineData(true, "use", "2(a)", "deployer")]
    [InlineData(true, "use", "5(d)", "provider")]
    public void Is_quiet_for_private_deployers_before_deployment_for_point_2_and_for_providers(bool publicBody, string stage, string point, string role)
    {
        WriteGovernance(publicBody);
        Validate(Triage(stage, point, role)).None(Rule);
    }

    [Fact]
    public void Leaves_the_register_gap_to_XR_SC_10()
    {
        WriteGovernance(publicBody: true);
        repository.Artefact("triage/system-card.json", Triage());
        var gap = RegisterRows().Single().Gaps.Single(g => g.Column == RegisterColumns.EuDatabase);
        Assert.Equal(Rule, gap.CoveredBy);
    }

    private IReadOnlyList<RegisterRow> RegisterRows()
    {
        var model = repository.Load();
        var context = new Policy.Core.Rules.RuleContext(model, Policy.Core.Rules.RuleSettings.Defaults, TestRepository.Today);
        return new RegisterRowBuilder(model, context.Approvals, TestRepository.Today).BuildAll().ToList();
    }
}
