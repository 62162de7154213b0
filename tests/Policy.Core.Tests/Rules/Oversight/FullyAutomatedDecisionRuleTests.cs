using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.OversightTests.OversightFixtures;

namespace Policy.Core.Tests.Rules.OversightTests;

public sealed class FullyAutomatedDecisionRuleTests : IDisposable
{
    private const string Rule = "XR-HO-01";
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void Fires_on_a_fully_automated_significant_decision_without_exception()
    {
        repository.Artefact(CardFile, Card("identity.direct"));
        repository.Artefact(OversightFile, HumanOversight(Decision("none", true)));
        var finding = repository.Validate().Single(Rule);
        Assert.Equal(("policies/" + OversightFile, "/decisions/0/mode", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("Art. 22", finding.Message);
    }

    [Fact]
    public void Is_quiet_on_a_fully_automated_decision_without_significant_effect()
    {
        repository.Artefact(CardFile, Card());
        repository.Artefact(OversightFile, HumanOversight(Decision("none", false)));
        repository.Validate().None(Rule);
    }

    [Fact]
    public void Is_quiet_on_a_significant_decision_with_a_person_in_the_loop()
    {
        repository.Artefact(CardFile, Card());
        repository.Artefact(OversightFile, HumanOversight(Decision("in-the-loop", true)));
        repository.Validate().None(Rule);
    }

    [Fact]
    public void Fires_on_the_contract_exception_when_health_data_feed_the_decision()
    {
        repository.Artefact(CardFile, Card("health.observation"));
        repository.Artefact(OversightFile, HumanOversight(Decision("none", true).With("art22Exception", "contract")));
        var finding = repository.Validate().Single(Rule);
        Assert.Equal("/decisions/0/art22Exception", finding.Pointer);
        Assert.Equal(("policies/" + CardFile, "/dataCategoriesProcessed"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void Is_quiet_on_the_contract_exception_without_special_categories()
    {
        repository.Artefact(CardFile, Card("identity.direct"));
        repository.Artefact(OversightFile, HumanOversight(Decision("none", true).With("art22Exception", "contract")));
        repository.Validate().None(Rule);
    }

    [Fact]
    public void Fires_on_a_law_exception_that_no_dpia_grounds_in_article_9_2_g()
    {
        repository.Artefact(CardFile, Card("health.observation"));
        repository.Artefact(OversightFile, HumanOversight(Decision("none", true).With("art22Exception", "union-or-member-state-law")));
        repository.Artefact("ecg/dpia.json", Dpia("care-9-2-h"));
        var finding = repository.Validate().Single(Rule);
        Assert.Equal("/decisions/0/art22Exception", finding.Pointer);
        Assert.Contains(finding.Related, r => r.Location.File == "policies/ecg/dpia.json" && r.Location.Pointer == "/lawfulBasis");
    }

    [Fact]
    public void Is_quiet_when_the_dpia_records_article_9_2_g()
    {
        repository.Artefact(CardFile, Card("health.observation"));
        repository.Artefact(OversightFile, HumanOversight(Decision("none", true).With("art22Exception", "union-or-member-state-law")));
        repository.Artefact("ecg/dpia.json", Dpia("public-interest-9-2-g"));
        repository.Validate().None(Rule);
    }

    private static JsonObject Dpia(string art9) =>
        Artefacts.Envelope("Dpia", "dpia-ecg", SystemId)
            .With("scope", new JsonObject { ["systems"] = new JsonArray(SystemId) })
            .With("lawfulBasis", new JsonObject { ["art6"] = "public-task", ["art9"] = art9 });
}
