using System.Text.Json.Nodes;

namespace Policy.Core.Tests.Fixtures;

/// <summary>Minimal artefacts for rule tests: only the fields the rule under test reads.</summary>
public static class Artefacts
{
    public static JsonObject Envelope(string kind, string id, string? system = null)
    {
        var artefact = new JsonObject
        {
            ["kind"] = kind,
            ["id"] = id,
            ["title"] = id,
            ["version"] = "1.0.0",
            ["owner"] = new JsonObject { ["name"] = "Claire Martin", ["role"] = "AI lead" },
            ["reviewDue"] = "2027-11-01",
        };
        if (system is not null)
        {
            artefact["system"] = system;
        }

        return artefact;
    }

    public static JsonObject SystemCard(string id, params string[] categories)
    {
        var card = Envelope("SystemCard", id);
        card["dataCategoriesProcessed"] = new JsonArray(categories.Select(c => (JsonNode)c!).ToArray());
        card["aiAct"] = new JsonObject { ["riskClass"] = "minimal" };
        return card;
    }

    public static JsonObject Approval(string id, string targetKind, string targetId, string sha256, params (string Name, string Role)[] approvers)
    {
        var approval = Envelope("Approval", id);
        approval["target"] = new JsonObject { ["kind"] = targetKind, ["id"] = targetId, ["version"] = "1.0.0", ["sha256"] = sha256 };
        approval["decision"] = "approved";
        approval["approvers"] = new JsonArray(approvers.Select(a => (JsonNode)new JsonObject { ["name"] = a.Name, ["role"] = a.Role, ["decidedAt"] = "2026-11-01" }).ToArray());
        approval["validFrom"] = "2026-11-01";
        approval["validUntil"] = "2027-11-01";
        return approval;
    }

    public static JsonObject With(this JsonObject artefact, string property, JsonNode? value)
    {
        artefact[property] = value;
        return artefact;
    }

    public static JsonObject Without(this JsonObject artefact, string property)
    {
        artefact.Remove(property);
        return artefact;
    }
}
