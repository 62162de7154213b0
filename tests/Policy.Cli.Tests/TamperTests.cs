using System.Text.Json.Nodes;
using Policy.Core.Model;
using Policy.Core.Signing;
using Policy.Core.Tests.Fixtures;
using Policy.JsonSchema;
using Policy.Kernel.Approvals;
using Policy.Kernel.Hashing;

namespace Policy.Cli.Tests;

/// <summary>
/// approve → release → verify on real temporary Git repositories, with keys made by ssh-keygen in
/// temporary folders: every forgery is refused with its own finding; reformatting keeps a release.
/// </summary>
public sealed class TamperTests : IDisposable
{
    private const string Card = "policies/systems/ecg-assist/system-card.json";
    private const string CardApproval = "policies/approvals/ecg-assist.approval.json";
    private const string Dpia = "policies/systems/ecg-assist/dpia.json";
    private const string DpiaApproval = "policies/approvals/dpia-ecg-assist.approval.json";
    private const string NoticeApproval = "policies/approvals/pn-ecg-assist.approval.json";
    private const string Governance = "policies/governance.json";
    private const string GovernanceApproval = "policies/approvals/governance.approval.json";

    /// <summary>Every Approval of an artefact of the ECG system (card, DPIA, notice, oversight, flows, ethics...), read from the example.</summary>
    private static readonly string[] EcgApprovals = ApprovalsOfSystem("ecg-assist");

    private static string[] ApprovalsOfSystem(string system)
    {
        var root = Policy.Core.Tests.TestPaths.RepositoryRoot;
        var ids = Directory.EnumerateFiles(Path.Combine(root, "policies", "systems", system), "*.json", SearchOption.AllDirectories)
            .Select(file => JsonNode.Parse(File.ReadAllText(file))!["id"]!.GetValue<string>())
            .ToHashSet(StringComparer.Ordinal);
        return Directory.EnumerateFiles(Path.Combine(root, "policies", "approvals"), "*.json")
            .Where(file => ids.Contains(JsonNode.Parse(File.ReadAllText(file))!["target"]!["id"]!.GetValue<string>()))
            .Select(file => "policies/approvals/" + Path.GetFileName(file))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private readonly Lazy<ExampleRepository> lazyRepository = new(() => new ExampleRepository(git: true));
    private readonly TemporaryKeys keys = new();
    private readonly Dictionary<string, (string PrivateKey, string PublicKey)> keyOf = new(StringComparer.Ordinal);

    private ExampleRepository Repository => lazyRepository.Value;

    public void Dispose()
    {
        if (lazyRepository.IsValueCreated)
        {
            Repository.Dispose();
        }

        keys.Dispose();
    }

    [RequiresToolsFact("git")]
    public void The_example_is_released_and_verified_also_in_a_fresh_clone_and_the_working_tree_is_never_read()
    {
        var release = Repository.Policy("release", "v2026.11");
        Assert.True(release.ExitCode == 0, release.Out + release.Error);
        Assert.Contains("tagged v2026.11", release.Out);
        var message = Repository.Git("cat-file", "tag", "v2026.11");
        Assert.Contains("\"contentHash\": \"" + HashOf(Card) + "\"", message);
        Assert.Contains("\"releasedBy\": {", message);

        var clone = Directory.CreateTempSubdirectory("policy-clone-").FullName;
        try
        {
            ExampleRepository.Run(clone, "git", ["clone", "-q", Repository.Root, "."]);
            var verify = CliRunner.Run(clone, "verify", "v2026.11");
            Assert.True(verify.ExitCode == 0, verify.Out + verify.Error);
            var governed = Directory.EnumerateFiles(Path.Combine(clone, "policies"), "*.json", SearchOption.AllDirectories).Count();
            Assert.Contains($"release v2026.11 verified: {governed} governed files", verify.Out);
        }
        finally
        {
            Directory.Delete(clone, recursive: true);
        }

        // Edits of the working tree, committed or not, do not touch what the tag released.
        Repository.Edit(Card, o => o["intendedPurpose"] = "Edited after the release.");
        Assert.Equal(0, Repository.Policy("verify", "v2026.11").ExitCode);
        Repository.Commit("an edit after the release");
        Assert.Equal(0, Repository.Policy("verify", "v2026.11").ExitCode);
    }

    [RequiresToolsFact("git")]
    public void A_release_is_refused_on_a_dirty_tree_and_never_replaces_a_tag()
    {
        Assert.Equal(0, Repository.Policy("release", "v1").ExitCode);
        var again = Repository.Policy("release", "v1");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("tag 'v1' exists already", again.Error);

        File.WriteAllText(Repository.FullPath("notes.txt"), "draft");
        var dirty = Repository.Policy("release", "v2");
        Assert.Equal(1, dirty.ExitCode);
        Assert.Contains("the working tree is not clean", dirty.Error);
    }

    [RequiresToolsFact("git")]
    public void An_artefact_edited_after_the_tag_and_the_tag_recreated_on_it_is_refused()
    {
        Assert.Equal(0, Repository.Policy("release", "v1").ExitCode);
        Repository.Edit(Card, o => o["intendedPurpose"] = "Edited after the release.");
        Repository.Commit("edit the card");
        Retag("v1", "HEAD", message => message);

        var verify = Repository.Policy("verify", "v1");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"{Card}(1,1): error XR-APP-13: {Card} differs from the release manifest", verify.Out);
    }

