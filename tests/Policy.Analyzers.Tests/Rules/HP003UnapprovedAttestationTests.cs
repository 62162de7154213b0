using Policy.Analyzers.Tests.Infrastructure;
using Policy.Analyzers.Json;
using Policy.Kernel.Hashing;
using VerifyHP003 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.UnapprovedAttestationAnalyzer>;

namespace Policy.Analyzers.Tests.Rules;

public class HP003UnapprovedAttestationTests
{
    private const string Code = """
        using Policy.Annotations;
        class Uploader
        {
            [{|HP003:DataFlow("df-ecg-cloud")|}]
            void Upload() { }
        }
        """;

    private const string QuietCode = """
        using Policy.Annotations;
        class Uploader
        {
            [DataFlow("df-ecg-cloud")]
            void Upload() { }
        }
        """;

    [Theory]
    [InlineData(ApprovalState.None)]
    [InlineData(ApprovalState.Stale)]
    [InlineData(ApprovalState.Expired)]
    [InlineData(ApprovalState.WrongRoles)]
    public async Task Data_flow_that_is_not_approved_fires_on_the_attribute(ApprovalState state)
    {
        var repo = new PolicyRepo().DataFlow("df-ecg-cloud", new[] { "health.observation" }, approval: state);
        await VerifyHP003.RunAsync(Code, repo);
    }

    [Fact]
    public async Task Approved_data_flow_is_quiet()
    {
        var repo = new PolicyRepo().DataFlow("df-ecg-cloud", new[] { "health.observation" });
        await VerifyHP003.RunAsync(QuietCode, repo);
    }

    // A Governance matrix that asks only the quality manager to approve data flows: in force only once
    // the Governance itself is approved, as the CLI decides (XR-GOV-01).
    private const string QualityOnlyMatrix = "\"approvalMatrix\": [ { \"kind\": \"DataFlow\", \"requiredRoles\": [\"quality\"] } ]";

    [Fact]
    public async Task An_unapproved_governance_matrix_is_not_applied()
    {
        var repo = new PolicyRepo()
            .Governance(QualityOnlyMatrix, approved: false)
            .DataFlow("df-ecg-cloud", new[] { "health.observation" }, approval: ApprovalState.WrongRoles);
        await VerifyHP003.RunAsync(Code, repo);
    }

    [Fact]
    public async Task An_approved_governance_matrix_is_applied()
    {
        var repo = new PolicyRepo()
            .Governance(QualityOnlyMatrix, approved: true)
            .DataFlow("df-ecg-cloud", new[] { "health.observation" }, approval: ApprovalState.WrongRoles);
        await VerifyHP003.RunAsync(QuietCode, repo);
    }

    // The fixtures' approvers are "Approver N"; this Governance names them as the holders of the roles they approve in.
    private static string Holders(string cio) => $$"""
        "roles": {
            "controller": { "person": { "name": "Approver 0" } }, "dpo": { "person": { "name": "Approver 1" } },
            "medicalLead": { "person": { "name": "Approver 2" }, "deputy": { "name": "Approver 3" } },
            "aiLead": { "person": { "name": "Approver 0" } }, "cio": { "person": { "name": "{{cio}}" } } }
        """;

    [Fact]
    public async Task Approvers_who_hold_their_roles_in_the_governance_approve()
    {
        var repo = new PolicyRepo().Governance(Holders("Approver 2"), approved: true).DataFlow("df-ecg-cloud", new[] { "health.observation" });
        await VerifyHP003.RunAsync(QuietCode, repo);
    }

    [Fact]
    public async Task An_approver_who_does_not_hold_the_role_does_not_approve_as_the_cli_decides()
    {
        var repo = new PolicyRepo().Governance(Holders("Someone Else"), approved: true).DataFlow("df-ecg-cloud", new[] { "health.observation" });
        await VerifyHP003.RunAsync(Code, repo);
    }

    [Fact]
    public async Task An_approval_running_past_a_review_not_yet_overdue_still_counts()
    {
        // Fixtures: reviewDue 2027-01-01, approval valid until 2026-12-31, today 2026-03-01; the review comes after the approval ends.
        var repo = new PolicyRepo().DataFlow("df-ecg-cloud", new[] { "health.observation" });
        var index = repo.Files.FindIndex(f => f.Path.EndsWith("df-ecg-cloud.approval.json", StringComparison.Ordinal));
        repo.Files[index] = (repo.Files[index].Path, repo.Files[index].Text.Replace("2026-12-31", "2029-12-31"));
        await VerifyHP003.RunAsync(QuietCode, repo);
    }

