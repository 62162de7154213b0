using System.Text.Json.Nodes;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Rules;

/// <summary>Values of the wrong type (which the real schemas reject) read as absent: no rule of these families fails.</summary>
public sealed class MalformedInputTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void Wrong_types_everywhere_do_not_break_the_rules()
    {
        repository.Artefact("s/card.json", Artefacts.Envelope("SystemCard", "sys").With("lifecycleStage", "decommissioned")
            .With("aiAct", "high-risk").With("medicalDevice", JsonNode.Parse("""{ "isDevice": true, "regulation": 7, "class": ["IIa"], "ceMarking": "marked" }"""))
            .With("monitoring", 5).With("performanceClaims", "many").With("dataCategoriesProcessed", JsonNode.Parse("[1, null, {}]"))
            .With("dataSubjects", "patient").With("beginDate", "soon").With("criticalityForCare", "vital"));
        repository.Artefact("s/card2.json", Artefacts.Envelope("SystemCard", "sys2").With("lifecycleStage", "use").With("aiAct", JsonNode.Parse("""{ "riskClass": "high-risk", "annexIIIPoint": 5 }"""))
            .With("monitoring", JsonNode.Parse("""{ "logging": { "enabled": true, "retention": "six months" }, "indicators": [ 3, { "threshold": 1 } ] }""")).With("dataSubjects", JsonNode.Parse("""["patient"]""")));
        repository.Artefact("s/notice.json", Artefacts.Envelope("PatientNotice", "pn", system: "sys2").With("systems", JsonNode.Parse("""["sys2", 4, "sys"]"""))
            .With("content", JsonNode.Parse("""{ "fr": "texte", "en": { "aiUse": 3, "secondaryUse": "yes" } }""")).With("effectiveFrom", 2026));
        repository.Artefact("s/flow.json", Artefacts.Envelope("DataFlow", "df", system: "sys2").With("destination", "US").With("purpose", 4).With("active", "no"));
        repository.Artefact("s/incident.json", Artefacts.Envelope("Incident", "inc", system: "sys2").With("severity", "serious").With("detectedAt", "2026-11-01")
            .With("reports", JsonNode.Parse("""[ "msa", { "to": 4, "sentAt": "late" } ]""")).With("personalDataBreach", JsonNode.Parse("""{ "isBreach": true, "cnilNotifiedAt": 5 }"""))
            .With("useSuspended", true).With("status", "closed").With("correctiveActions", "none").With("triggeredBy", 9));
        var findings = repository.Validate().Findings;
        Assert.DoesNotContain(findings, f => f.Rule == "TOOL-01");
        Assert.Contains(findings, f => f.Rule.StartsWith("XR-SC-", StringComparison.Ordinal)); // the rules did run
    }
}
