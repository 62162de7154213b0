extern alias core;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TextContentHash = core::Policy.Core.Model.TextContentHash;

namespace Policy.Analyzers.Tests.Agreement;

/// <summary>
/// Edits of a copy of the example repository that each break (or keep) an approval one way: the
/// agreement tests run both sides on every one. Paths are relative to the policy folder.
/// </summary>
internal static class ApprovalMutations
{
    private const string EcgCard = "systems/ecg-assist/system-card.json";
    private const string EcgCardApproval = "approvals/ecg-assist.approval.json";
    private const string EcgDpia = "systems/ecg-assist/dpia.json";
    private const string EcgDpiaApproval = "approvals/dpia-ecg-assist.approval.json";
    private const string Governance = "governance.json";
    private const string GovernanceApproval = "approvals/governance.approval.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Each mutation by name: what it does to the policy folder.</summary>
    public static IReadOnlyDictionary<string, Action<string>> All { get; } = new Dictionary<string, Action<string>>
    {
        ["none"] = _ => { },
        ["stale hash: the card edited after approval"] = p => Edit(p, EcgCard, o => o["intendedPurpose"] = "Edited after the committee approved it."),
        ["reformatted and reordered: still approved"] = p => Reformat(p, EcgCard),
        ["expired"] = p => Edit(p, EcgCardApproval, o => o["validUntil"] = "2026-01-31"),
        ["window not yet started"] = p => Edit(p, EcgCardApproval, o => o["validFrom"] = "2027-03-01"),
        ["required role missing"] = p => Edit(p, EcgDpiaApproval, o => RemoveApprover(o, "dpo")),
        ["too few approvers"] = p => Edit(p, EcgDpiaApproval, o => KeepFirstApprover(o)),
        ["owner approving"] = p => Edit(p, EcgDpiaApproval, o => o["approvers"]![0]!["name"] = Read(p, EcgDpia)["owner"]!["name"]!.GetValue<string>()),
        ["rejected"] = p => Edit(p, EcgCardApproval, o => o["decision"] = "rejected"),
        ["decided at a date-time with an offset: still approved"] = p => Edit(p, EcgDpiaApproval, o => o["approvers"]![0]!["decidedAt"] = "2026-11-19T23:30:00-05:00"),
        ["review overdue beyond the grace, approval re-hashed"] = p =>
        {
            Edit(p, EcgCard, o => o["reviewDue"] = "2026-09-01");
            Rehash(p, EcgCard, EcgCardApproval);
            Edit(p, EcgCardApproval, o => o["validUntil"] = "2029-12-31");
        },
        ["review overdue within the grace, approval re-hashed"] = p =>
        {
            Edit(p, EcgCard, o => o["reviewDue"] = "2026-11-10");
            Rehash(p, EcgCard, EcgCardApproval);
        },
        ["unapproved Governance"] = p => Edit(p, Governance, o => o["title"] = "Edited without a new approval"),
        ["Governance matrix loosened, not approved"] = p => Edit(p, Governance, o => LoosenMatrix(o)),
        ["Governance matrix loosened and approved"] = p =>
        {
            Edit(p, Governance, o => LoosenMatrix(o));
            Rehash(p, Governance, GovernanceApproval);
        },
        ["Governance grace shortened and approved"] = p =>
        {
            Edit(p, Governance, o => o["policies"]!["approvalGraceAfterReviewDue"] = "P1DT12H");
            Rehash(p, Governance, GovernanceApproval);
            Edit(p, EcgCard, o => o["reviewDue"] = "2026-11-20");
            Rehash(p, EcgCard, EcgCardApproval);
        },
        ["Governance approval missing"] = p => File.Delete(Path.Combine(p, GovernanceApproval)),
        ["approver who does not hold the role"] = p => Edit(p, EcgDpiaApproval, o => SetApprover(o, "dpo", "Nadia Benali", "dpo@chu-montreval.example")),
        ["role holder's namesake with another e-mail"] = p => Edit(p, EcgDpiaApproval, o => SetApprover(o, "dpo", "Julien Rocher", "julien.rocher@elsewhere.example")),
        ["the deputy approves: still approved"] = p => Edit(p, EcgDpiaApproval, o => SetApprover(o, "dpo", "Sarah Benali", "dpo-adjointe@chu-montreval.example")),
        ["a holder approving in a role they do not hold"] = p => Edit(p, EcgDpiaApproval, o => SetApprover(o, "dpo", "Hélène Marchetti", "direction-generale@chu-montreval.example")),
        ["approval names the wrong kind"] = p => Edit(p, EcgCardApproval, o => o["target"]!["kind"] = "Dpia"),
    };

    private static JsonObject Read(string policies, string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(policies, file)))!.AsObject();

    private static void Write(string policies, string file, JsonNode node) => File.WriteAllText(Path.Combine(policies, file), node.ToJsonString(Indented) + "\n");

    private static void Edit(string policies, string file, Action<JsonObject> change)
    {
        var node = Read(policies, file);
        change(node);
        Write(policies, file, node);
    }

    /// <summary>The same content with its members in reverse order: the canonical form, so the hash, is unchanged.</summary>
    private static void Reformat(string policies, string file)
    {
        var node = Read(policies, file);
        var reversed = new JsonObject();
        foreach (var (name, value) in node.Reverse().ToList())
        {
            node.Remove(name);
            reversed[name] = value;
        }

        File.WriteAllText(Path.Combine(policies, file), reversed.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
    }

    private static void Rehash(string policies, string target, string approval)
    {
        var hash = TextContentHash.Of(File.ReadAllText(Path.Combine(policies, target)));
        Edit(policies, approval, o => o["target"]!["sha256"] = hash);
    }

    private static void RemoveApprover(JsonObject approval, string role)
    {
        var approvers = approval["approvers"]!.AsArray();
        foreach (var approver in approvers.Where(a => a!["role"]!.GetValue<string>() == role).ToList())
        {
            approvers.Remove(approver);
        }
    }

    private static void SetApprover(JsonObject approval, string role, string name, string email)
    {
        foreach (var approver in approval["approvers"]!.AsArray().Where(a => a!["role"]!.GetValue<string>() == role))
        {
            approver!["name"] = name;
            approver["email"] = email;
        }
    }

    private static void KeepFirstApprover(JsonObject approval)
    {
        var approvers = approval["approvers"]!.AsArray();
        while (approvers.Count > 1)
        {
            approvers.RemoveAt(approvers.Count - 1);
        }
    }

    /// <summary>Every row of the matrix asks only for the quality manager.</summary>
    private static void LoosenMatrix(JsonObject governance)
    {
        foreach (var row in governance["approvalMatrix"]!.AsArray())
        {
            row!["requiredRoles"] = new JsonArray("quality");
            row["minApprovers"] = 1;
        }
    }
}