    [Theory]
    [InlineData("2026-02-01", false)] // 28 days overdue: within the shipped grace of P30D
    [InlineData("2026-01-15", true)]  // 45 days overdue: the approval lapsed
    public async Task An_overdue_review_voids_the_approval_beyond_the_grace(string reviewDue, bool fires)
    {
        var repo = new PolicyRepo().DataFlow("df-ecg-cloud", new[] { "health.observation" }, approval: ApprovalState.None);
        var flow = repo.Files.FindIndex(f => f.Path.EndsWith("df-ecg-cloud.json", StringComparison.Ordinal));
        var text = repo.Files[flow].Text.Replace("2027-01-01", reviewDue);
        repo.Files[flow] = (repo.Files[flow].Path, text);
        repo.Raw("approvals/df-ecg-cloud.approval.json", ApprovalOf(text).Replace("2026-12-31", "2029-12-31"));
        await VerifyHP003.RunAsync(fires ? Code : QuietCode, repo);
    }

    private static string ApprovalOf(string flowText)
    {
        var sha = ContentHash.Compute(JsonReader.Parse(flowText));
        return $$"""
            {
              "kind": "Approval",
              "id": "apr-df-ecg-cloud",
              "target": { "kind": "DataFlow", "id": "df-ecg-cloud", "version": "1.0.0", "sha256": "{{sha}}" },
              "decision": "approved",
              "approvers": [ { "name": "Ana Dpo", "role": "dpo", "decidedAt": "2025-12-01" }, { "name": "Carl Cio", "role": "cio", "decidedAt": "2025-12-01" } ],
              "validFrom": "2025-12-01",
              "validUntil": "2026-12-31"
            }
            """;
    }

    [Fact]
    public async Task Reformatting_an_approved_file_keeps_it_approved()
    {
        var repo = new PolicyRepo().DataFlow("df-ecg-cloud", new[] { "health.observation" });
        var index = repo.Files.FindIndex(f => f.Path.EndsWith("df-ecg-cloud.json", StringComparison.Ordinal));
        var reformatted = repo.Files[index].Text.Replace("\n  ", "\n        ");
        Assert.NotEqual(repo.Files[index].Text, reformatted);
        Assert.Equal(ContentHash.Compute(JsonReader.Parse(repo.Files[index].Text)), ContentHash.Compute(JsonReader.Parse(reformatted)));
        repo.Files[index] = (repo.Files[index].Path, reformatted);
        await VerifyHP003.RunAsync(QuietCode, repo);
    }

    [Fact]
    public async Task Changing_the_meaning_of_an_approved_file_voids_the_approval()
    {
        var repo = new PolicyRepo().DataFlow("df-ecg-cloud", new[] { "health.observation" });
        var index = repo.Files.FindIndex(f => f.Path.EndsWith("df-ecg-cloud.json", StringComparison.Ordinal));
        repo.Files[index] = (repo.Files[index].Path, repo.Files[index].Text.Replace("health.observation", "health.record"));
        await VerifyHP003.RunAsync(Code, repo);
    }

    [Fact]
    public async Task Unapproved_system_card_and_oversight_fire_too()
    {
        const string code = """
            using Policy.Annotations;
            [assembly: {|HP003:AiSystem("ecg-assist")|}]
            [{|HP003:HumanOversight("ho-review")|}]
            class Triage { }
            """;
        var repo = new PolicyRepo()
            .SystemCard("ecg-assist", approval: ApprovalState.WrongRoles)
            .HumanOversight("ho-review", new[] { ("triage", true, "in-the-loop") }, approval: ApprovalState.Expired);
        await VerifyHP003.RunAsync(code, repo);
    }

    [Fact]
    public async Task Unknown_ids_are_left_to_HP002()
    {
        const string code = """
            using Policy.Annotations;
            class Uploader
            {
                [DataFlow("df-missing")]
                void Upload() { }
            }
            """;
        await VerifyHP003.RunAsync(code, new PolicyRepo().DataFlow("df-ecg-cloud", new[] { "health.observation" }, approval: ApprovalState.None));
    }
}
