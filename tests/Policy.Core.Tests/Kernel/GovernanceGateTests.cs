using System.Text.Json;
using Policy.Core.Model;
using Policy.Kernel.Approvals;
using Policy.Kernel.Artefacts;
using Policy.Kernel.Governance;
using Policy.Kernel.Json;
using Policy.Kernel.Time;

namespace Policy.Core.Tests.Kernel;

/// <summary>The Governance's matrix, grace, thresholds and analyzer settings apply only once it is itself approved.</summary>
public sealed class GovernanceGateTests
{
    private static readonly DateTime Today = new(2026, 11, 25);
    private static readonly IsoDuration ShippedGrace = IsoDuration.Parse("P30D")!.Value;

    private const string GovernanceText = """
        {
          "kind": "Governance", "id": "gov", "version": "1.0.0", "reviewDue": "2027-11-01",
          "owner": { "name": "Ines Moreau" },
          "approvalMatrix": [ { "kind": "DataFlow", "requiredRoles": ["quality"] } ],
          "policies": { "approvalGraceAfterReviewDue": "P2M", "logRetentionMin": "P1Y" },
          "x-analyzers": { "sanitizers": ["Deid.Scrub"], "healthClassifications": { "Contoso.Phi": "health.diagnosis", "Contoso.Any": true } }
        }
        """;

    [Fact]
    public void Without_a_governance_the_defaults_apply()
    {
        var gate = new ApprovalRegister([], Today, ShippedGrace).Governance;

        Assert.False(gate.InForce);
        Assert.Same(ApprovalMatrixDefaults.Entries, gate.Matrix);
        Assert.Equal(ShippedGrace, gate.Grace);
        Assert.Null(gate.Policies);
        Assert.Empty(AnalyzerSettings.From(gate).Sanitizers);
    }

    [Fact]
    public void An_unapproved_governance_changes_nothing()
    {
        var gate = new ApprovalRegister([View.Of(GovernanceText)], Today, ShippedGrace).Governance;

        Assert.False(gate.InForce);
        Assert.Contains(gate.Status!.Problems, p => p.Kind == ApprovalProblemKind.NoApproval);
        Assert.Same(ApprovalMatrixDefaults.Entries, gate.Matrix);
        Assert.Equal(ShippedGrace, gate.Grace);
        Assert.Null(gate.Policies);
        Assert.Null(gate.AnalyzerSettings);
        var settings = AnalyzerSettings.From(gate);
        Assert.Empty(settings.Sanitizers);
        Assert.Empty(settings.HealthClassifications);
    }

    [Fact]
    public void An_approved_governance_applies_its_matrix_grace_thresholds_and_analyzer_settings()
    {
        var governance = View.Of(GovernanceText);
        var gate = new ApprovalRegister([governance, Approval(governance, "controller", "dpo", "medical-lead")], Today, ShippedGrace).Governance;

        Assert.True(gate.InForce);
        Assert.Equal("quality", Assert.Single(gate.Matrix).RequiredRoles.Single());
        Assert.Equal(IsoDuration.Parse("P2M"), gate.Grace);
        Assert.Equal("P1Y", gate.Policies.StringAt("logRetentionMin"));
        var settings = AnalyzerSettings.From(gate);
        Assert.Equal(["Deid.Scrub"], settings.Sanitizers);
        Assert.Equal("health.diagnosis", settings.HealthClassifications["Contoso.Phi"]);
        Assert.Equal(DataCategories.HealthRoot, settings.HealthClassifications["Contoso.Any"]);
    }

    [Fact]
    public void An_approved_governance_without_a_matrix_keeps_the_default_matrix()
    {
        var governance = View.Of("""{ "kind": "Governance", "id": "gov", "reviewDue": "2027-11-01" }""");
        var gate = new ApprovalRegister([governance, Approval(governance, "controller", "dpo", "medical-lead")], Today, ShippedGrace).Governance;

        Assert.True(gate.InForce);
        Assert.Same(ApprovalMatrixDefaults.Entries, gate.Matrix);
        Assert.Equal(ShippedGrace, gate.Grace);
    }

