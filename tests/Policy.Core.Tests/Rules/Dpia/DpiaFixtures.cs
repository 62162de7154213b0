using System.Text.Json.Nodes;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Rules.DpiaTests;

/// <summary>Minimal system cards, Dpias and approvals for the DPIA and FRIA rule tests.</summary>
public static class DpiaFixtures
{
    public const string CardPath = "ecg/system-card.json";
    public const string DpiaPath = "ecg/dpia.json";
    public const string OversightPath = "ecg/human-oversight.json";

    public static JsonObject Card(string id = "ecg-assist", string stage = "use", string riskClass = "minimal", params string[] categories) =>
        Artefacts.SystemCard(id, categories.Length > 0 ? categories : ["health.observation"])
            .With("lifecycleStage", stage)
            .With("aiAct", new JsonObject { ["riskClass"] = riskClass });

    /// <summary>A Dpia covering the system, assessing the categories, with a DPO opinion (so it can be approved).</summary>
    public static JsonObject DpiaFor(string id = "dpia-ecg", string system = "ecg-assist", params string[] categories) =>
        Artefacts.Envelope("Dpia", id, system)
            .With("scope", new JsonObject { ["systems"] = new JsonArray(system) })
            .With("dataCategories", new JsonArray((categories.Length > 0 ? categories : ["health.observation"]).Select(c => (JsonNode)new JsonObject { ["category"] = c, ["justification"] = "needed" }).ToArray()))
            .With("dpoOpinion", new JsonObject { ["name"] = "Inès Roux", ["favourable"] = true, ["opinion"] = "favourable", ["date"] = "2026-10-20" });

    public static JsonObject Oversight(string id = "ho-ecg", string system = "ecg-assist") =>
        Artefacts.Envelope("HumanOversight", id, system).With("reviewActionsLogged", true);

    public static JsonObject Governance(bool publicBody) =>
        Artefacts.Envelope("Governance", "chu").With("organisation", new JsonObject { ["name"] = "CHU", ["publicBody"] = publicBody, ["providesPublicService"] = false });

    /// <summary>Approves the artefact at <c>policies/&lt;relative&gt;</c> as it is now, by the roles the default matrix requires.</summary>
    public static void Approve(this TestRepository repository, string relative, string decidedAt = "2026-11-01")
    {
        var artefact = JsonNode.Parse(File.ReadAllText(repository.FullPath("policies/" + relative)))!.AsObject();
        var kind = artefact["kind"]!.GetValue<string>();
        var id = artefact["id"]!.GetValue<string>();
        (string, string)[] approvers = kind switch
        {
            "Dpia" => [("Marc Durand", "controller"), ("Inès Roux", "dpo")],
            "HumanOversight" => [("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")],
            _ => [("Inès Roux", "dpo"), ("Marc Durand", "cio"), ("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")],
        };
        var approval = Artefacts.Approval("apr-" + id, kind, id, repository.HashOf("policies/" + relative), approvers)
            .With("attestations", new JsonArray("context-accurate", "risks-understood", "action-plan-ratified", "corrective-actions-committed"));
        foreach (var approver in approval["approvers"]!.AsArray())
        {
            approver!["decidedAt"] = decidedAt;
        }

        repository.Artefact($"approvals/{id}.json", approval);
    }
}
