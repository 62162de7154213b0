using System.CommandLine;
using System.Text.Json;
using Policy.Core.PullRequests;

namespace Policy.Cli.Commands;

/// <summary>
/// `policy pr approvals`: the approval-review check. Exit 0 when every approver of every Approval the
/// pull request adds or changes approved its head commit with the GitHub account the base Governance
/// gives them (or when it touches no Approval), 1 otherwise, 2 on bad input.
/// </summary>
public sealed class PrApprovalsCommand : Command
{
    private readonly CliEnvironment environment;

    public PrApprovalsCommand(CliEnvironment environment)
        : base("approvals", "Check that the approvers of the Approvals a pull request adds or changes approved it on GitHub.")
    {
        this.environment = environment;
        foreach (var option in new Option[] { DiffJson, Governance, Reviews, HeadSha, Root })
        {
            Add(option);
        }

        SetAction(Run);
    }

    internal Option<string> DiffJson { get; } = new("--diff-json") { Description = "The report of `policy diff --format json` (base: the pull request's base; head: its head).", Required = true };

    internal Option<string?> Governance { get; } = new("--governance") { Description = "The base branch's Governance artefact (for example `git show BASE:policies/governance.json`); none means no account is known." };

    internal Option<string> Reviews { get; } = new("--reviews") { Description = "The pull request's reviews: GET /repos/{owner}/{repo}/pulls/{number}/reviews, saved as JSON.", Required = true };

    internal Option<string> HeadSha { get; } = new("--head-sha") { Description = "The pull request's head commit.", Required = true };

    internal Option<string?> Root { get; } = new("--root") { Description = "The checkout of the head commit (default: the current folder); the diff's file paths are relative to it." };

    private int Run(ParseResult result)
    {
        if (PullRequestCommand.ReadJson(environment, Name, result.GetValue(DiffJson)!) is not { } diff
            || PullRequestCommand.ReadJson(environment, Name, result.GetValue(Reviews)!) is not { } reviews)
        {
            return ExitCodes.UsageOrIoError;
        }

        JsonElement? governance = null;
        if (result.GetValue(Governance) is { } governancePath && new FileInfo(environment.FullPath(governancePath)) is { Exists: true, Length: > 0 })
        {
            governance = PullRequestCommand.ReadJson(environment, Name, governancePath);
            if (governance is null)
            {
                return ExitCodes.UsageOrIoError;
            }
        }

        var root = environment.FullPath(result.GetValue(Root) ?? ".");
        var approvers = new List<ApprovalReview.Approver>();
        foreach (var file in ChangedApprovalFiles(diff))
        {
            var approval = PullRequestCommand.ReadJson(environment, Name, Path.Combine(root, file));
            if (approval is null)
            {
                return ExitCodes.UsageOrIoError;
            }

            approvers.AddRange(ApprovalReview.ApproversOf(approval.Value));
        }

        if (approvers.Count == 0)
        {
            environment.Out.WriteLine("policy pr approvals: the pull request adds or changes no Approval; nothing to check.");
            return ExitCodes.Clean;
        }

        var decision = ApprovalReview.Decide(approvers, governance, GitHubRecords.Reviews(reviews), result.GetValue(HeadSha)!);
        foreach (var verdict in decision.Verdicts)
        {
            environment.Out.WriteLine($"{(verdict.Satisfied ? "ok" : "missing")}: Approval '{verdict.Approver.Approval}', {verdict.Approver.Name} ({verdict.Approver.Role}): {verdict.Why}");
        }

        return decision.Passed ? ExitCodes.Clean : ExitCodes.Findings;
    }

    /// <summary>The files of the Approvals the diff shows added or changed (a move alone changes no decision).</summary>
    private static IEnumerable<string> ChangedApprovalFiles(JsonElement diff) =>
        diff.TryGetProperty("changes", out var changes) && changes.ValueKind == JsonValueKind.Array
            ? changes.EnumerateArray()
                .Where(c => c.GetProperty("kind").GetString() == "Approval" && c.GetProperty("change").GetString() is "added" or "modified")
                .Select(c => c.GetProperty("file").GetString()!)
                .Distinct(StringComparer.Ordinal)
            : [];
}
