using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.DataflowsTests.DataFlowFixtures;

namespace Policy.Core.Tests.Rules.DataflowsTests;

/// <summary>XR-DF-01 (covering approved Dpia), XR-DF-06 (processor contract), XR-DF-07 (minimisation).</summary>
public sealed class FlowDpiaAndMinimisationTests : IDisposable
{
    private readonly DataFlowFixtures fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void XR_DF_01_fires_when_a_health_flow_names_no_dpia()
    {
        var finding = fixture.Validate(Flow().Without("dpia")).Single("XR-DF-01");
        Assert.Equal(("policies/" + FlowFile, "/dpia", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
    }

    [Fact]
    public void XR_DF_01_fires_when_the_dpia_is_not_approved()
    {
        fixture.Repository.Artefact(DpiaFile, Dpia().With("version", "1.1.0"));
        var finding = fixture.Validate(Flow()).Single("XR-DF-01");
        Assert.Equal("/dpia", finding.Pointer);
        Assert.Contains("is not approved", finding.Message);
        Assert.Equal("policies/" + DpiaFile, finding.Related[0].Location.File);
    }

    [Fact]
    public void XR_DF_01_fires_on_a_category_the_dpia_does_not_assess()
    {
        fixture.WriteApprovedDpia(Dpia().With("dataCategories", JsonNode.Parse("""[ { "category": "health.observation", "justification": "ECG" } ]""")));
        var finding = fixture.Validate(Flow()).Single("XR-DF-01");
        Assert.Equal("/dataCategories/1", finding.Pointer);
        Assert.Contains("identity.pseudonymous", finding.Message);
    }

    [Fact]
    public void XR_DF_01_is_quiet_on_a_flow_without_special_categories()
    {
        var flow = Flow().Without("dpia").With("dataCategories", new JsonArray("identity.pseudonymous"));
        fixture.Validate(flow).None("XR-DF-01");
    }

    [Fact]
    public void XR_DF_06_fires_on_a_processor_without_contract()
    {
        var finding = fixture.Validate(Flow().Without("processorContractRef")).Single("XR-DF-06");
        Assert.Equal(("policies/" + FlowFile, "/destination/type", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
    }

    [Fact]
    public void XR_DF_06_is_quiet_for_an_internal_destination()
    {
        fixture.Validate(Flow().Without("processorContractRef").Set("destination", "type", "internal")).None("XR-DF-06");
    }

    [Fact]
    public void XR_DF_07_fires_on_a_category_the_card_does_not_declare()
    {
        var flow = Flow().With("dataCategories", new JsonArray("health.observation", "identity.direct"));
        var finding = fixture.Validate(flow).Single("XR-DF-07");
        Assert.Equal(("policies/" + FlowFile, "/dataCategories/1"), (finding.File, finding.Pointer));
        Assert.Equal(("policies/" + CardFile, "/dataCategoriesProcessed"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void XR_DF_07_is_quiet_when_a_declared_parent_covers_the_category()
    {
        fixture.Repository.Artefact(CardFile, Artefacts.SystemCard(SystemId, "health.record", "identity.pseudonymous"));
        var flow = Flow().With("dataCategories", new JsonArray("health.diagnosis"));
        fixture.Validate(flow).None("XR-DF-07");
    }
}
