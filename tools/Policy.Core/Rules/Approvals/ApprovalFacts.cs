using System.Text.Json;
using Policy.Approvals;
using Policy.Core.Model;

namespace Policy.Core.Rules.Approvals;

/// <summary>Maps loaded artefacts into the inputs of the shared approval rule (tools/Policy.Core/Approvals).</summary>
public static class ApprovalFacts
{
    /// <summary>The categories fields that say whether an artefact carries health data (matrix rows on <c>healthData</c>).</summary>
    private static readonly string[] CategoryPatterns = ["/dataCategoriesProcessed/*", "/dataCategories/*", "/dataCategories/*/category"];

    /// <summary>The facts about a target the approval rule needs; null when it has no content hash.</summary>
    public static ApprovalTarget? Target(Artefact artefact)
    {
        if (artefact.ContentHash is not { } hash)
        {
            return null;
        }

        return new ApprovalTarget(artefact.Kind, artefact.Id, hash)
        {
            Version = artefact.Version,
            OwnerName = artefact.OwnerName,
            OwnerEmail = artefact.OwnerEmail,
            RiskClass = artefact.Root.String("aiAct", "riskClass"),
            CarriesHealthData = CategoryPatterns
                .SelectMany(p => JsonSelect.Select(artefact.Root, p))
                .Any(v => v.Value.ValueKind == JsonValueKind.String && v.Value.GetString()!.StartsWith("health.", StringComparison.Ordinal)),
            ReviewDue = artefact.ReviewDue,
            DpoOpinionDate = artefact.Root.Date("dpoOpinion", "date"),
        };
    }

    /// <summary>The approval record of an Approval artefact; null when it names no target.</summary>
    public static ApprovalRecord? Record(Artefact approval)
    {
        var root = approval.Root;
        if (root.String("target", "kind") is not { } kind || root.String("target", "id") is not { } id)
        {
            return null;
        }

        return new ApprovalRecord(approval.Id, kind, id, root.String("target", "sha256") ?? string.Empty, root.String("decision") ?? string.Empty)
        {
            TargetVersion = root.String("target", "version"),
            ValidFrom = root.Date("validFrom"),
            ValidUntil = root.Date("validUntil"),
            Approvers = root.Items("approvers").Select(ToApprover).ToList(),
            Attestations = root.Strings("attestations").Select(a => a.Value).ToList(),
            Conditions = root.Items("conditions").Select(c => new ApprovalCondition(c.String("description") ?? string.Empty, c.Date("dueDate"))).ToList(),
        };
    }

    private static Approver ToApprover(JsonElement element) =>
        new(element.String("name") ?? string.Empty, element.String("role") ?? string.Empty)
        {
            Email = element.String("email"),
            DecidedAt = element.Date("decidedAt"),
        };
}
