using System.Text.Json.Nodes;
using Policy.Core.Rules;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Rules;

public sealed class ReferenceRulesTests : IDisposable
{
    private readonly TestRepository repository = new();

    public ReferenceRulesTests()
    {
        repository.Artefact("ecg/system-card.json", Artefacts.SystemCard("ecg-assist", "health.observation"));
    }

    public void Dispose() => repository.Dispose();

    [Fact]
    public void XR_REF_01_fires_on_a_system_that_does_not_exist()
    {
        repository.Artefact("ecg/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", system: "ecg-asist"));
        var finding = repository.Validate().Single("XR-REF-01");
        Assert.Equal(("policies/ecg/flow.json", "/system"), (finding.File, finding.Pointer));
        Assert.Contains("'ecg-asist'", finding.Message);
    }

    [Fact]
    public void XR_REF_01_fires_on_a_reference_to_the_wrong_kind()
    {
        repository.Artefact("ecg/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", system: "ecg-assist").With("dpia", "ecg-assist"));
        var finding = repository.Validate().Single("XR-REF-01");
        Assert.Equal("/dpia", finding.Pointer);
        Assert.Contains("is a SystemCard", finding.Message);
        Assert.Equal("policies/ecg/system-card.json", finding.Related[0].Location.File);
    }

    [Fact]
    public void XR_REF_01_checks_array_references_and_approval_targets()
    {
        repository.Artefact("ecg/dpia.json", Artefacts.Envelope("Dpia", "dpia-ecg", system: "ecg-assist")
            .With("scope", new JsonObject { ["systems"] = new JsonArray("ecg-assist", "mammo") }));
        repository.Artefact("approvals/a.json", Artefacts.Approval("apr-x", "HumanOversight", "ho-missing", "sha256:00"));
        var pointers = repository.Validate().Findings.Where(f => f.Rule == "XR-REF-01").Select(f => (f.File, f.Pointer)).ToList();
        Assert.Equal([("policies/approvals/a.json", "/target/id"), ("policies/ecg/dpia.json", "/scope/systems/1")], pointers);
    }

    [Fact]
    public void XR_REF_01_fires_on_a_duplicate_id_at_the_second_file()
    {
        repository.Artefact("zz/copy.json", Artefacts.SystemCard("ecg-assist"));
        var finding = repository.Validate().Single("XR-REF-01");
        Assert.Equal(("policies/zz/copy.json", "/id"), (finding.File, finding.Pointer));
        Assert.Equal("policies/ecg/system-card.json", finding.Related[0].Location.File);
    }

    [Fact]
    public void XR_REF_01_is_quiet_when_every_reference_resolves()
    {
        repository.Artefact("ecg/dpia.json", Artefacts.Envelope("Dpia", "dpia-ecg", system: "ecg-assist").With("scope", new JsonObject { ["systems"] = new JsonArray("ecg-assist") }));
        repository.Artefact("ecg/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", system: "ecg-assist").With("dpia", "dpia-ecg"));
        repository.Validate().None("XR-REF-01");
    }

    [Fact]
    public void XR_REF_02_fires_on_keys_outside_the_taxonomy_and_accepts_known_ones()
    {
        repository.Artefact("ecg/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", system: "ecg-assist")
            .With("dataCategories", new JsonArray("health.observation", "health.ecg"))
            .With("dataSubjects", new JsonArray("patient"))
            .With("purpose", "care.diagnosis"));
        var finding = repository.Validate().Single("XR-REF-02");
        Assert.Equal(("policies/ecg/flow.json", "/dataCategories/1"), (finding.File, finding.Pointer));
        Assert.Contains("health.observation", finding.Message); // suggests the known keys of the same family
    }

    [Fact]
    public void XR_REF_02_checks_purposes_and_subjects()
    {
        repository.Artefact("ecg/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", system: "ecg-assist")
            .With("dataSubjects", new JsonArray("patients"))
            .With("purpose", "marketing"));
        var pointers = repository.Validate().Findings.Where(f => f.Rule == "XR-REF-02").Select(f => f.Pointer).ToList();
        Assert.Equal(["/dataSubjects/0", "/purpose"], pointers);
    }

    [Fact]
    public void XR_REF_03_fires_when_content_changed_under_the_approved_version()
    {
        var card = Artefacts.SystemCard("ecg-assist", "health.observation");
        var approvedHash = repository.HashOf("policies/ecg/system-card.json");
        repository.Artefact("approvals/card.json", Artefacts.Approval("apr-card", "SystemCard", "ecg-assist", approvedHash, ("Dr Paul Henry", "medical-lead")));
        repository.Artefact("ecg/system-card.json", card.With("summary", "edited"));
        var finding = repository.Validate().Single("XR-REF-03");
        Assert.Equal(("policies/ecg/system-card.json", "/version"), (finding.File, finding.Pointer));
    }

    [Fact]
    public void XR_REF_03_is_quiet_when_the_version_was_bumped()
    {
        var approvedHash = repository.HashOf("policies/ecg/system-card.json");
        repository.Artefact("approvals/card.json", Artefacts.Approval("apr-card", "SystemCard", "ecg-assist", approvedHash, ("Dr Paul Henry", "medical-lead")));
        repository.Artefact("ecg/system-card.json", Artefacts.SystemCard("ecg-assist", "health.observation").With("summary", "edited").With("version", "1.1.0"));
        repository.Validate().None("XR-REF-03");
    }

    [Fact]
    public void XR_REF_03_does_not_hash_an_artefact_no_approval_names()
    {
        var loaded = repository.Load();
        new Policy.Core.Rules.References.VersionBumpRule().Check(new RuleContext(loaded, RuleSettings.Defaults, TestRepository.Today));
        Assert.False(Assert.Single(loaded.Artefacts).IsContentHashComputed);
    }

    [Fact]
    public void XR_REF_03_hashes_an_artefact_an_approval_names()
    {
        var approvedHash = repository.HashOf("policies/ecg/system-card.json");
        repository.Artefact("approvals/card.json", Artefacts.Approval("apr-card", "SystemCard", "ecg-assist", approvedHash, ("Dr Paul Henry", "medical-lead")));
        var loaded = repository.Load();
        new Policy.Core.Rules.References.VersionBumpRule().Check(new RuleContext(loaded, RuleSettings.Defaults, TestRepository.Today));
        Assert.True(loaded.Artefacts.Single(a => a.Kind == "SystemCard").IsContentHashComputed);
    }
}
