using System.Text.Json;
using Policy.Core.Model;
using Policy.JsonSchema;
using Policy.Kernel.Approvals;
using Policy.Kernel.Time;

namespace Policy.Core.Tests.Kernel;

/// <summary>XR-APP-07 and the distinct-people count: approvers count only as the holders of their roles in the judging Governance.</summary>
public sealed class RoleHolderTests
{
    private static readonly DateTime Today = new(2026, 11, 25);
    private static readonly IsoDuration Grace = IsoDuration.Parse("P30D")!.Value;

    private const string GovernanceText = """
        {
          "kind": "Governance", "id": "gov", "version": "1.0.0", "reviewDue": "2027-11-01",
          "owner": { "name": "Ines Moreau" },
          "roles": {
            "controller": { "person": { "name": "Marc Durand", "email": "dg@h.example" } },
            "dpo": { "person": { "name": "Inès Roux", "email": "dpo@h.example" }, "deputy": { "name": "Léa Petit", "email": "dpo2@h.example" } },
            "medicalLead": { "person": { "name": "Dr Paul Henry", "email": "cme@h.example" } },
            "aiLead": { "person": { "name": "Dr Paul Henry", "email": "cme@h.example" } },
            "cio": { "person": { "name": "Sofia Rossi" } }
          }
        }
        """;

    private static Artefact Parse(string file, string json) => new(file, JsonSourceDocument.Parse(System.Text.Encoding.UTF8.GetBytes(json)));