    [RequiresToolsFact("git")]
    public void The_tag_moved_onto_other_content_is_refused()
    {
        Assert.Equal(0, Repository.Policy("release", "v1").ExitCode);
        File.WriteAllText(Repository.FullPath("README.md"), "Another commit.");
        Repository.Commit("another commit");
        Retag("v1", "HEAD", message => message);

        var verify = Repository.Policy("verify", "v1");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("error XR-APP-15: tag 'v1' points at commit", verify.Out);
        Assert.DoesNotContain("XR-APP-13", verify.Out); // no governed file changed
    }

    [RequiresToolsFact("git")]
    public void An_edited_manifest_is_refused()
    {
        Assert.Equal(0, Repository.Policy("release", "v1").ExitCode);
        Retag("v1", "v1^{commit}", message => message.Replace("\"role\": \"ciso\"", "\"role\": \"cio\"", StringComparison.Ordinal));

        var verify = Repository.Policy("verify", "v1");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("error XR-APP-13: the release manifest's entry for policies/systems/ecg-assist/data-flows/df-ecg-cloud-inference.json does not match the tagged tree", verify.Out);
    }

    [RequiresToolsFact("git")]
    public void A_lightweight_tag_has_no_manifest()
    {
        Repository.Git("tag", "v0");
        var verify = Repository.Policy("verify", "v0");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("refs/tags/v0(1,1): error XR-APP-14", verify.Out);
    }

    [RequiresToolsFact("git")]
    public void Reformatting_an_approved_file_keeps_it_approved_and_releasable()
    {
        var path = Repository.FullPath(Card);
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var reversed = new JsonObject();
        foreach (var (name, value) in node.Reverse().ToList())
        {
            node.Remove(name);
            reversed[name] = value;
        }

        File.WriteAllText(path, reversed.ToJsonString());
        Repository.Commit("reformat the card");
        Assert.Equal(0, Repository.Policy("release", "v1").ExitCode);
        Assert.Equal(0, Repository.Policy("verify", "v1").ExitCode);
    }

    [RequiresToolsFact("git")]
    public void An_approver_who_does_not_hold_the_role_is_refused() =>
        AssertReleaseRefused(DpiaApproval, a => SetApprover(a, "dpo", "Nadia Benali", "dpo@chu-montreval.example"), "XR-APP-07", "Nadia Benali <dpo@chu-montreval.example> does not hold the dpo role");

    [RequiresToolsFact("git")]
    public void Self_approval_is_refused() =>
        AssertReleaseRefused(DpiaApproval, a => SetApprover(a, "controller", Repository.ReadJson(Dpia)["owner"]!["name"]!.GetValue<string>(), Repository.ReadJson(Dpia)["owner"]!["email"]?.GetValue<string>() ?? "owner@chu-montreval.example"), "XR-APP-03", "cannot approve it (four-eyes rule)");

    [RequiresToolsFact("git")]
    public void An_expired_approval_is_refused() =>
        AssertReleaseRefused(CardApproval, a => a["validUntil"] = "2026-10-31", "XR-APP-04", "expired on 2026-10-31");

    [RequiresToolsFact("git")]
    public void The_wrong_role_is_refused() =>
        AssertReleaseRefused(NoticeApproval, a => a["approvers"]![1]!["role"] = "risk-manager", "XR-APP-07", "Laure Perrin <direction-qualite@chu-montreval.example> does not hold the risk-manager role");

    [RequiresToolsFact("git")]
    public void A_required_role_missing_is_refused() =>
        AssertReleaseRefused(NoticeApproval, a => a["approvers"]!.AsArray().RemoveAt(1), "XR-APP-02", "lacks the quality role");

