using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Tests.Fixtures;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Rules;

/// <summary>XR-APP-01..06 through the whole pipeline: each fires where the fix belongs, and a sound approval is quiet.</summary>
public sealed class ApprovalBindingRuleTests : IDisposable
{
    private const string Target = "ecg/human-oversight.json";
    private const string ApprovalFile = "approvals/ho.json";
    private readonly TestRepository repository = new();

    public ApprovalBindingRuleTests()
    {
        repository.Artefact("ecg/system-card.json", Artefacts.SystemCard("ecg-assist", "health.observation"));
        repository.Artefact(Target, Oversight());
    }

    public void Dispose() => repository.Dispose();

    [Fact]
    public void Sound_approval_is_quiet()
    {
        WriteApproval(Approval());
        Assert.DoesNotContain(repository.Validate().Findings, f => f.Rule.StartsWith("XR-APP", StringComparison.Ordinal));
    }

    [Fact]
    public void XR_APP_01_fires_on_the_edited_target()
    {
        WriteApproval(Approval());
        repository.Artefact(Target, Oversight().With("reviewActionsLogged", false));
        var finding = repository.Validate().Single("XR-APP-01");
        Assert.Equal(("policies/" + Target, "", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains(repository.HashOf("policies/" + Target), finding.Message);
        Assert.Equal(("policies/" + ApprovalFile, "/target/sha256"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void XR_APP_01_is_quiet_after_reformatting()
    {
        WriteApproval(Approval());
        var path = repository.FullPath("policies/" + Target);
        File.WriteAllText(path, JsonNode.Parse(File.ReadAllText(path))!.ToJsonString());
        repository.Validate().None("XR-APP-01");
    }

    [Fact]
    public void XR_APP_02_fires_when_a_required_role_is_missing()
    {
        WriteApproval(Approval(("Dr Paul Henry", "medical-lead")));
        var finding = repository.Validate().Single("XR-APP-02");
        Assert.Equal(("policies/" + ApprovalFile, "/approvers"), (finding.File, finding.Pointer));
        Assert.Contains("ai-lead", finding.Message);
    }

    [Fact]
    public void XR_APP_02_follows_the_governance_matrix()
    {
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu").With("approvalMatrix", JsonNode.Parse("""
            [ { "kind": "HumanOversight", "requiredRoles": ["medical-lead", "quality"] } ]
            """)));
        WriteApproval(Approval());
        Assert.Contains("quality", repository.Validate().Single("XR-APP-02").Message);
    }

    [Fact]
    public void XR_APP_03_fires_when_the_owner_approves()
    {
        WriteApproval(Approval(("Dr Paul Henry", "medical-lead"), ("Claire  Martin", "ai-lead")));
        var finding = repository.Validate().Single("XR-APP-03");
        Assert.Equal("/approvers/1", finding.Pointer);
        Assert.Equal("/owner", finding.Related[0].Location.Pointer);
    }

    [Fact]
    public void XR_APP_04_fires_on_an_expired_approval()
    {
        WriteApproval(Approval().With("validUntil", "2026-11-24"));
        var finding = repository.Validate().Single("XR-APP-04");
        Assert.Equal("/validUntil", finding.Pointer);
        Assert.Contains("expired", finding.Message);
    }

    [Fact]
    public void XR_APP_04_is_quiet_on_an_approval_that_runs_past_a_review_not_yet_due()
    {
        WriteApproval(Approval().With("validUntil", "2029-06-01"));
        repository.Validate().None("XR-APP-04");
    }

    [Fact]
    public void XR_APP_04_is_quiet_within_the_grace_after_the_review_date()
    {
        repository.Artefact(Target, Oversight().With("reviewDue", "2026-11-01"));
        WriteApproval(Approval().With("validUntil", "2029-06-01"));
        repository.Validate().None("XR-APP-04");
    }

    [Fact]
    public void XR_APP_04_fires_once_the_review_is_overdue_beyond_the_grace()
    {
        repository.Artefact(Target, Oversight().With("reviewDue", "2026-10-01"));
        WriteApproval(Approval().With("validUntil", "2029-06-01"));
        var finding = repository.Validate().Single("XR-APP-04");
        Assert.Equal(("policies/" + ApprovalFile, "/target"), (finding.File, finding.Pointer));
        Assert.Contains("was due on 2026-10-01 and is overdue", finding.Message);
        Assert.Equal(("policies/" + Target, "/reviewDue"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void XR_APP_05_warns_on_an_overdue_condition_without_voiding_the_approval()
    {
        WriteApproval(Approval().With("decision", "approved-with-conditions").With("conditions", JsonNode.Parse("""
            [ { "description": "train night-shift reviewers", "owner": "Dr Paul Henry", "dueDate": "2026-11-20" } ]
            """)));
        var finding = repository.Validate().Single("XR-APP-05");
        Assert.Equal((Severity.Warning, "/conditions"), (finding.Severity, finding.Pointer));
        repository.Validate().None("XR-APP-01");
    }

    [Fact]
    public void XR_APP_05_is_quiet_before_the_due_date()
    {
        WriteApproval(Approval().With("decision", "approved-with-conditions").With("conditions", JsonNode.Parse("""
            [ { "description": "train night-shift reviewers", "owner": "Dr Paul Henry", "dueDate": "2026-12-20" } ]
            """)));
        repository.Validate().None("XR-APP-05");
    }

    [Fact]
    public void XR_APP_06_fires_on_a_dpia_approval_without_attestations()
    {
        repository.Artefact("ecg/dpia.json", Artefacts.Envelope("Dpia", "dpia-ecg", "ecg-assist")
            .With("dpoOpinion", new JsonObject { ["name"] = "Inès Roux", ["favourable"] = true, ["opinion"] = "ok", ["date"] = "2026-10-20" }));
        var hash = repository.HashOf("policies/ecg/dpia.json");
        repository.Artefact("approvals/dpia.json", Artefacts.Approval("apr-dpia", "Dpia", "dpia-ecg", hash, ("Marc Durand", "controller"), ("Inès Roux", "dpo")));
        var finding = repository.Validate().Single("XR-APP-06");
        Assert.Equal(("policies/approvals/dpia.json", "/attestations"), (finding.File, finding.Pointer));
    }

    [Fact]
    public void XR_APP_06_is_quiet_with_attestations_after_the_dpo_opinion()
    {
        repository.Artefact("ecg/dpia.json", Artefacts.Envelope("Dpia", "dpia-ecg", "ecg-assist")
            .With("dpoOpinion", new JsonObject { ["name"] = "Inès Roux", ["favourable"] = true, ["opinion"] = "ok", ["date"] = "2026-10-20" }));
        var hash = repository.HashOf("policies/ecg/dpia.json");
        repository.Artefact("approvals/dpia.json", Artefacts.Approval("apr-dpia", "Dpia", "dpia-ecg", hash, ("Marc Durand", "controller"), ("Inès Roux", "dpo"))
            .With("attestations", new JsonArray("context-accurate", "risks-understood", "action-plan-ratified", "corrective-actions-committed")));
        Assert.DoesNotContain(repository.Validate().Findings, f => f.Rule.StartsWith("XR-APP", StringComparison.Ordinal));
    }

    [Fact]
    public void Severity_override_changes_the_severity_and_carries_the_justification()
    {
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu").With("severityOverrides", JsonNode.Parse("""
            [ { "rule": "XR-APP-04", "severity": "warning", "justification": "Committee of 2026-11-20: one month to renew." } ]
            """)));
        WriteApproval(Approval().With("validUntil", "2026-11-24"));
        var finding = repository.Validate().Single("XR-APP-04");
        Assert.Equal((Severity.Warning, "Committee of 2026-11-20: one month to renew."), (finding.Severity, finding.SeverityJustification));
    }

    [Fact]
    public void Severity_override_off_removes_the_rule()
    {
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu").With("severityOverrides", JsonNode.Parse("""
            [ { "rule": "XR-APP-04", "severity": "off", "justification": "Decommissioning in December." } ]
            """)));
        WriteApproval(Approval().With("validUntil", "2026-11-24"));
        var report = repository.Validate();
        report.None("XR-APP-04");
        var applied = Assert.Single(report.Overrides);
        Assert.Equal(("XR-APP-04", "off", 1, "Decommissioning in December."), (applied.Override.Rule, applied.SeverityName, applied.FindingsAffected, applied.Override.Justification));
        Assert.Contains("severity override XR-APP-04 -> off (1 finding(s) not shown): Decommissioning in December.", Text(report));
    }

    [Fact]
    public void XR_APP_07_fires_on_the_entry_of_an_approver_who_does_not_hold_the_role()
    {
        WriteGovernanceWithHolders();
        WriteApproval(Approval(("Dr Paul Henry", "medical-lead"), ("Eve Martin", "ai-lead")));
        var finding = repository.Validate().Single("XR-APP-07");
        Assert.Equal(("policies/" + ApprovalFile, "/approvers/1", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("Eve Martin does not hold the ai-lead role in Governance 'chu' (it names Sofia Rossi)", finding.Message);
        Assert.Equal(("policies/governance.json", "/roles"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void XR_APP_07_is_quiet_when_the_holders_approve()
    {
        WriteGovernanceWithHolders();
        WriteApproval(Approval());
        repository.Validate().None("XR-APP-07");
    }

    [Fact]
    public void XR_APP_11_notes_once_how_many_entries_are_unsigned_where_signatures_are_optional()
    {
        WriteGovernanceWithHolders();
        WriteApproval(Approval());
        var finding = repository.Validate().Single("XR-APP-11");
        Assert.Equal(("policies/governance.json", Severity.Note), (finding.File, finding.Severity));
        Assert.StartsWith("5 of 5 approver entries, in 2 of 2 Approvals, are unsigned", finding.Message);
    }

    [Fact]
    public void XR_APP_11_is_quiet_where_signatures_are_required()
    {
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu").With("roles", HolderRoles()).With("policies", JsonNode.Parse("""{ "approvalSignatures": "required" }""")));
        WriteApproval(Approval());
        repository.Validate().None("XR-APP-11");
    }

    private static JsonNode HolderRoles() => JsonNode.Parse("""
        {
          "controller": { "person": { "name": "Marc Durand" } }, "dpo": { "person": { "name": "Inès Roux" } },
          "medicalLead": { "person": { "name": "Dr Paul Henry" } }, "aiLead": { "person": { "name": "Sofia Rossi" } }
        }
        """)!;

    private void WriteGovernanceWithHolders() =>
        repository.Artefact("governance.json", Artefacts.Envelope("Governance", "chu").With("roles", JsonNode.Parse("""
            {
              "controller": { "person": { "name": "Marc Durand" } }, "dpo": { "person": { "name": "Inès Roux" } },
              "medicalLead": { "person": { "name": "Dr Paul Henry" } }, "aiLead": { "person": { "name": "Sofia Rossi" } }
            }
            """)));

    private static string Text(ValidationReport report)
    {
        var writer = new StringWriter();
        new Policy.Core.Formatting.TextFormatter().Write(report, writer);
        return writer.ToString();
    }

    private static JsonObject Oversight() =>
        Artefacts.Envelope("HumanOversight", "ho-ecg", "ecg-assist").With("reviewActionsLogged", true);

    private JsonObject Approval(params (string Name, string Role)[] approvers) =>
        Artefacts.Approval("apr-ho-ecg", "HumanOversight", "ho-ecg", repository.HashOf("policies/" + Target),
            approvers.Length > 0 ? approvers : [("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")]);

    private void WriteApproval(JsonObject approval) => repository.Artefact(ApprovalFile, approval);
}
