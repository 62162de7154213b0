using System.Text.Json.Nodes;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.DpiaTests.DpiaFixtures;

namespace Policy.Core.Tests.Rules.DpiaTests;

public sealed class DpiaCoverageRuleTests : IDisposable
{
    private const string FlowPath = "ecg/flow.json";
    private readonly TestRepository repository = new();

    public DpiaCoverageRuleTests()
    {
        repository.Artefact(CardPath, Card(categories: ["health.observation", "identity.direct"]));
    }

    public void Dispose() => repository.Dispose();

    [Fact]
    public void XR_DPIA_03_fires_on_a_category_the_card_declares_but_the_dpia_does_not_assess()
    {
        repository.Artefact(DpiaPath, DpiaFor(categories: ["health.observation"]).With("recipients", new JsonArray()));
        var finding = repository.Validate().Single("XR-DPIA-03");
        Assert.Equal(("policies/" + DpiaPath, "/dataCategories"), (finding.File, finding.Pointer));
        Assert.Contains("'identity.direct'", finding.Message);
        Assert.Equal(("policies/" + CardPath, "/dataCategoriesProcessed/1"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void XR_DPIA_03_fires_on_a_flow_category_and_a_flow_destination_missing_from_the_dpia()
    {
        repository.Artefact(DpiaPath, DpiaFor(categories: ["health.observation", "identity.direct"])
            .With("recipients", JsonNode.Parse("""[ { "name": "Cardiology department", "type": "internal" } ]""")));
        repository.Artefact(FlowPath, Flow("health.diagnosis"));
        var findings = repository.Validate().Findings.Where(f => f.Rule == "XR-DPIA-03").ToList();
        Assert.Equal(2, findings.Count);
        var category = Assert.Single(findings, f => f.Pointer == "/dataCategories");
        Assert.Equal(("policies/" + FlowPath, "/dataCategories/0"), (category.Related[0].Location.File, category.Related[0].Location.Pointer));
        var recipient = Assert.Single(findings, f => f.Pointer == "/recipients");
        Assert.Contains("'ElectroRead cloud'", recipient.Message);
        Assert.Equal("/destination/name", recipient.Related[0].Location.Pointer);
    }

    [Fact]
    public void XR_DPIA_03_is_quiet_when_a_parent_category_covers_and_the_operator_is_a_recipient()
    {
        repository.Artefact(DpiaPath, DpiaFor(categories: ["health.record", "identity.direct"])
            .With("recipients", JsonNode.Parse("""[ { "name": "  electrocardia   SAS ", "type": "processor" } ]""")));
        repository.Artefact(FlowPath, Flow("health.diagnosis"));
        repository.Validate().None("XR-DPIA-03");
    }

    [Fact]
    public void XR_DPIA_03_ignores_inactive_flows()
    {
        repository.Artefact(DpiaPath, DpiaFor(categories: ["health.observation", "identity.direct"]).With("recipients", new JsonArray()));
        repository.Artefact(FlowPath, Flow("health.diagnosis").With("active", false));
        repository.Validate().None("XR-DPIA-03");
    }

    [Fact]
    public void XR_DPIA_03_leaves_a_flow_naming_another_dpia_to_that_dpia_and_inbound_destinations_out_of_recipients()
    {
        repository.Artefact(DpiaPath, DpiaFor(categories: ["health.observation", "identity.direct"]).With("recipients", new JsonArray()));
        repository.Artefact("ecg/research-flow.json", Flow("health.diagnosis").With("id", "df-ecg-research").With("dpia", "dpia-ecg-research"));
        repository.Artefact(FlowPath, Flow("health.observation").With("direction", "inbound"));
        repository.Validate().None("XR-DPIA-03");

        repository.Artefact(FlowPath, Flow("health.observation").With("direction", "bidirectional"));
        Assert.Equal("/recipients", repository.Validate().Single("XR-DPIA-03").Pointer);
    }

    [Fact]
    public void XR_DPIA_03_compares_a_name_with_a_noncharacter_as_written()
    {
        // Unicode normalisation refuses U+FFFF; the rule must still compare, not fail (TOOL-01).
        var odd = "ElectroRead \uffff cloud";
        repository.Artefact(DpiaPath, DpiaFor(categories: ["health.observation", "identity.direct"])
            .With("recipients", new JsonArray(new JsonObject { ["name"] = odd, ["type"] = "processor" })));
        repository.Artefact(FlowPath, Flow("health.observation").With("destination", new JsonObject { ["name"] = odd, ["operator"] = "Other \ufffe SA" }));
        var report = repository.Validate();
        report.None("TOOL-01");
        report.None("XR-DPIA-03");

        repository.Artefact(FlowPath, Flow("health.observation").With("destination", new JsonObject { ["name"] = "Another \uffff host" }));
        Assert.Contains("Another", repository.Validate().Single("XR-DPIA-03").Message);
    }

    private static JsonObject Flow(string category) =>
        Artefacts.Envelope("DataFlow", "df-ecg", "ecg-assist")
            .With("dataCategories", new JsonArray(category))
            .With("destination", new JsonObject { ["name"] = "ElectroRead cloud", ["operator"] = "Électrocardia SAS" })
            .With("dpia", "dpia-ecg");
}
