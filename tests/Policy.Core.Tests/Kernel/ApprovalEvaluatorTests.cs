using Policy.Core.Model;
using Policy.Kernel.Approvals;
using Policy.Kernel.Time;

namespace Policy.Core.Tests.Kernel;

public sealed class ApprovalEvaluatorTests
{
    private static readonly DateTime Today = new(2026, 11, 24);
    private static readonly IsoDuration Grace = IsoDuration.Parse("P30D")!.Value;
    private static readonly string TargetHash = TextContentHash.Of("{\"kind\":\"HumanOversight\",\"id\":\"ho-ecg\"}");

    private static ApprovalTarget Oversight() => new("HumanOversight", "ho-ecg", TargetHash)
    {
        OwnerName = "Claire Martin",
        ReviewDue = new DateTime(2027, 12, 1),
    };

    private static ApprovalRecord Approval(
        string? hash = null,
        string decision = "approved",
        DateTime? validUntil = null,
        DateTime? validFrom = null,
        params Approver[] approvers) =>
        new("app-ho-ecg", "HumanOversight", "ho-ecg", hash ?? TargetHash, decision)
        {
            ValidFrom = validFrom ?? new DateTime(2026, 10, 1),
            ValidUntil = validUntil ?? new DateTime(2027, 11, 30),
            Approvers = approvers.Length > 0 ? approvers : new[] { MedicalLead(), AiLead() },
        };

    private static Approver MedicalLead(string name = "Dr Paul Henry") => new(name, "medical-lead") { DecidedAt = new DateTime(2026, 10, 1) };

    private static Approver AiLead(string name = "Sofia Rossi") => new(name, "ai-lead") { DecidedAt = new DateTime(2026, 10, 2) };

    private static ApprovalStatus Evaluate(ApprovalTarget target, params ApprovalRecord[] approvals) =>
        ApprovalEvaluator.Evaluate(target, approvals, ApprovalMatrixDefaults.Entries, Today, Grace);

    private static void AssertOnly(ApprovalStatus status, ApprovalProblemKind kind)
    {
        Assert.False(status.IsApproved);
        Assert.Contains(status.Problems, p => p.Kind == kind);
    }

    [Fact]
    public void A_current_complete_approval_counts()
    {
        var status = Evaluate(Oversight(), Approval());

        Assert.True(status.IsApproved);
        Assert.Empty(status.Problems);
        Assert.Equal("app-ho-ecg", status.Approval!.Id);
    }

