using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.History;
using Policy.Core.Loading;
using Policy.Core.Model;
using Policy.Core.Rules;
using Policy.Core.Rules.Approvals;
using Policy.Core.Signing;
using Policy.Core.Validation;
using Policy.Kernel.Approvals;
using Policy.Kernel.Hashing;
using Policy.Kernel.Time;

namespace Policy.Core.Approving;

/// <summary>
/// `policy approve`: records one role holder's decision on an artefact as it is now, in the Approval
/// bound to its current content hash (a new one, or the existing one for that hash), optionally signed.
/// Refuses before writing anything when the artefact has errors, when the person owns it, or when they
/// do not hold the role in the Governance that judges the approval.
/// </summary>
public sealed class ApproveOperation(RepositoryLayout layout, SchemaCatalog schemas, IFileHistory? history)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public ApprovalOutcome Run(string targetFullPath, ApprovalRequest request)
    {
        var file = layout.Relative(targetFullPath);
        var policies = layout.DefaultPolicyPath;
        var errors = new PolicyValidator(layout, schemas, RepositoryRules.All, history)
            .Validate([policies], new ValidationSettings { Today = request.Today })
            .Findings.Where(f => f.File == file && f.Severity == Severity.Error && !f.Rule.StartsWith("XR-APP-", StringComparison.Ordinal))
            .ToList();
        if (errors.Count > 0)
        {
            return ApprovalOutcome.Refused($"{file} has {errors.Count} error(s); fix them before approving it:{Environment.NewLine}"
                + string.Join(Environment.NewLine, errors.Take(10).Select(f => $"  {f.File}({f.Line},{f.Column}): error {f.Rule}: {f.Message}")));
        }

        var repository = RepositoryReader.Read(layout, schemas, [policies]).Repository;
        if (repository.Artefacts.FirstOrDefault(a => a.File == file) is not { } target || target.Kind == ArtefactKinds.Approval)
        {
            return ApprovalOutcome.Refused($"{file} is not an artefact of {layout.Relative(policies)} that can be approved");
        }

        if (ApprovalInputs.Target(target) is not { } facts)
        {
            return ApprovalOutcome.Refused($"{file} has no content hash (it cannot be put in RFC 8785 canonical form), so no approval can bind to it.");
        }

        var person = new Kernel.Approvals.Approver(request.Name, request.Role) { Email = request.Email };
        if (ApprovalEvaluator.IsOwner(facts, person))
        {
            return ApprovalOutcome.Refused($"{request.Name} owns {target.Kind} '{target.Id}' and cannot approve it (four-eyes rule); another holder of the {request.Role} role, or their deputy, must approve.");
        }

        var approvals = ApprovalStatusIndex.ForCli(repository, request.Today, history);
        if (approvals.Register.AuthorityFor(target) is not { } authority)
        {
            return ApprovalOutcome.Refused("no Governance artefact names the role holders, so nobody can be checked to hold a role; add the Governance `roles` first.");
        }

        if (authority.Holders.Match(person) is not { } holder)
        {
            return ApprovalOutcome.Refused(authority.Holders.NotHolding(request.Name, request.Email, request.Role, authority.GovernanceName) + ".");
        }

        var existing = repository.OfKind(ArtefactKinds.Approval).FirstOrDefault(a =>
            a.Root.String("target", "kind") == target.Kind && a.Root.String("target", "id") == target.Id
            && ContentHash.AreEqual(a.Root.String("target", "sha256"), target.ContentHash));
        var (approval, path, refusal) = existing is null ? NewApproval(target, request, policies) : Existing(existing, request);
        if (refusal is not null)
        {
            return ApprovalOutcome.Refused(refusal);
        }

        var entry = new JsonObject { ["name"] = request.Name, ["role"] = request.Role, ["email"] = request.Email, ["decidedAt"] = PolicyDate.Format(request.Today) };
        var approvers = approval!["approvers"]!.AsArray();
        approvers.Add((JsonNode)entry); // the non-generic Add: Add<T> goes through the reflection-based serializer
        var signed = string.Empty;
        if (request.SignWith is { } key)
        {
            using var document = JsonDocument.Parse(approval.ToJsonString());
            var (signature, error) = SshKeygen.Sign(key, ApprovalSignatures.Payload(new ElementNode(document.RootElement), approvers.Count - 1));
            if (signature is null)
            {
                return ApprovalOutcome.Refused(error!);
            }

            if (SshSignature.SignerKey(signature) is not { } signer || !holder.HasKey(signer))
            {
                return ApprovalOutcome.Refused($"the key in '{key}' is not among the signingKeys {authority.GovernanceName} lists for {holder.Name}, so the signature would not count; add it to their `signingKeys` and have that Governance approved first.");
            }

            entry[ApprovalSignatures.Member] = signature;
            signed = $", signed with {RoleHolder.KeyIdentity(signer)[..Math.Min(40, signer.Length)]}…";
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path!)!);
        var (text, kept) = existing is null ? (approval.ToJsonString(Indented) + "\n", true) : AddedTo(File.ReadAllText(path!), approval, entry);
        File.WriteAllText(path!, text);
        var verb = existing is null ? "created" : kept ? "added to" : "added to (rewritten in the tool's layout: its formatting could not be kept)";
        return new ApprovalOutcome(
            true,
            $"{verb} {layout.Relative(path!)}: {request.Name} ({request.Role}) {request.Decision} {target.Kind} '{target.Id}' {target.Version} ({target.ContentHash}) on {PolicyDate.Format(request.Today)}{signed}.{Environment.NewLine}{entry.ToJsonString(Indented)}",
            path);
    }

    /// <summary>
    /// The existing file with the entry inserted as text, every other byte kept; rewritten whole only when the
    /// insertion would not give exactly the intended content.
    /// </summary>
    private static (string Text, bool FormattingKept) AddedTo(string original, JsonObject approval, JsonObject entry)
    {
        if (ArrayEntryInsertion.Append(original, "approvers", entry) is { } inserted && SameContent(inserted, approval))
        {
            return (inserted, true);
        }

        return (approval.ToJsonString(Indented) + "\n", false);
    }

    private static bool SameContent(string text, JsonObject approval)
    {
        try
        {
            return JsonNode.DeepEquals(JsonNode.Parse(text), approval);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private (JsonObject? Approval, string? Path, string? Refusal) Existing(Artefact existing, ApprovalRequest request)
    {
        var full = Path.Combine(layout.Root, existing.File);
        var approval = JsonNode.Parse(File.ReadAllText(full))!.AsObject();
        if (approval["decision"]?.GetValue<string>() != request.Decision)
        {
            return (null, null, $"Approval '{existing.Id}' ({existing.File}) records the decision {approval["decision"]}; a {request.Decision} decision on the same content needs its own Approval.");
        }

        if ((request.Until is { } until && approval["validUntil"]?.GetValue<string>() != PolicyDate.Format(until)) || request.Conditions.Count > 0)
        {
            return (null, null, $"Approval '{existing.Id}' ({existing.File}) already sets the validity and conditions every approver agrees to; leave out --until and --condition to add your decision to it.");
        }

        if (approval["approvers"]!.AsArray().Any(a => a?["role"]?.GetValue<string>() == request.Role && RoleHolders.SamePerson(request.Name, null, a["name"]?.GetValue<string>() ?? string.Empty, null)))
        {
            return (null, null, $"{request.Name} already approved as {request.Role} in Approval '{existing.Id}' ({existing.File}).");
        }

        return (approval, full, null);
    }

    private (JsonObject? Approval, string? Path, string? Refusal) NewApproval(Artefact target, ApprovalRequest request, string policies)
    {
        var folder = Path.Combine(policies, "approvals");
        var path = Path.Combine(folder, $"{target.Id}.approval.json");
        var id = $"apr-{target.Id}";
        if (File.Exists(path))
        {
            // The file approves an earlier version: the new Approval goes beside it, never over it.
            path = Path.Combine(folder, $"{target.Id}-{target.Version}.approval.json");
            id = $"apr-{target.Id}-v{target.Version?.Replace('.', '-')}"; // ids are kebab-case, without dots
            if (File.Exists(path))
            {
                return (null, null, $"{layout.Relative(path)} exists and approves other content of {target.Kind} '{target.Id}'; bump the artefact's `version` first.");
            }
        }

        if (request.Decision == "approved-with-conditions" && request.Conditions.Count == 0)
        {
            return (null, null, "an approved-with-conditions decision needs at least one --condition TEXT");
        }

        if (request.Decision == "rejected" && request.Conditions.Count == 0)
        {
            return (null, null, "a rejection needs its reason: give it with --condition TEXT");
        }

        var until = request.Until ?? (target.ReviewDue is { } due && due > request.Today ? due : request.Today.AddYears(1));
        var approval = new JsonObject
        {
            ["$schema"] = SchemaReference(folder),
            ["kind"] = ArtefactKinds.Approval,
            ["id"] = id,
            ["title"] = $"Approval of {target.Kind} {target.Id} {target.Version}",
            ["version"] = "1.0.0",
        };
        if (target.Kind != ArtefactKinds.Governance && target.SystemId is { } system)
        {
            approval["system"] = system;
        }

        approval["owner"] = new JsonObject { ["name"] = request.Name, ["role"] = request.Role, ["email"] = request.Email };
        approval["reviewDue"] = PolicyDate.Format(until);
        approval["target"] = new JsonObject { ["kind"] = target.Kind, ["id"] = target.Id, ["version"] = target.Version, ["sha256"] = target.ContentHash };
        approval["decision"] = request.Decision;
        approval["approvers"] = new JsonArray();
        if (target.Kind == ArtefactKinds.Dpia && request.Decision != "rejected")
        {
            // Approving a DPIA with this command confirms the four CNIL PIA validation points (docs/approvals.md).
            approval["attestations"] = new JsonArray(ApprovalEvaluator.DpiaAttestations.Select(a => (JsonNode)a!).ToArray());
        }

        if (request.Decision == "rejected")
        {
            approval["rejectionReason"] = string.Join(" ", request.Conditions);
        }
        else if (request.Conditions.Count > 0)
        {
            approval["conditions"] = new JsonArray(request.Conditions.Select(c => (JsonNode)new JsonObject
            {
                ["description"] = c,
                ["owner"] = target.OwnerName ?? request.Name,
                ["dueDate"] = PolicyDate.Format(until),
            }).ToArray());
        }

        approval["validFrom"] = PolicyDate.Format(request.Today);
        approval["validUntil"] = PolicyDate.Format(until);
        return (approval, path, null);
    }

    private string SchemaReference(string folder)
    {
        var schema = Path.Combine(schemas.Directory, "approval.schema.json");
        return layout.Contains(schema) ? Path.GetRelativePath(folder, schema).Replace('\\', '/') : "https://policy-as-code.example/schemas/approval.schema.json";
    }
}
