using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Rules.DataflowsTests;

/// <summary>
/// A small repository where every data-flow rule is satisfied: a card, an approved Dpia and one
/// transient flow of health data to an HDS-certified processor in France. Tests change one thing.
/// </summary>
internal sealed class DataFlowFixtures : IDisposable
{
    public const string SystemId = "ecg-assist";
    public const string CardFile = "ecg/system-card.json";
    public const string DpiaFile = "ecg/dpia.json";
    public const string FlowFile = "ecg/data-flows/df-ecg.json";
    public const string NoticeFile = "ecg/patient-notice.json";

    public DataFlowFixtures()
    {
        // The default test taxonomy has no train-ai-system purpose; this one does.
        Repository.Write("schemas/taxonomy.json", """
            {
              "dataCategories": [
                { "key": "health.record", "special": true },
                { "key": "health.observation", "parent": "health.record" },
                { "key": "health.diagnosis", "parent": "health.record" },
                { "key": "identity.direct" },
                { "key": "identity.pseudonymous" },
                { "key": "anonymous" }
              ],
              "purposes": [ { "key": "care" }, { "key": "care.diagnosis", "parent": "care" }, { "key": "research" }, { "key": "train-ai-system" } ],
              "dataSubjects": [ { "key": "patient" } ]
            }
            """);
        Repository.Artefact(CardFile, Artefacts.SystemCard(SystemId, "health.observation", "identity.pseudonymous"));
        WriteApprovedDpia(Dpia());
    }

    public TestRepository Repository { get; } = new();

    public static JsonObject Flow() =>
        Artefacts.Envelope("DataFlow", "df-ecg", SystemId)
            .With("dataCategories", new JsonArray("health.observation", "identity.pseudonymous"))
            .With("purpose", "care.diagnosis")
            .With("recipientMayTrainOnData", false)
            .With("dpia", "dpia-ecg")
            .With("processorContractRef", "DPA CardioAI 2026-03")
            .With("destination", JsonNode.Parse("""
                {
                  "name": "CardioAI inference API", "operator": "CardioAI SAS", "type": "processor",
                  "country": "FR", "storesData": false, "remoteAccessCountries": [],
                  "hostingCertification": { "type": "HDS", "validUntil": "2028-06-30" }
                }
                """));

    public static JsonObject Dpia() =>
        Artefacts.Envelope("Dpia", "dpia-ecg", SystemId)
            .With("scope", new JsonObject { ["systems"] = new JsonArray(SystemId) })
            .With("dataCategories", JsonNode.Parse("""[ { "category": "health.record", "justification": "ECG" }, { "category": "identity.pseudonymous", "justification": "link" } ]"""))
            .With("purposes", JsonNode.Parse("""[ { "id": "diagnosis", "description": "read ECGs", "dataUse": "care.diagnosis" } ]"""))
            .With("lawfulBasis", new JsonObject { ["art6"] = "public-task", ["art9"] = "care-9-2-h" })
            .With("dpoOpinion", new JsonObject { ["name"] = "Inès Roux", ["favourable"] = true, ["opinion"] = "ok", ["date"] = "2026-10-20" });

    /// <summary>Writes the Dpia and an Approval bound to its hash with the roles and attestations a Dpia needs.</summary>
    public void WriteApprovedDpia(JsonObject dpia)
    {
        Repository.Artefact(DpiaFile, dpia);
        var hash = Repository.HashOf("policies/" + DpiaFile);
        Repository.Artefact("approvals/dpia.json", Artefacts.Approval("apr-dpia", "Dpia", "dpia-ecg", hash, ("Marc Durand", "controller"), ("Inès Roux", "dpo"))
            .With("attestations", new JsonArray("context-accurate", "risks-understood", "action-plan-ratified", "corrective-actions-committed")));
    }

    public ValidationReport Validate(JsonObject flow)
    {
        Repository.Artefact(FlowFile, flow);
        return Repository.Validate();
    }

    public void Dispose() => Repository.Dispose();
}

internal static class JsonEdits
{
    /// <summary>Sets a property of a nested object: <c>flow.Set("destination", "country", "US")</c>.</summary>
    public static JsonObject Set(this JsonObject artefact, string parent, string property, JsonNode? value)
    {
        artefact[parent]![property] = value;
        return artefact;
    }
}