    [RequiresToolsFact("git")]
    public void A_new_holder_approving_their_own_nomination_is_refused_by_the_holders_of_the_version_it_replaces() =>
        AssertNominationRefused(renameApprovalFile: false);

    [RequiresToolsFact("git")]
    public void Without_the_approved_version_in_history_the_last_release_names_the_holders_it_replaces()
    {
        Assert.Equal(0, Repository.Policy("release", "v1").ExitCode);
        AssertNominationRefused(renameApprovalFile: true);
    }

    /// <summary>A Governance naming a new DPO, approved by that new DPO: refused, since the version it replaces names Julien Rocher.</summary>
    private void AssertNominationRefused(bool renameApprovalFile)
    {
        Repository.Edit(Governance, g =>
        {
            g["roles"]!["dpo"]!["person"] = new JsonObject { ["name"] = "Eve Girard", ["email"] = "dpo@chu-montreval.example" };
            g["version"] = "2.3.0";
            g["changeSummary"] = "New DPO.";
        });
        Rehash(Governance, GovernanceApproval);
        Repository.Edit(GovernanceApproval, a => SetApprover(a, "dpo", "Eve Girard", "dpo@chu-montreval.example"));
        if (renameApprovalFile)
        {
            // The approval moves to a new file: its history no longer shows which Governance version was approved before.
            File.Move(Repository.FullPath(GovernanceApproval), Repository.FullPath("policies/approvals/governance-2.3.0.approval.json"));
        }

        Repository.Commit("a new DPO approves her own nomination");
        var release = Repository.Policy("release", "v2");
        Assert.Equal(1, release.ExitCode);
        Assert.Contains("error XR-APP-07: Approval 'apr-governance': Eve Girard <dpo@chu-montreval.example> does not hold the dpo role in Governance 'chu-montreval-ai-governance' (it names Julien Rocher", release.Out);
    }

    [RequiresToolsFact("git", "ssh-keygen")]
    public void With_signatures_required_the_signed_system_is_released_and_verified()
    {
        RequireSignatures();
        var release = Repository.Policy("release", "v1", "--system", "ecg-assist");
        Assert.True(release.ExitCode == 0, release.Out + release.Error);
        var verify = Repository.Policy("verify", "v1");
        Assert.True(verify.ExitCode == 0, verify.Out + verify.Error);
        Assert.Contains("\"signed\": true", Repository.Git("cat-file", "tag", "v1"));
    }

    [RequiresToolsFact("git", "ssh-keygen")]
    public void Policy_approve_signs_a_new_decision_that_counts()
    {
        RequireSignatures();
        const string Notice = "policies/systems/ecg-assist/patient-notice.json";
        Repository.Edit(Notice, o =>
        {
            o["version"] = "1.1.0";
            o["changeSummary"] = "Contact of the DPO updated.";
        });
        foreach (var (role, name, email) in new[] { ("dpo", "Julien Rocher", "dpo@chu-montreval.example"), ("quality", "Laure Perrin", "direction-qualite@chu-montreval.example") })
        {
            var approve = Repository.Policy("approve", Notice, "--role", role, "--name", name, "--email", email, "--sign-with", keyOf[name].PrivateKey);
            Assert.True(approve.ExitCode == 0, approve.Error);
            Assert.Contains(", signed with ssh-ed25519", approve.Out);
        }

        var validate = Repository.Policy("validate");
        Assert.DoesNotContain("pn-ecg-assist", validate.Out.Split('\n').Where(l => l.Contains("error XR-APP", StringComparison.Ordinal)).FirstOrDefault() ?? string.Empty);
        Assert.Contains("pn-ecg-assist-1.1.0.approval.json", string.Join(',', Directory.EnumerateFiles(Repository.FullPath("policies/approvals"))));
        Repository.Commit("notice 1.1.0 approved");
        var release = Repository.Policy("release", "v1", "--system", "ecg-assist");
        Assert.True(release.ExitCode == 0, release.Out + release.Error);
    }

    [RequiresToolsFact("git", "ssh-keygen")]
    public void Policy_approve_refuses_a_key_not_listed_for_the_person()
    {
        RequireSignatures();
        var stranger = keys.Create("stranger");
        Repository.Edit("policies/systems/ecg-assist/patient-notice.json", o => o["version"] = "1.1.0");
        var approve = Repository.Policy("approve", "policies/systems/ecg-assist/patient-notice.json", "--role", "dpo", "--name", "Julien Rocher", "--email", "dpo@chu-montreval.example", "--sign-with", stranger.PrivateKey);
        Assert.Equal(1, approve.ExitCode);
        Assert.Contains("is not among the signingKeys Governance 'chu-montreval-ai-governance' lists for Julien Rocher", approve.Error);
    }

