using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Rules.SystemCards;

/// <summary>XR-SC-11: workers and their representatives are informed before a high-risk system is put into service.</summary>
public sealed class WorkerInformationRuleTests : IDisposable
{
    private const string Rule = "XR-SC-11";
    private const string CardFile = "policies/triage/system-card.json";
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    private static JsonObject Card(string stage = "use", string basis = "annex-iii", string role = "deployer") =>
        Artefacts.SystemCard("triage", "health.audio")
            .With("lifecycleStage", stage)
            .With("beginDate", "2026-11-03")
            .With("aiActRole", role)
            .With("aiAct", new JsonObject { ["riskClass"] = "high-risk", ["basis"] = basis, ["annexIIIPoint"] = "5(d)" });

    private static JsonObject Informed(string representatives = "2026-09-24", string workers = "2026-10-20") =>
        new() { ["representativesInformedOn"] = representatives, ["workersInformedOn"] = workers };

    private ValidationReport Validate(JsonObject card)
    {
        repository.Artefact("triage/system-card.json", card);
        return repository.Validate();
    }

    [Fact]
    public void Fires_on_a_high_risk_system_in_use_whose_workers_were_not_informed()
    {
        var finding = Validate(Card()).Single(Rule);
        Assert.Equal((CardFile, "/workerInformation", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("Art. 26(7)", finding.Message);
    }

    [Fact]
    public void Warns_at_stage_deployment()
    {
        Assert.Equal(Severity.Warning, Validate(Card("deployment")).Single(Rule).Severity);
    }

    [Fact]
    public void Fires_on_the_date_missing_from_the_block()
    {
        var information = Informed();
        information.Remove("workersInformedOn");
        Assert.Equal("/workerInformation/workersInformedOn", Validate(Card().With("workerInformation", information)).Single(Rule).Pointer);
    }

    [Fact]
    public void Fires_when_workers_were_informed_after_the_system_went_into_use()
    {
        var finding = Validate(Card().With("workerInformation", Informed(workers: "2026-11-10"))).Single(Rule);
        Assert.Equal(("/workerInformation/workersInformedOn", "/beginDate"), (finding.Pointer, finding.Related[0].Location.Pointer));
        Assert.Contains("after the system went into use on 2026-11-03", finding.Message);
    }

    [Fact]
    public void Is_quiet_when_both_were_informed_before_use()
    {
        Validate(Card().With("workerInformation", Informed())).None(Rule);
    }

    [Theory]
    [InlineData("acquisition", "annex-iii", "deployer")]
    [InlineData("use", "annex-iii", "provider")]
    [InlineData("use", "annex-i-mdr", "deployer")]
    public void Is_quiet_before_deployment_for_providers_and_before_the_annex_i_date(string stage, string basis, string role)
    {
        // Annex I high-risk duties apply from 2027-08-02 (AI Act Art. 113), after the tests' today (2026-11-25).
        Validate(Card(stage, basis, role)).None(Rule);
    }
}
