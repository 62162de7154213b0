using System.Text.Json;
using Policy.Core.PullRequests;

namespace Policy.Core.Tests.PullRequests;

/// <summary>The pull-request workflow's decisions, on recorded GitHub API responses (Recorded/).</summary>
public sealed class PullRequestDecisionTests
{
    private const string Head = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private const string Markdown = "## Policy diff: main → working tree\n\n| class | changes |\n";

    [Fact]
    public void The_first_diff_is_posted_as_a_new_comment_with_the_hidden_marker()
    {
        var decision = DiffComment.Decide(Comments("comments-none-of-ours.json"), governanceChange: true, Markdown);
        Assert.Equal((DiffComment.Action.Create, (long?)null), (decision.Action, decision.CommentId));
        Assert.StartsWith(DiffComment.Marker + "\n## Policy diff", decision.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_quoting_the_marker_does_not_make_their_comment_ours()
    {
        var decision = DiffComment.Decide(Comments("comments-none-of-ours.json"), governanceChange: false, Markdown);
        Assert.Equal(DiffComment.Action.None, decision.Action);
        Assert.Null(decision.Body);
    }

    [Fact]
    public void The_existing_comment_is_updated_in_place()
    {
        var decision = DiffComment.Decide(Comments("comments-with-diff.json"), governanceChange: true, Markdown + "| **weakens a safeguard** | 2 |\n");
        Assert.Equal((DiffComment.Action.Update, (long?)3001), (decision.Action, decision.CommentId));
    }

    [Fact]
    public void When_nothing_changes_any_more_the_comment_says_so_once()
    {
        var now = DiffComment.Decide(Comments("comments-with-diff.json"), governanceChange: false, Markdown);
        Assert.Equal((DiffComment.Action.Update, (long?)3001), (now.Action, now.CommentId));
        Assert.Contains(DiffComment.NoChangeText, now.Body, StringComparison.Ordinal);

        var again = DiffComment.Decide(Comments("comments-no-change-posted.json"), governanceChange: false, Markdown);
        Assert.Equal((DiffComment.Action.None, (long?)3001), (again.Action, again.CommentId));
    }

    [Fact]
    public void No_comment_is_created_when_no_artefact_ever_changed()
    {
        var decision = DiffComment.Decide([], governanceChange: false, Markdown);
        Assert.Equal(DiffComment.Action.None, decision.Action);
    }

    [Fact]
    public void Review_passes_when_every_approver_approved_the_head_with_the_governance_account()
    {
        var result = ApprovalReview.Decide(Approvers(("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")), Governance(), Reviews("reviews-both-approved.json"), Head);
        Assert.True(result.Passed, string.Join("; ", result.Verdicts.Select(v => v.Why)));
        Assert.Equal(["paul-henry-md", "sofia-rossi"], result.Verdicts.Select(v => v.Account));
    }

    [Fact]
    public void A_deputy_named_as_approver_is_mapped_to_the_deputys_account()
    {
        var result = ApprovalReview.Decide(Approvers(("Dr Léa Marchand", "medical-lead")), Governance(), Reviews("reviews-both-approved.json"), Head);
        var verdict = Assert.Single(result.Verdicts);
        Assert.Equal(("lea-marchand", false, "@lea-marchand has not approved the pull request"), (verdict.Account, verdict.Satisfied, verdict.Why));
    }

    [Fact]
    public void A_later_request_for_changes_overrides_an_approval()
    {
        var result = ApprovalReview.Decide(Approvers(("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")), Governance(), Reviews("reviews-changes-requested-later.json"), Head);
        Assert.False(result.Passed);
        Assert.Equal("@paul-henry-md's latest review is changes requested", result.Verdicts[0].Why);
        Assert.True(result.Verdicts[1].Satisfied);
    }

    [Fact]
    public void An_approval_of_an_earlier_commit_does_not_count()
    {
        var result = ApprovalReview.Decide(Approvers(("Dr Paul Henry", "medical-lead")), Governance(), Reviews("reviews-earlier-commit.json"), Head);
        Assert.Contains("approved an earlier commit (aaaaaaa), not the head bbbbbbb", Assert.Single(result.Verdicts).Why, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approver_without_an_account_or_not_the_role_holder_fails()
    {
        var result = ApprovalReview.Decide(Approvers(("Nadia Benali", "dpo"), ("Someone Else", "ai-lead")), Governance(), Reviews("reviews-both-approved.json"), Head);
        Assert.False(result.Passed);
        Assert.All(result.Verdicts, v => Assert.Null(v.Account));
        Assert.Contains("gives no GitHub account for Nadia Benali as dpo (roles.dpo.person or .deputy", result.Verdicts[0].Why, StringComparison.Ordinal);

        Assert.False(ApprovalReview.Decide(Approvers(("Dr Paul Henry", "medical-lead")), null, Reviews("reviews-both-approved.json"), Head).Passed);
    }

    [Fact]
    public void Approvers_are_read_from_an_approval_artefact()
    {
        var approval = JsonDocument.Parse("""{"id":"apr-ho","approvers":[{"name":"Dr Paul Henry","role":"medical-lead"},{"name":"Sofia Rossi"}]}""").RootElement;
        Assert.Equal([new ApprovalReview.Approver("apr-ho", "Dr Paul Henry", "medical-lead")], ApprovalReview.ApproversOf(approval));
    }

    private static IReadOnlyList<ApprovalReview.Approver> Approvers(params (string Name, string Role)[] approvers) =>
        approvers.Select(a => new ApprovalReview.Approver("apr-ho-ecg", a.Name, a.Role)).ToList();

    private static IReadOnlyList<IssueComment> Comments(string file) => GitHubRecords.Comments(Recorded(file));

    private static IReadOnlyList<PullRequestReview> Reviews(string file) => GitHubRecords.Reviews(Recorded(file));

    private static JsonElement Governance() => Recorded("governance-roles.json");

    private static JsonElement Recorded(string file) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "tests", "Policy.Core.Tests", "PullRequests", "Recorded", file))).RootElement;
}
