// Builds small policy repositories as AdditionalFiles. Approvals carry the sha256 the test computes
// from the fixture text with the shared ContentHash, so "approved" fixtures are genuinely approved.
using System.Text;
using Policy.Analyzers.Json;
using Policy.Kernel.Hashing;

namespace Policy.Analyzers.Tests.Infrastructure;

/// <summary>How a fixture's approval is (or is not) given.</summary>
public enum ApprovalState
{
    Approved,
    None,
    Stale,
    Expired,
    WrongRoles,
}

internal sealed class PolicyRepo
{
    public const string Today = "2026-03-01";

    private static readonly string[] AllRoles = { "ai-lead", "dpo", "cio", "medical-lead" };

    public List<(string Path, string Text)> Files { get; } = new();

    public PolicyRepo SystemCard(string id, string riskClass = "high-risk", ApprovalState approval = ApprovalState.Approved) =>
        Add("SystemCard", id, $"systems/{id}/system-card.json", $"\"aiAct\": {{ \"riskClass\": \"{riskClass}\", \"basis\": \"annex-i-mdr\" }}", approval, system: null);

    public PolicyRepo DataFlow(string id, string[] categories, string[]? endpoints = null, ApprovalState approval = ApprovalState.Approved, string system = "ecg-assist")
    {
        var body = $"\"dataCategories\": [{Join(categories)}],\n  \"destination\": {{ \"name\": \"Inference\", \"operator\": \"Vendor SAS\", \"type\": \"processor\", \"country\": \"FR\"" +
            (endpoints is null ? string.Empty : $", \"endpoints\": [{Join(endpoints)}]") + " }";
        return Add("DataFlow", id, $"systems/{system}/data-flows/{id}.json", body, approval, system);
    }

    public PolicyRepo HumanOversight(string id, (string Id, bool SignificantEffect, string Mode)[] decisions, ApprovalState approval = ApprovalState.Approved, string system = "ecg-assist")
    {
        var items = string.Join(", ", decisions.Select(d =>
            $"{{ \"id\": \"{d.Id}\", \"description\": \"decision\", \"significantEffect\": {(d.SignificantEffect ? "true" : "false")}, \"mode\": \"{d.Mode}\" }}"));
        return Add("HumanOversight", id, $"systems/{system}/human-oversight-{id}.json", $"\"decisions\": [{items}]", approval, system);
    }

    /// <summary>A Governance artefact; approved (by controller, DPO and medical lead, as the shipped matrix asks) only when <paramref name="approved"/>.</summary>
    public PolicyRepo Governance(string body, bool approved = false)
    {
        var text = "{\n  \"kind\": \"Governance\",\n  \"id\": \"governance\",\n  \"version\": \"1.0.0\",\n  \"reviewDue\": \"2027-01-01\",\n  " + body + "\n}\n";
        Raw("governance.json", text);
        if (approved)
        {
            Raw("approvals/governance.approval.json", ApprovalFor("Governance", "governance", text, ApprovalState.Approved, new[] { "controller", "dpo", "medical-lead" }));
        }

        return this;
    }

    public PolicyRepo Raw(string path, string text)
    {
        Files.Add(("/policies/" + path, text));
        return this;
    }

    private PolicyRepo Add(string kind, string id, string path, string body, ApprovalState approval, string? system)
    {
        var text = new StringBuilder()
            .Append("{\n")
            .Append("  \"$schema\": \"../../schemas/x.schema.json\",\n")
            .Append($"  \"kind\": \"{kind}\",\n")
            .Append($"  \"id\": \"{id}\",\n")
            .Append($"  \"title\": \"{id}\",\n")
            .Append("  \"version\": \"1.0.0\",\n")
            .Append(system is null ? string.Empty : $"  \"system\": \"{system}\",\n")
            .Append("  \"owner\": { \"name\": \"Olivia Owner\", \"role\": \"ai-lead\" },\n")
            .Append("  \"reviewDue\": \"2027-01-01\",\n")
            .Append("  ").Append(body).Append('\n')
            .Append("}\n")
            .ToString();
        Raw(path, text);
        if (approval != ApprovalState.None)
        {
            Raw($"approvals/{id}.approval.json", ApprovalFor(kind, id, text, approval));
        }

        return this;
    }

    private static string ApprovalFor(string kind, string id, string targetText, ApprovalState state, string[]? approvedRoles = null)
    {
        var sha = state == ApprovalState.Stale ? ContentHash.Compute(JsonReader.Parse(targetText.Replace("1.0.0", "0.9.0"))) : ContentHash.Compute(JsonReader.Parse(targetText));
        var validUntil = state == ApprovalState.Expired ? "2026-02-01" : "2026-12-31";
        var roles = state == ApprovalState.WrongRoles ? new[] { "quality" } : approvedRoles ?? AllRoles;
        var approvers = string.Join(", ", roles.Select((r, i) =>
            $"{{ \"name\": \"Approver {i}\", \"role\": \"{r}\", \"decidedAt\": \"2026-01-10\" }}"));
        return $$"""
            {
              "kind": "Approval",
              "id": "apr-{{id}}",
              "target": { "kind": "{{kind}}", "id": "{{id}}", "version": "1.0.0", "sha256": "{{sha}}" },
              "decision": "approved",
              "approvers": [{{approvers}}],
              "validFrom": "2026-01-10",
              "validUntil": "{{validUntil}}"
            }

            """;
    }

    private static string Join(IEnumerable<string> values) => string.Join(", ", values.Select(v => "\"" + v + "\""));
}