    [Fact]
    public void No_approval_is_reported_with_the_hash_to_approve()
    {
        var status = Evaluate(Oversight());

        AssertOnly(status, ApprovalProblemKind.NoApproval);
        Assert.Contains(TargetHash, status.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Approvals_of_other_targets_are_ignored()
    {
        var other = new ApprovalRecord("app-x", "HumanOversight", "ho-other", TargetHash, "approved") { Approvers = new[] { MedicalLead(), AiLead() } };

        AssertOnly(Evaluate(Oversight(), other), ApprovalProblemKind.NoApproval);
    }

    [Fact]
    public void An_edited_target_voids_its_approval()
    {
        var stale = Approval(hash: TextContentHash.Of("{\"kind\":\"HumanOversight\",\"id\":\"ho-ecg\",\"edited\":true}"));

        AssertOnly(Evaluate(Oversight(), stale), ApprovalProblemKind.StaleHash);
    }

    [Fact]
    public void Hash_comparison_ignores_hex_case()
    {
        Assert.True(Evaluate(Oversight(), Approval(hash: TargetHash.ToUpperInvariant().Replace("SHA256:", "sha256:", StringComparison.Ordinal))).IsApproved);
    }

    [Fact]
    public void A_rejection_is_not_an_approval()
    {
        AssertOnly(Evaluate(Oversight(), Approval(decision: "rejected")), ApprovalProblemKind.Rejected);
    }

    [Fact]
    public void Approved_with_conditions_counts()
    {
        Assert.True(Evaluate(Oversight(), Approval(decision: "approved-with-conditions")).IsApproved);
    }

    [Fact]
    public void An_expired_approval_does_not_count_but_one_expiring_today_does()
    {
        AssertOnly(Evaluate(Oversight(), Approval(validUntil: Today.AddDays(-1))), ApprovalProblemKind.Expired);
        Assert.True(Evaluate(Oversight(), Approval(validUntil: Today)).IsApproved);
    }

    [Fact]
    public void A_future_approval_does_not_count_yet()
    {
        AssertOnly(Evaluate(Oversight(), Approval(validFrom: Today.AddDays(1))), ApprovalProblemKind.NotYetValid);
    }

    [Fact]
    public void An_approval_valid_beyond_the_review_stays_in_force_until_the_review_is_overdue()
    {
        // A three-year approval of an artefact reviewed every year: not a defect by itself.
        var target = Oversight();
        target.ReviewDue = Today.AddDays(10);
        Assert.True(Evaluate(target, Approval(validUntil: Today.AddYears(3))).IsApproved);
    }

    [Fact]
    public void Within_the_grace_after_an_overdue_review_the_approval_still_counts()
    {
        var target = Oversight();
        target.ReviewDue = Today.AddDays(-30);
        Assert.True(Evaluate(target, Approval(validUntil: Today.AddYears(3))).IsApproved);
    }

    [Fact]
    public void Beyond_the_grace_the_approval_lapses_and_says_the_review_is_overdue()
    {
        var target = Oversight();
        target.ReviewDue = Today.AddDays(-31);
        var status = Evaluate(target, Approval(validUntil: Today.AddYears(3)));

        AssertOnly(status, ApprovalProblemKind.ReviewOverdue);
        var message = status.Problems.Single().Message;
        Assert.Contains("overdue", message, StringComparison.Ordinal);
        Assert.Contains(PolicyDate.Format(target.ReviewDue.Value), message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grace_is_calendar_wise_with_its_time_part()
    {
        var target = Oversight();
        target.ReviewDue = new DateTime(2026, 10, 24);
        var approval = Approval(validUntil: Today.AddYears(1));
        Assert.True(ApprovalEvaluator.Evaluate(target, [approval], ApprovalMatrixDefaults.Entries, Today, IsoDuration.Parse("P1M")!.Value).IsApproved);
        Assert.False(ApprovalEvaluator.Evaluate(target, [approval], ApprovalMatrixDefaults.Entries, Today, IsoDuration.Parse("P30D")!.Value).IsApproved);
        Assert.True(ApprovalEvaluator.Evaluate(target, [approval], ApprovalMatrixDefaults.Entries, Today, IsoDuration.Parse("P30DT24H")!.Value).IsApproved);
    }

    [Fact]
    public void Whichever_ends_first_is_reported_expiry_or_overdue_review()
    {
        var target = Oversight();
        target.ReviewDue = Today.AddDays(-100);
        AssertOnly(Evaluate(target, Approval(validUntil: Today.AddDays(-90))), ApprovalProblemKind.Expired);
        AssertOnly(Evaluate(target, Approval(validUntil: Today.AddDays(-10))), ApprovalProblemKind.ReviewOverdue);
    }

    [Fact]
    public void A_missing_required_role_voids_the_approval()
    {
        var status = Evaluate(Oversight(), Approval(approvers: MedicalLead()));

        AssertOnly(status, ApprovalProblemKind.MissingRole);
        Assert.Contains("ai-lead", status.Problems.Single(p => p.Kind == ApprovalProblemKind.MissingRole).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Alternative_roles_are_satisfied_by_either()
    {
        var flow = new ApprovalTarget("DataFlow", "df-ecg", TargetHash) { CarriesHealthData = true, OwnerName = "Owner" };
        ApprovalRecord FlowApproval(string second) => new("app-df", "DataFlow", "df-ecg", TargetHash, "approved")
        {
            Approvers = new[] { new Approver("Dana", "dpo"), new Approver("Chris", second) },
        };

        Assert.True(Evaluate(flow, FlowApproval("ciso")).IsApproved);
        Assert.True(Evaluate(flow, FlowApproval("cio")).IsApproved);
        AssertOnly(Evaluate(flow, FlowApproval("quality")), ApprovalProblemKind.MissingRole);
    }

    [Fact]
    public void Matrix_rows_apply_only_to_matching_risk_class()
    {
        ApprovalTarget Card(string risk) => new("SystemCard", "ecg", TargetHash) { RiskClass = risk, OwnerName = "Owner" };
        var single = new ApprovalRecord("app-card", "SystemCard", "ecg", TargetHash, "approved") { Approvers = new[] { AiLead() } };

        AssertOnly(Evaluate(Card("high-risk"), single), ApprovalProblemKind.MissingRole);
        Assert.True(Evaluate(Card("minimal"), single).IsApproved);
    }

    [Fact]
    public void Too_few_approvers_for_the_matrix_minimum()
    {
        var matrix = new[] { new ApprovalMatrixEntry("HumanOversight", new[] { "medical-lead" }) { MinApprovers = 3 } };

        var status = ApprovalEvaluator.Evaluate(Oversight(), new[] { Approval() }, matrix, Today, default);

        AssertOnly(status, ApprovalProblemKind.TooFewApprovers);
    }

    [Fact]
    public void The_owner_cannot_approve_their_own_artefact()
    {
        var status = Evaluate(Oversight(), Approval(approvers: new[] { MedicalLead("  claire   MARTIN "), AiLead() }));

        AssertOnly(status, ApprovalProblemKind.SelfApproval);
    }

    [Fact]
    public void Self_approval_is_detected_by_email_too()
    {
        var target = Oversight();
        target.OwnerEmail = "c.martin@chu.example";
        var approver = MedicalLead("C. Martin");
        approver.Email = "C.Martin@chu.example";

        AssertOnly(Evaluate(target, Approval(approvers: new[] { approver, AiLead() })), ApprovalProblemKind.SelfApproval);
    }

    [Fact]
    public void Self_approval_is_allowed_where_the_matrix_says_so()
    {
        var matrix = new[] { new ApprovalMatrixEntry("HumanOversight", new[] { "medical-lead" }) { ForbidOwnerSelfApproval = false } };

        var status = ApprovalEvaluator.Evaluate(Oversight(), new[] { Approval(approvers: MedicalLead("Claire Martin")) }, matrix, Today, default);

        Assert.True(status.IsApproved);
    }

    [Fact]
    public void An_overdue_condition_is_reported_without_voiding_the_approval()
    {
        var approval = Approval(decision: "approved-with-conditions");
        approval.Conditions = new[] { new ApprovalCondition("Train night-shift reviewers", Today.AddDays(-1)) };

        var status = Evaluate(Oversight(), approval);

        Assert.True(status.IsApproved);
        Assert.Equal(ApprovalProblemKind.ConditionOverdue, Assert.Single(status.Problems).Kind);
    }

    [Fact]
    public void A_condition_not_yet_due_is_quiet()
    {
        var approval = Approval(decision: "approved-with-conditions");
        approval.Conditions = new[] { new ApprovalCondition("Train night-shift reviewers", Today) };

        Assert.Empty(Evaluate(Oversight(), approval).Problems);
    }

    private static ApprovalTarget Dpia(DateTime? opinion) => new("Dpia", "dpia-ecg", TargetHash) { OwnerName = "Owner", DpoOpinionDate = opinion };

    private static ApprovalRecord DpiaApproval(IReadOnlyList<string> attestations) => new("app-dpia", "Dpia", "dpia-ecg", TargetHash, "approved")
    {
        Approvers = new[]
        {
            new Approver("Director", "controller") { DecidedAt = new DateTime(2026, 10, 5) },
            new Approver("Dana", "dpo") { DecidedAt = new DateTime(2026, 10, 5) },
        },
        Attestations = attestations,
    };

    [Fact]
    public void A_dpia_approval_needs_all_four_attestations()
    {
        AssertOnly(Evaluate(Dpia(new DateTime(2026, 10, 1)), DpiaApproval(ApprovalEvaluator.DpiaAttestations.Take(3).ToList())), ApprovalProblemKind.MissingAttestation);
        Assert.True(Evaluate(Dpia(new DateTime(2026, 10, 1)), DpiaApproval(ApprovalEvaluator.DpiaAttestations)).IsApproved);
    }

    [Fact]
    public void A_dpia_approval_needs_the_dpo_opinion_first()
    {
        AssertOnly(Evaluate(Dpia(null), DpiaApproval(ApprovalEvaluator.DpiaAttestations)), ApprovalProblemKind.DpoOpinionMissingOrLate);
        AssertOnly(Evaluate(Dpia(new DateTime(2026, 10, 6)), DpiaApproval(ApprovalEvaluator.DpiaAttestations)), ApprovalProblemKind.DpoOpinionMissingOrLate);
        Assert.True(Evaluate(Dpia(new DateTime(2026, 10, 5)), DpiaApproval(ApprovalEvaluator.DpiaAttestations)).IsApproved);
    }

    [Fact]
    public void A_valid_approval_wins_over_a_newer_stale_one()
    {
        var valid = Approval();
        var newerStale = new ApprovalRecord("app-ho-ecg-2", "HumanOversight", "ho-ecg", "sha256:00", "approved")
        {
            Approvers = new[] { new Approver("Dr Paul Henry", "medical-lead") { DecidedAt = new DateTime(2026, 11, 1) }, AiLead() },
        };

        var status = Evaluate(Oversight(), newerStale, valid);

        Assert.True(status.IsApproved);
        Assert.Equal("app-ho-ecg", status.Approval!.Id);
    }

    [Fact]
    public void When_nothing_counts_the_most_recent_approval_explains_why()
    {
        var older = Approval(validUntil: Today.AddDays(-10));
        var newer = new ApprovalRecord("app-ho-ecg-2", "HumanOversight", "ho-ecg", "sha256:00", "approved")
        {
            Approvers = new[] { new Approver("Dr Paul Henry", "medical-lead") { DecidedAt = new DateTime(2026, 11, 1) }, AiLead() },
        };

        var status = Evaluate(Oversight(), older, newer);

        Assert.False(status.IsApproved);
        Assert.Equal("app-ho-ecg-2", status.Approval!.Id);
        Assert.Contains(status.Problems, p => p.Kind == ApprovalProblemKind.StaleHash);
    }
}
