using System.Text.Json.Nodes;
using Policy.Core.PullRequests;
using Policy.Core.Tests;
using Policy.Core.Tests.Fixtures;

namespace Policy.Cli.Tests;

/// <summary>`policy pr comment` and `policy pr approvals` as the workflows call them, on recorded API responses.</summary>
public sealed class PullRequestCommandTests : IDisposable
{
    private const string Head = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private static readonly string Recorded = Path.Combine(TestPaths.RepositoryRoot, "tests", "Policy.Core.Tests", "PullRequests", "Recorded");
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void Comment_decides_an_update_and_writes_the_body_with_the_marker()
    {
        repository.Write("diff.json", """{"base":"main","head":"working tree","changes":[{"kind":"DataFlow"}],"approvalsInvalidated":[],"findingsIntroduced":[],"findingsResolved":[]}""");
        repository.Write("diff.md", "## Policy diff: main → working tree\n");
        var result = CliRunner.Run(repository.Root, "pr", "comment", "--comments", Path.Combine(Recorded, "comments-with-diff.json"), "--diff-json", "diff.json", "--markdown", "diff.md", "--body-out", "body.md");
        Assert.Equal(0, result.ExitCode);
        var decision = JsonNode.Parse(result.Out)!;
        Assert.Equal(("update", 3001L), (decision["action"]!.GetValue<string>(), decision["commentId"]!.GetValue<long>()));
        Assert.Equal("<!-- policy-diff -->\n## Policy diff: main → working tree\n", File.ReadAllText(repository.FullPath("body.md")));
    }

    [Fact]
    public void Comment_posts_nothing_when_no_artefact_ever_changed()
    {
        repository.Write("diff.json", """{"changes":[],"approvalsInvalidated":[],"findingsIntroduced":[],"findingsResolved":[]}""");
        repository.Write("diff.md", "## Policy diff\n");
        repository.Write("comments.json", "[]");
        var result = CliRunner.Run(repository.Root, "pr", "comment", "--comments", "comments.json", "--diff-json", "diff.json", "--markdown", "diff.md", "--body-out", "body.md");
        Assert.Equal("none", JsonNode.Parse(result.Out)!["action"]!.GetValue<string>());
        Assert.False(File.Exists(repository.FullPath("body.md")));
    }

    [Theory]
    [InlineData(DiffComment.Action.Update, 3001L)]
    [InlineData(DiffComment.Action.None, null)]
    public void Comment_prints_the_decision_as_the_reflection_serializer_did(DiffComment.Action action, long? commentId)
    {
        var decision = new DiffComment.Decision(action, commentId, null, "é <b> & 'x' + \" \\ \n 🩺");
        var reflection = new System.Text.Json.JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
        var expected = System.Text.Json.JsonSerializer.Serialize(
            new Dictionary<string, object?> { ["action"] = action.ToString().ToLowerInvariant(), ["commentId"] = commentId, ["why"] = decision.Why }, reflection);
        Assert.Equal(expected, Policy.Cli.Commands.PrCommentCommand.Json(decision));
    }

    [Theory]
    [InlineData("reviews-both-approved.json", 0, "ok: Approval 'apr-ho', Dr Paul Henry (medical-lead): @paul-henry-md approved the head commit")]
    [InlineData("reviews-changes-requested-later.json", 1, "missing: Approval 'apr-ho', Dr Paul Henry (medical-lead): @paul-henry-md's latest review is changes requested")]
    public void Approvals_pass_only_when_the_named_approvers_approved(string reviews, int exitCode, string line)
    {
        repository.Artefact("approvals/ho.json", Artefacts.Approval("apr-ho", "HumanOversight", "ho-ecg", "sha256:" + new string('0', 64), ("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")));
        repository.Write("diff.json", """{"changes":[{"kind":"Approval","id":"apr-ho","file":"policies/approvals/ho.json","change":"modified"},{"kind":"HumanOversight","id":"ho-ecg","file":"policies/ho.json","change":"modified"}]}""");
        var result = CliRunner.Run(repository.Root, "pr", "approvals", "--diff-json", "diff.json", "--governance", Path.Combine(Recorded, "governance-roles.json"), "--reviews", Path.Combine(Recorded, reviews), "--head-sha", Head);
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(line, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Approvals_have_nothing_to_check_when_no_approval_changed_and_bad_input_exits_2()
    {
        repository.Write("diff.json", """{"changes":[{"kind":"Approval","id":"apr-ho","file":"policies/approvals/ho.json","change":"moved"}]}""");
        repository.Write("reviews.json", "[]");
        Assert.Equal(0, CliRunner.Run(repository.Root, "pr", "approvals", "--diff-json", "diff.json", "--reviews", "reviews.json", "--head-sha", Head).ExitCode);

        repository.Write("broken.json", "{ not json");
        var broken = CliRunner.Run(repository.Root, "pr", "approvals", "--diff-json", "broken.json", "--reviews", "reviews.json", "--head-sha", Head);
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("cannot read 'broken.json' as JSON", broken.Error, StringComparison.Ordinal);
    }
}
