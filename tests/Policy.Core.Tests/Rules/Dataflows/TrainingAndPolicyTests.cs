using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.DataflowsTests.DataFlowFixtures;

namespace Policy.Core.Tests.Rules.DataflowsTests;

/// <summary>XR-DF-08 (training purpose), XR-DF-09 (foundation model flow), XR-DF-10 (SecNumCloud policy).</summary>
public sealed class TrainingAndPolicyTests : IDisposable
{
    private readonly DataFlowFixtures fixture = new();

    public void Dispose() => fixture.Dispose();

    private static JsonObject TrainingPurpose(bool withBasis) =>
        new()
        {
            ["id"] = "training", ["description"] = "the vendor improves its model", ["dataUse"] = "train-ai-system",
            ["lawfulBasis"] = withBasis ? new JsonObject { ["art6"] = "public-task", ["art9"] = "research-9-2-j" } : null,
        };

    private void WriteDpiaWithPurposes(params JsonObject[] extra)
    {
        var purposes = new JsonArray(JsonNode.Parse("""{ "id": "diagnosis", "description": "read ECGs", "dataUse": "care.diagnosis" }"""));
        foreach (var purpose in extra)
        {
            if (purpose["lawfulBasis"] is null)
            {
                purpose.Remove("lawfulBasis");
            }

            purposes.Add(purpose);
        }

        fixture.WriteApprovedDpia(Dpia().With("purposes", purposes));
    }

    private void WriteNotice(bool frSecondaryUse, bool enSecondaryUse)
    {
        JsonObject Sections(bool secondaryUse)
        {
            var sections = new JsonObject { ["aiUse"] = "AI reads your ECG." };
            if (secondaryUse)
            {
                sections["secondaryUse"] = new JsonObject { ["description"] = "training", ["objectOrOptOut"] = "object", ["howTo"] = "write to the DPO" };
            }

            return sections;
        }

        fixture.Repository.Artefact(NoticeFile, Artefacts.Envelope("PatientNotice", "pn-ecg", SystemId)
            .With("systems", new JsonArray(SystemId))
            .With("content", new JsonObject { ["fr"] = Sections(frSecondaryUse), ["en"] = Sections(enSecondaryUse) }));
    }

    [Fact]
    public void XR_DF_08_fires_on_the_dpia_without_a_training_purpose()
    {
        WriteNotice(true, true);
        var finding = fixture.Validate(Flow().With("recipientMayTrainOnData", true)).Single("XR-DF-08");
        Assert.Equal(("policies/" + DpiaFile, "/purposes", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Equal(("policies/" + FlowFile, "/recipientMayTrainOnData"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void XR_DF_08_fires_on_a_training_purpose_without_its_own_basis()
    {
        WriteDpiaWithPurposes(TrainingPurpose(withBasis: false));
        WriteNotice(true, true);
        var finding = fixture.Validate(Flow().With("recipientMayTrainOnData", true)).Single("XR-DF-08");
        Assert.Equal(("policies/" + DpiaFile, "/purposes/1"), (finding.File, finding.Pointer));
    }

    [Fact]
    public void XR_DF_08_leaves_a_language_without_secondary_use_to_XR_PN_04()
    {
        WriteDpiaWithPurposes(TrainingPurpose(withBasis: true));
        WriteNotice(true, false);
        var report = fixture.Validate(Flow().With("recipientMayTrainOnData", true));
        report.None("XR-DF-08");
        var finding = report.Single("XR-PN-04");
        Assert.Equal(("policies/" + NoticeFile, "/content/en/secondaryUse"), (finding.File, finding.Pointer));
        Assert.Contains(finding.Related, r => r.Location.Pointer == "/recipientMayTrainOnData");
    }

    [Fact]
    public void XR_DF_08_fires_on_the_flow_when_no_notice_lists_the_system()
    {
        WriteDpiaWithPurposes(TrainingPurpose(withBasis: true));
        var finding = fixture.Validate(Flow().With("recipientMayTrainOnData", true)).Single("XR-DF-08");
        Assert.Equal(("policies/" + FlowFile, "/recipientMayTrainOnData"), (finding.File, finding.Pointer));
    }

    [Fact]
    public void XR_DF_08_is_quiet_with_a_separate_purpose_and_the_notice_section()
    {
        WriteDpiaWithPurposes(TrainingPurpose(withBasis: true));
        WriteNotice(true, true);
        fixture.Validate(Flow().With("recipientMayTrainOnData", true)).None("XR-DF-08");
    }

    [Fact]
    public void XR_DF_08_is_quiet_when_the_recipient_may_not_train()
    {
        fixture.Validate(Flow()).None("XR-DF-08");
    }

    [Fact]
    public void XR_DF_09_fires_when_the_named_flow_is_inactive()
    {
        fixture.Repository.Artefact(CardFile, CardWithModel("df-ecg"));
        var finding = fixture.Validate(Flow().With("active", false)).Single("XR-DF-09");
        Assert.Equal(("policies/" + CardFile, "/foundationModels/0/dataFlow", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Equal("policies/" + FlowFile, finding.Related[0].Location.File);
    }

    [Fact]
    public void XR_DF_09_fires_when_the_named_flow_belongs_to_another_system()
    {
        fixture.Repository.Artefact(CardFile, CardWithModel("df-ecg"));
        fixture.Repository.Artefact("other/system-card.json", Artefacts.SystemCard("other-system", "health.observation", "identity.pseudonymous"));
        var flow = Flow().With("system", "other-system");
        Assert.Contains("other-system", fixture.Validate(flow).Single("XR-DF-09").Message);
    }

    [Fact]
    public void XR_DF_09_is_quiet_when_the_named_flow_carries_data_to_the_provider()
    {
        fixture.Repository.Artefact(CardFile, CardWithModel("df-ecg"));
        fixture.Validate(Flow()).None("XR-DF-09");
    }

    [Fact]
    public void XR_DF_10_fires_under_the_secnumcloud_policy_on_an_hds_only_host()
    {
        WriteGovernance("HDS+SecNumCloud");
        var finding = fixture.Validate(Flow()).Single("XR-DF-10");
        Assert.Equal(("policies/" + FlowFile, "/destination/hostingCertification/type", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Equal(("policies/governance.json", "/policies/hostingRequirement"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void XR_DF_10_is_quiet_on_an_hds_secnumcloud_host()
    {
        WriteGovernance("HDS+SecNumCloud");
        var flow = Flow();
        flow["destination"]!["hostingCertification"]!["type"] = "HDS+SecNumCloud";
        fixture.Validate(flow).None("XR-DF-10");
    }

    [Fact]
    public void XR_DF_10_is_quiet_under_the_hds_policy()
    {
        WriteGovernance("HDS");
        fixture.Validate(Flow()).None("XR-DF-10");
    }

    private static JsonObject CardWithModel(string dataFlow) =>
        Artefacts.SystemCard(SystemId, "health.observation", "identity.pseudonymous")
            .With("foundationModels", JsonNode.Parse($$"""[ { "name": "ECG-FM", "provider": "CardioAI SAS", "version": "2", "dataFlow": "{{dataFlow}}" } ]"""));

    private void WriteGovernance(string hostingRequirement) =>
        fixture.Repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu")
            .With("policies", new JsonObject { ["hostingRequirement"] = hostingRequirement }));
}