    [Fact]
    public void A_governance_row_for_itself_can_add_a_role_but_never_remove_one()
    {
        var stricter = View.Of("""{ "kind": "Governance", "id": "gov", "reviewDue": "2027-11-01", "approvalMatrix": [ { "kind": "Governance", "requiredRoles": ["ciso"] } ] }""");
        Assert.False(new ApprovalRegister([stricter, Approval(stricter, "controller", "dpo", "medical-lead")], Today, ShippedGrace).Governance.InForce);
        Assert.True(new ApprovalRegister([stricter, Approval(stricter, "controller", "dpo", "medical-lead", "ciso")], Today, ShippedGrace).Governance.InForce);

        var looser = View.Of("""{ "kind": "Governance", "id": "gov", "reviewDue": "2027-11-01", "approvalMatrix": [ { "kind": "Governance", "requiredRoles": ["quality"], "minApprovers": 1 } ] }""");
        Assert.False(new ApprovalRegister([looser, Approval(looser, "quality")], Today, ShippedGrace).Governance.InForce);
    }

    [Fact]
    public void The_first_governance_in_file_order_is_the_one_judged()
    {
        var first = View.Of("""{ "kind": "Governance", "id": "gov-a", "reviewDue": "2027-11-01" }""");
        var second = View.Of("""{ "kind": "Governance", "id": "gov-b", "reviewDue": "2027-11-01" }""");
        var register = new ApprovalRegister([first, second, Approval(second, "controller", "dpo", "medical-lead")], Today, ShippedGrace);

        Assert.Same(first, register.Governance.Governance);
        Assert.False(register.Governance.InForce);
        Assert.Same(register.Governance.Status, register.StatusOf(first));
    }

    [Fact]
    public void Approvals_have_no_verdict_and_the_first_approval_of_an_id_counts()
    {
        var card = View.Of("""{ "kind": "SystemCard", "id": "card", "reviewDue": "2027-11-01", "aiAct": { "riskClass": "minimal" } }""");
        var good = Approval(card, "ai-lead");
        var shadow = View.Of($$"""{ "kind": "Approval", "id": "apr-card", "target": { "kind": "SystemCard", "id": "card", "sha256": "sha256:00" }, "decision": "approved", "approvers": [] }""");
        var register = new ApprovalRegister([card, good, shadow], Today, ShippedGrace);

        Assert.Null(register.StatusOf(good));
        Assert.Same(good, register.ApprovalArtefact("apr-card"));
        Assert.True(register.IsApproved(card));
    }

    private static IArtefactView Approval(IArtefactView target, params string[] roles)
    {
        var approvers = string.Join(", ", roles.Select((r, i) => $$"""{ "name": "Person {{i}}", "role": "{{r}}", "decidedAt": "2026-11-01" }"""));
        return View.Of($$"""
            { "kind": "Approval", "id": "apr-{{target.Id}}", "target": { "kind": "{{target.Kind}}", "id": "{{target.Id}}", "sha256": "{{target.ContentHash}}" },
              "decision": "approved", "approvers": [ {{approvers}} ], "validFrom": "2026-11-01", "validUntil": "2027-11-01" }
            """);
    }

    /// <summary>An artefact as the CLI sees it, without a file.</summary>
    private sealed class View : IArtefactView
    {
        private View(JsonDocument document)
        {
            Root = new ElementNode(document.RootElement);
            Kind = Root.StringAt("kind")!;
            Id = Root.StringAt("id")!;
            ContentHash = global::Policy.Kernel.Hashing.ContentHash.Compute(Root);
        }

        public string Kind { get; }

        public string Id { get; }

        public IJsonNode Root { get; }

        public string? ContentHash { get; }

        public static View Of(string json) => new(JsonDocument.Parse(json));
    }
}