    private static Artefact Approval(Artefact target, params (string Name, string? Email, string Role)[] approvers)
    {
        var entries = string.Join(", ", approvers.Select(a => JsonSerializer.Serialize(new Dictionary<string, string?> { ["name"] = a.Name, ["email"] = a.Email, ["role"] = a.Role, ["decidedAt"] = "2026-11-01" }
            .Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value))));
        return Parse("apr.json", $$"""
            { "kind": "Approval", "id": "apr-{{target.Id}}", "target": { "kind": "{{target.Kind}}", "id": "{{target.Id}}", "sha256": "{{target.ContentHash}}" },
              "decision": "approved", "approvers": [ {{entries}} ], "validFrom": "2026-11-01", "validUntil": "2027-11-01" }
            """);
    }

    private static readonly (string, string?, string)[] Committee = [("Marc Durand", "dg@h.example", "controller"), ("Inès Roux", "dpo@h.example", "dpo"), ("Dr Paul Henry", "cme@h.example", "medical-lead")];

    private static ApprovalRegister Register(params Artefact[] artefacts) => new(artefacts, Today, Grace);

    [Fact]
    public void Holders_named_in_the_governance_approve_it_and_their_roles_apply()
    {
        var governance = Parse("gov.json", GovernanceText);
        Assert.True(Register(governance, Approval(governance, Committee)).Governance.InForce);
    }

    [Fact]
    public void A_name_the_role_does_not_name_does_not_count()
    {
        var governance = Parse("gov.json", GovernanceText);
        var status = Register(governance, Approval(governance, ("Marc Durand", "dg@h.example", "controller"), ("Eve Intruder", "dpo@h.example", "dpo"), ("Dr Paul Henry", "cme@h.example", "medical-lead"))).Governance.Status!;

        Assert.False(status.IsApproved);
        var problem = Assert.Single(status.Problems, p => p.Kind == ApprovalProblemKind.NotRoleHolder);
        Assert.Equal(1, problem.ApproverIndex);
        Assert.Contains("Inès Roux <dpo@h.example> and Léa Petit <dpo2@h.example>", problem.Message);
        Assert.DoesNotContain(status.Problems, p => p.Kind is ApprovalProblemKind.MissingRole or ApprovalProblemKind.TooFewApprovers); // one cause, one finding
    }

    [Fact]
    public void A_namesake_with_another_email_or_none_is_someone_else()
    {
        var governance = Parse("gov.json", GovernanceText);
        Assert.False(Register(governance, Approval(governance, ("Marc Durand", "marc@elsewhere.example", "controller"), Committee[1], Committee[2])).Governance.InForce);
        Assert.False(Register(governance, Approval(governance, ("Marc Durand", null, "controller"), Committee[1], Committee[2])).Governance.InForce);
    }

    [Fact]
    public void The_deputy_counts_and_names_match_ignoring_case_and_spaces()
    {
        var governance = Parse("gov.json", GovernanceText);
        Assert.True(Register(governance, Approval(governance, (" marc  DURAND ", "DG@h.example", "controller"), ("Léa Petit", "dpo2@h.example", "dpo"), Committee[2])).Governance.InForce);
    }

    [Fact]
    public void A_holder_approving_in_a_role_they_do_not_hold_does_not_count()
    {
        var governance = Parse("gov.json", GovernanceText);
        var status = Register(governance, Approval(governance, ("Marc Durand", "dg@h.example", "dpo"), Committee[0], Committee[2])).Governance.Status!;
        Assert.Contains(status.Problems, p => p.Kind == ApprovalProblemKind.NotRoleHolder && p.ApproverIndex == 0);
    }

    [Fact]
    public void One_person_in_two_roles_fills_both_only_where_the_matrix_allows_it_and_counts_once()
    {
        var oversight = Parse("ho.json", """{ "kind": "HumanOversight", "id": "ho", "reviewDue": "2027-11-01", "owner": { "name": "Claire Martin" } }""");
        var both = Approval(oversight, ("Dr Paul Henry", "cme@h.example", "medical-lead"), ("Dr Paul Henry", "cme@h.example", "ai-lead"));

        // By default each required role (medical-lead, ai-lead) is filled by a different person.
        var governance = Parse("gov.json", GovernanceText);
        var refused = Register(governance, Approval(governance, Committee), oversight, both).StatusOf(oversight)!;
        Assert.False(refused.IsApproved);
        var problem = Assert.Single(refused.Problems);
        Assert.Equal((ApprovalProblemKind.SamePersonSeveralRoles, 1), (problem.Kind, problem.ApproverIndex));
        Assert.Contains("Dr Paul Henry approves as medical-lead and ai-lead", problem.Message);

        // A row that allows it lets the one person fill both roles.
        var allowing = Parse("gov.json", GovernanceText.Replace("\"roles\":", Row("\"oneHolderMayFillSeveralRoles\": true"), StringComparison.Ordinal));
        Assert.True(Register(allowing, Approval(allowing, Committee), oversight, both).IsApproved(oversight));

        // Even then a matrix that asks for two people (four eyes) is not met by one person in two roles.
        var foursome = Parse("gov.json", GovernanceText.Replace("\"roles\":", Row("\"oneHolderMayFillSeveralRoles\": true, \"minApprovers\": 2"), StringComparison.Ordinal));
        var register = Register(foursome, Approval(foursome, Committee), oversight, both);
        Assert.True(register.Governance.InForce);
        var status = register.StatusOf(oversight)!;
        Assert.False(status.IsApproved);
        Assert.Contains(status.Problems, p => p.Kind == ApprovalProblemKind.TooFewApprovers && p.Message.Contains("(2 entries, 1 distinct people)", StringComparison.Ordinal));
    }

    private static string Row(string settings) =>
        $$"""
        "approvalMatrix": [ { "kind": "HumanOversight", "requiredRoles": ["medical-lead", "ai-lead"], {{settings}} } ], "roles":
        """;

    [Fact]
    public void Other_artefacts_are_judged_by_the_holders_of_the_governance_in_force()
    {
        var governance = Parse("gov.json", GovernanceText);
        var notice = Parse("pn.json", """{ "kind": "PatientNotice", "id": "pn", "reviewDue": "2027-11-01", "owner": { "name": "Claire Martin" } }""");
        var byHolder = Register(governance, Approval(governance, Committee), notice, Approval(notice, ("Inès Roux", "dpo@h.example", "dpo")));
        var byStranger = Register(governance, Approval(governance, Committee), notice, Approval(notice, ("Nadia Benali", "dpo@h.example", "dpo")));

        Assert.True(byHolder.IsApproved(notice));
        Assert.Contains(byStranger.StatusOf(notice)!.Problems, p => p.Kind == ApprovalProblemKind.NotRoleHolder);
    }

    [Fact]
    public void A_governance_change_is_judged_by_the_holders_of_the_version_it_replaces()
    {
        var previous = Parse("gov.json", GovernanceText);
        var renamed = Parse("gov.json", GovernanceText.Replace("\"Inès Roux\", \"email\": \"dpo@h.example\"", "\"Eve Intruder\", \"email\": \"eve@h.example\"", StringComparison.Ordinal));
        var byNewHolder = Approval(renamed, Committee[0], ("Eve Intruder", "eve@h.example", "dpo"), Committee[2]);
        var byOldHolder = Approval(renamed, Committee);

        Assert.True(new ApprovalRegister([renamed, byNewHolder], Today, Grace).Governance.InForce); // no earlier version known: its own holders
        Assert.False(new ApprovalRegister([renamed, byNewHolder], Today, Grace, replacedGovernance: previous).Governance.InForce);
        Assert.True(new ApprovalRegister([renamed, byOldHolder], Today, Grace, replacedGovernance: previous).Governance.InForce);
    }

    [Fact]
    public void Without_roles_no_holder_is_checked()
    {
        var governance = Parse("gov.json", """{ "kind": "Governance", "id": "gov", "reviewDue": "2027-11-01" }""");
        Assert.True(Register(governance, Approval(governance, ("Anyone", null, "controller"), ("Someone", null, "dpo"), ("Other", null, "medical-lead"))).Governance.InForce);
    }
}
