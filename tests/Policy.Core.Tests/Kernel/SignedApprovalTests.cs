using System.Text;
using Policy.Core.Model;
using Policy.JsonSchema;
using Policy.Kernel.Approvals;
using Policy.Kernel.Time;

namespace Policy.Core.Tests.Kernel;

/// <summary>XR-APP-08..10 decided in the kernel from signature facts, and the payload each approver signs.</summary>
public sealed class SignedApprovalTests
{
    private static readonly DateTime Today = new(2026, 11, 25);
    private static readonly IsoDuration Grace = IsoDuration.Parse("P30D")!.Value;
    private const string DpoKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDpoKeyDpoKeyDpoKeyDpoKeyDpoKeyDpoKey00 dpo";
    private const string OtherKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOtherKeyOtherKeyOtherKeyOtherKeyOther0";

    private static string Governance(string signatures) => $$"""
        {
          "kind": "Governance", "id": "gov", "reviewDue": "2027-11-01", "owner": { "name": "Ines Moreau" },
          "policies": { "approvalSignatures": "{{signatures}}" },
          "roles": { "dpo": { "person": { "name": "Inès Roux", "email": "dpo@h.example", "signingKeys": ["{{DpoKey}}"] } },
                     "controller": { "person": { "name": "Marc Durand" } }, "medicalLead": { "person": { "name": "Dr Paul Henry" } } }
        }
        """;

    private const string Notice = """{ "kind": "PatientNotice", "id": "pn", "reviewDue": "2027-11-01", "owner": { "name": "Claire Martin" } }""";

    private static Artefact Parse(string json) => new("f.json", JsonSourceDocument.Parse(Encoding.UTF8.GetBytes(json)));

    private static Artefact NoticeApproval(Artefact notice, bool signed) => Parse($$"""
        { "kind": "Approval", "id": "apr-pn", "target": { "kind": "PatientNotice", "id": "pn", "sha256": "{{notice.ContentHash}}" }, "decision": "approved",
          "approvers": [ { "name": "Inès Roux", "email": "dpo@h.example", "role": "dpo", "decidedAt": "2026-11-01"{{(signed ? ", \"signature\": \"-----BEGIN SSH SIGNATURE-----\\nAAAA\\n-----END SSH SIGNATURE-----\\n\"" : string.Empty)}} } ],
          "validFrom": "2026-11-01", "validUntil": "2027-11-01" }
        """);

    private static ApprovalStatus Judge(string signatures, bool signed, SignatureFact? fact)
    {
        // The Governance is taken as approved by giving it as the version it replaces, so only the notice's approval is judged here.
        var governance = Parse(Governance(signatures));
        var governanceApproval = Parse($$"""
            { "kind": "Approval", "id": "apr-gov", "target": { "kind": "Governance", "id": "gov", "sha256": "{{governance.ContentHash}}" }, "decision": "approved",
              "approvers": [ { "name": "Marc Durand", "role": "controller", "decidedAt": "2026-11-01" }, { "name": "Inès Roux", "email": "dpo@h.example", "role": "dpo", "decidedAt": "2026-11-01" },
                             { "name": "Dr Paul Henry", "role": "medical-lead", "decidedAt": "2026-11-01" } ],
              "validFrom": "2026-11-01", "validUntil": "2027-11-01" }
            """);
        var notice = Parse(Notice);
        var facts = new Facts(fact ?? new SignatureFact(true, RoleHolderKey(DpoKey)));
        var register = new ApprovalRegister([governance, governanceApproval, notice, NoticeApproval(notice, signed)], Today, Grace, signatures: facts);
        return register.StatusOf(notice)!;
    }

    private static string RoleHolderKey(string line) => RoleHolder.KeyIdentity(line);

    [Fact]
    public void Where_signatures_are_required_an_unsigned_entry_does_not_count()
    {
        var status = Judge("required", signed: false, fact: null);
        Assert.False(status.IsApproved);
        Assert.Equal(0, Assert.Single(status.Problems, p => p.Kind == ApprovalProblemKind.Unsigned).ApproverIndex);
    }

    [Fact]
    public void Where_signatures_are_optional_an_unsigned_entry_counts()
    {
        Assert.True(Judge("optional", signed: false, fact: null).IsApproved);
    }

    [Fact]
    public void A_valid_signature_by_a_listed_key_counts()
    {
        Assert.True(Judge("required", signed: true, fact: new SignatureFact(true, RoleHolderKey(DpoKey))).IsApproved);
    }

    [Fact]
    public void A_signature_over_other_content_never_counts_even_where_optional()
    {
        foreach (var setting in new[] { "required", "optional" })
        {
            var status = Judge(setting, signed: true, fact: new SignatureFact(false, RoleHolderKey(DpoKey)));
            Assert.False(status.IsApproved);
            Assert.Contains(status.Problems, p => p.Kind == ApprovalProblemKind.SignatureInvalid && p.Message.Contains("made over other content", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_signature_that_cannot_be_checked_does_not_count_and_says_why()
    {
        var status = Judge("required", signed: true, fact: new SignatureFact(false, null, "ssh-keygen could not be run"));
        Assert.Contains(status.Problems, p => p.Kind == ApprovalProblemKind.SignatureInvalid && p.Message.Contains("cannot be verified (ssh-keygen could not be run)", StringComparison.Ordinal));
    }

    [Fact]
    public void Someone_elses_key_does_not_count()
    {
        var status = Judge("required", signed: true, fact: new SignatureFact(true, OtherKey));
        Assert.False(status.IsApproved);
        Assert.Contains(status.Problems, p => p.Kind == ApprovalProblemKind.SignatureKeyNotListed);
    }

    [Fact]
    public void Without_signature_facts_signatures_are_not_judged()
    {
        var governance = Parse(Governance("required"));
        var notice = Parse(Notice);
        var register = new ApprovalRegister([governance, notice, NoticeApproval(notice, signed: false)], Today, Grace);
        Assert.DoesNotContain(register.StatusOf(notice)!.Problems, p => p.Kind is ApprovalProblemKind.Unsigned);
    }

    [Fact]
    public void The_payload_is_the_approval_with_only_the_signers_entry_without_signatures_and_ignores_layout()
    {
        const string Two = """
            { "kind": "Approval", "decision": "approved", "approvers": [
                { "name": "A", "role": "dpo", "signature": "sig-a" }, { "name": "B", "role": "cio", "signature": "sig-b" } ] }
            """;
        const string Reordered = """{"approvers":[{"role":"dpo","name":"A"}],"decision":"approved","kind":"Approval"}""";
        Assert.Equal(
            """{"approvers":[{"name":"A","role":"dpo"}],"decision":"approved","kind":"Approval"}""",
            Encoding.UTF8.GetString(ApprovalSignatures.Payload(Parse(Two).Node, 0)));
        Assert.Equal(ApprovalSignatures.Payload(Parse(Two).Node, 0), ApprovalSignatures.Payload(Parse(Reordered).Node, 0));
        Assert.NotEqual(ApprovalSignatures.Payload(Parse(Two).Node, 0), ApprovalSignatures.Payload(Parse(Two.Replace("\"approved\"", "\"rejected\"", StringComparison.Ordinal)).Node, 0));
    }

    private sealed class Facts(SignatureFact fact) : ISignatureFacts
    {
        public SignatureFact Of(string approvalId, int approverIndex) => fact;
    }
}