    [RequiresToolsFact("git", "ssh-keygen")]
    public void Someone_elses_signature_is_refused()
    {
        RequireSignatures();
        SignEntry(DpiaApproval, 1, keyOf["Hélène Marchetti"].PrivateKey);
        AssertRefused("XR-APP-10", "Julien Rocher <dpo@chu-montreval.example>'s entry is signed with the key");
    }

    [RequiresToolsFact("git", "ssh-keygen")]
    public void A_signature_over_other_content_is_refused()
    {
        RequireSignatures();
        var copied = Repository.ReadJson(CardApproval)["approvers"]![1]!["signature"]!.GetValue<string>(); // Julien Rocher's signature of the card's approval
        Repository.Edit(DpiaApproval, a => a["approvers"]![1]!["signature"] = copied);
        AssertRefused("XR-APP-09", "the signature of Julien Rocher <dpo@chu-montreval.example> does not verify over this approval as it stands");
    }

    [RequiresToolsFact("git", "ssh-keygen")]
    public void A_signed_approval_edited_afterwards_is_refused()
    {
        RequireSignatures();
        Repository.Edit(DpiaApproval, a => a["validUntil"] = "2027-02-28");
        AssertRefused("XR-APP-09", "does not verify over this approval as it stands");
    }

    [RequiresToolsFact("git", "ssh-keygen")]
    public void A_key_added_to_the_governance_in_the_change_that_uses_it_is_refused()
    {
        RequireSignatures();
        var intruder = keys.Create("intruder");
        Repository.Edit(Governance, g =>
        {
            g["roles"]!["dpo"]!["person"]!["signingKeys"] = new JsonArray(intruder.PublicKey);
            g["version"] = "2.4.0";
            g["changeSummary"] = "The DPO's signing key replaced.";
        });
        Rehash(Governance, GovernanceApproval);
        foreach (var (index, name) in new[] { (0, "Hélène Marchetti"), (2, "Antoine Garnier") })
        {
            SignEntry(GovernanceApproval, index, keyOf[name].PrivateKey);
        }

        SignEntry(GovernanceApproval, 1, intruder.PrivateKey);
        AssertRefused("XR-APP-10", "Approval 'apr-governance': Julien Rocher <dpo@chu-montreval.example>'s entry is signed with the key");
    }

    [RequiresToolsFact("git", "ssh-keygen")]
    public void An_unsigned_approval_where_signatures_are_required_is_refused()
    {
        RequireSignatures();
        Repository.Edit(CardApproval, a => a["approvers"]![0]!.AsObject().Remove("signature"));
        AssertRefused("XR-APP-08", "Camille Vasseur <referent-ia@chu-montreval.example> did not sign");
    }

    [RequiresToolsFact("git", "ssh-keygen")]
    public void Reformatting_a_signed_approval_keeps_it_valid()
    {
        RequireSignatures();
        var path = Repository.FullPath(DpiaApproval);
        File.WriteAllText(path, JsonNode.Parse(File.ReadAllText(path))!.ToJsonString());
        Repository.Commit("reformat a signed approval");
        Assert.Equal(0, Repository.Policy("release", "v1", "--system", "ecg-assist").ExitCode);
    }

    [RequiresToolsFact("git", "ssh-keygen")]
    public void A_signed_tag_verifies_and_one_signed_by_an_unknown_key_does_not()
    {
        var releaser = keys.Create("releaser");
        var allowed = Path.Combine(keys.Folder, "allowed_signers");
        File.WriteAllText(allowed, $"runner@test.example {releaser.PublicKey}\n");
        Repository.Git("config", "gpg.format", "ssh");
        Repository.Git("config", "user.signingkey", releaser.PrivateKey + ".pub");
        Repository.Git("config", "gpg.ssh.allowedSignersFile", allowed);

        var release = Repository.Policy("release", "v1", "--sign");
        Assert.True(release.ExitCode == 0, release.Error);
        Assert.Equal(0, Repository.Policy("verify", "v1").ExitCode);

        var forger = keys.Create("forger");
        Repository.Git("config", "user.signingkey", forger.PrivateKey + ".pub");
        Retag("v1", "v1^{commit}", message => message, sign: true);
        var verify = Repository.Policy("verify", "v1");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("error XR-APP-16: the signature of tag 'v1' does not verify", verify.Out);
    }

    private void AssertReleaseRefused(string approval, Action<JsonObject> forge, string rule, string message)
    {
        Repository.Edit(approval, forge);
        AssertRefused(rule, message);
    }

