using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using static Policy.Core.Tests.Rules.DpiaTests.DpiaFixtures;

namespace Policy.Core.Tests.Rules.DpiaTests;

public sealed class CareConsentBasisRuleTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void XR_DPIA_10_notes_explicit_consent_as_the_main_basis_of_a_care_purpose()
    {
        repository.Artefact(DpiaPath, DpiaFor()
            .With("purposes", JsonNode.Parse("""[ { "id": "diagnosis", "dataUse": "care.diagnosis" } ]"""))
            .With("lawfulBasis", new JsonObject { ["art6"] = "public-task", ["art9"] = "explicit-consent" }));
        var finding = repository.Validate().Single("XR-DPIA-10");
        Assert.Equal(("policies/" + DpiaPath, "/lawfulBasis/art9", Severity.Note), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("9(2)(h)", finding.Message);
    }

    [Fact]
    public void XR_DPIA_10_notes_a_care_purpose_basis_and_a_care_flow_basis()
    {
        repository.Artefact(DpiaPath, DpiaFor()
            .With("purposes", JsonNode.Parse("""[ { "id": "triage", "dataUse": "care", "lawfulBasis": { "art6": "consent", "art9": "care-9-2-h" } } ]"""))
            .With("lawfulBasis", new JsonObject { ["art6"] = "public-task", ["art9"] = "care-9-2-h" }));
        repository.Artefact("ecg/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", "ecg-assist")
            .With("purpose", "care.diagnosis")
            .With("lawfulBasis", new JsonObject { ["art6"] = "consent", ["art9"] = "explicit-consent" }));
        var findings = repository.Validate().Findings.Where(f => f.Rule == "XR-DPIA-10").Select(f => (f.File, f.Pointer)).Order().ToList();
        Assert.Equal([("policies/ecg/dpia.json", "/purposes/0/lawfulBasis/art6"), ("policies/ecg/flow.json", "/lawfulBasis/art9")], findings);
    }

    [Fact]
    public void XR_DPIA_10_is_quiet_for_research_on_consent_and_for_care_on_9_2_h()
    {
        repository.Artefact(DpiaPath, DpiaFor()
            .With("purposes", JsonNode.Parse("""
                [ { "id": "diagnosis", "dataUse": "care.diagnosis" },
                  { "id": "study", "dataUse": "research", "lawfulBasis": { "art6": "consent", "art9": "explicit-consent" } } ]
                """))
            .With("lawfulBasis", new JsonObject { ["art6"] = "public-task", ["art9"] = "care-9-2-h" }));
        repository.Artefact("ecg/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", "ecg-assist")
            .With("purpose", "research")
            .With("lawfulBasis", new JsonObject { ["art6"] = "consent", ["art9"] = "explicit-consent" }));
        repository.Validate().None("XR-DPIA-10");
    }

    [Fact]
    public void XR_DPIA_10_is_quiet_when_only_research_purposes_use_a_consent_main_basis()
    {
        repository.Artefact(DpiaPath, DpiaFor()
            .With("purposes", JsonNode.Parse("""
                [ { "id": "study", "dataUse": "research" },
                  { "id": "diagnosis", "dataUse": "care.diagnosis", "lawfulBasis": { "art6": "public-task", "art9": "care-9-2-h" } } ]
                """))
            .With("lawfulBasis", new JsonObject { ["art6"] = "consent", ["art9"] = "explicit-consent" }));
        repository.Validate().None("XR-DPIA-10");
    }

    [Fact]
    public void XR_DPIA_10_is_a_warning_at_a_public_body()
    {
        repository.Artefact("governance.json", Governance(publicBody: true));
        repository.Artefact(DpiaPath, DpiaFor()
            .With("purposes", JsonNode.Parse("""[ { "id": "diagnosis", "dataUse": "care.diagnosis" } ]"""))
            .With("lawfulBasis", new JsonObject { ["art6"] = "consent", ["art9"] = "care-9-2-h" }));
        var finding = repository.Validate().Single("XR-DPIA-10");
        Assert.Equal(("/lawfulBasis/art6", Severity.Warning), (finding.Pointer, finding.Severity));
        Assert.Contains("EDPB Guidelines 05/2020", finding.Message);
        Assert.Equal("/organisation/publicBody", finding.Related[0].Location.Pointer);
    }

    [Fact]
    public void XR_DPIA_10_stays_a_note_at_a_private_body()
    {
        repository.Artefact("governance.json", Governance(publicBody: false));
        repository.Artefact(DpiaPath, DpiaFor()
            .With("purposes", JsonNode.Parse("""[ { "id": "diagnosis", "dataUse": "care.diagnosis" } ]"""))
            .With("lawfulBasis", new JsonObject { ["art6"] = "consent", ["art9"] = "care-9-2-h" }));
        Assert.Equal(Severity.Note, repository.Validate().Single("XR-DPIA-10").Severity);
    }
}