    /// <summary>Commits the forgery, then `policy release` refuses with the rule's finding and tags nothing.</summary>
    private void AssertRefused(string rule, string message)
    {
        Repository.Commit("forged");
        var release = Repository.Policy("release", "v1", "--system", "ecg-assist");
        Assert.Equal(1, release.ExitCode);
        Assert.Contains($"error {rule}: ", release.Out);
        Assert.Contains(message, release.Out);
        Assert.Contains("XR-APP-12", release.Out);
        Assert.Empty(Repository.Git("tag", "--list"));
    }

    /// <summary>
    /// Gives the holders who approve ecg-assist's artefacts (and the Governance) a key each, requires
    /// signatures in a new Governance version approved by the holders of the one it replaces, then
    /// signs every entry of those approvals: a repository where signed approvals hold.
    /// </summary>
    private void RequireSignatures()
    {
        var people = EcgApprovals.Append(GovernanceApproval).SelectMany(a => Repository.ReadJson(a)["approvers"]!.AsArray()).Select(e => e!["name"]!.GetValue<string>()).ToHashSet();
        Repository.Edit(Governance, g =>
        {
            foreach (var (_, holder) in g["roles"]!.AsObject())
            {
                foreach (var slot in new[] { "person", "deputy" })
                {
                    if (holder![slot]?["name"]?.GetValue<string>() is { } name && people.Contains(name))
                    {
                        keyOf[name] = keyOf.TryGetValue(name, out var key) ? key : keys.Create(name.Replace(' ', '-'));
                        holder[slot]!["signingKeys"] = new JsonArray(keyOf[name].PublicKey);
                    }
                }
            }

            g["policies"]!["approvalSignatures"] = "required";
            g["version"] = "2.3.0";
            g["changeSummary"] = "Signed approvals required; the committee's signing keys.";
        });
        Rehash(Governance, GovernanceApproval);
        Repository.Commit("signatures required, approved by the holders of the Governance it replaces");
        foreach (var approval in EcgApprovals)
        {
            var approvers = Repository.ReadJson(approval)["approvers"]!.AsArray();
            for (var i = 0; i < approvers.Count; i++)
            {
                SignEntry(approval, i, keyOf[approvers[i]!["name"]!.GetValue<string>()].PrivateKey);
            }
        }

        Repository.Commit("ecg-assist approvals signed");
    }

    /// <summary>Signs one entry as `policy approve --sign-with` does: over the approval with only that entry, without signatures.</summary>
    private void SignEntry(string approvalFile, int index, string privateKey)
    {
        var artefact = new Artefact(approvalFile, JsonSourceDocument.Parse(File.ReadAllBytes(Repository.FullPath(approvalFile))));
        var (signature, error) = SshKeygen.Sign(privateKey, ApprovalSignatures.Payload(artefact.Node, index));
        Assert.True(signature is not null, error);
        Repository.Edit(approvalFile, a => a["approvers"]![index]!["signature"] = signature);
    }

    private void Rehash(string target, string approval)
    {
        var version = Repository.ReadJson(target)["version"]!.GetValue<string>();
        var hash = HashOf(target);
        Repository.Edit(approval, a =>
        {
            a["target"]!["sha256"] = hash;
            a["target"]!["version"] = version;
        });
    }

    private string HashOf(string file) => ContentHash.Compute(new Artefact(file, JsonSourceDocument.Parse(File.ReadAllBytes(Repository.FullPath(file)))).Node);

    /// <summary>Re-creates a tag on <paramref name="commit"/> with its message changed by <paramref name="edit"/>, as a forger with write access would.</summary>
    private void Retag(string tag, string commit, Func<string, string> edit, bool sign = false)
    {
        var tagObject = Repository.Git("cat-file", "tag", tag);
        var message = tagObject[(tagObject.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
        var signature = message.IndexOf("-----BEGIN", StringComparison.Ordinal);
        message = signature >= 0 ? message[..signature] : message;
        var file = Path.Combine(keys.Folder, "message.txt");
        File.WriteAllText(file, edit(message));
        var target = Repository.Git("rev-parse", commit).Trim();
        Repository.Git("tag", "-f", sign ? "-s" : "-a", "--cleanup=verbatim", "-F", file, tag, target);
    }

    private static void SetApprover(JsonObject approval, string role, string name, string email)
    {
        foreach (var approver in approval["approvers"]!.AsArray().Where(a => a!["role"]!.GetValue<string>() == role))
        {
            approver!["name"] = name;
            approver["email"] = email;
        }
    }
}
