using System.Text.Json;
using Policy.Core.Model;
using Policy.Kernel.Approvals;

namespace Policy.Core.PullRequests;

/// <summary>
/// The approval-review check: a pull request that adds or changes an Approval passes only when every
/// approver it names has approved the pull request on GitHub, with the account the Governance gives
/// that role holder (<c>roles.&lt;role&gt;.person.github</c> or the deputy's). The Governance read is the
/// base branch's, so a pull request cannot name the accounts that approve it.
/// </summary>
public static class ApprovalReview
{
    /// <summary>An approver of an Approval the pull request adds or changes.</summary>
    public sealed record Approver(string Approval, string Name, string Role, string? Email = null);

    /// <summary>One approver's verdict: satisfied or why not.</summary>
    public sealed record Verdict(Approver Approver, string? Account, bool Satisfied, string Why);

    public sealed record Result(IReadOnlyList<Verdict> Verdicts)
    {
        public bool Passed => Verdicts.All(v => v.Satisfied);
    }

    /// <summary>The approvers of an Approval artefact's JSON.</summary>
    public static IEnumerable<Approver> ApproversOf(JsonElement approval)
    {
        var id = approval.String("id") ?? "(no id)";
        foreach (var approver in approval.Items("approvers"))
        {
            if (approver.String("name") is { } name && approver.String("role") is { } role)
            {
                yield return new Approver(id, name, role, approver.String("email"));
            }
        }
    }

    /// <param name="approvers">The approvers of the Approvals the pull request adds or changes.</param>
    /// <param name="governance">The base branch's Governance artefact (its <c>roles</c>).</param>
    /// <param name="reviews">The pull request's reviews, as the API lists them.</param>
    /// <param name="headCommit">The pull request's head commit: an approval of an earlier commit does not count.</param>
    public static Result Decide(IEnumerable<Approver> approvers, JsonElement? governance, IReadOnlyList<PullRequestReview> reviews, string headCommit)
    {
        // A person's latest review that is not a mere comment is their current word (GitHub's own rule).
        var latest = reviews
            .Where(r => r.State is "APPROVED" or "CHANGES_REQUESTED" or "DISMISSED")
            .GroupBy(r => r.Author, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.SubmittedAt ?? DateTimeOffset.MinValue).ThenBy(r => r.Id).Last(), StringComparer.OrdinalIgnoreCase);
        var holders = governance is { } g ? RoleHolders.From(new ElementNode(g)) : null;
        var verdicts = new List<Verdict>();
        foreach (var approver in approvers)
        {
            // The kernel decides who the approver is (name, and e-mail when the Governance records one).
            var account = holders?.Match(new Policy.Kernel.Approvals.Approver(approver.Name, approver.Role) { Email = approver.Email })?.GitHub;
            verdicts.Add(account is null
                ? new Verdict(approver, null, false, $"the Governance on the base branch gives no GitHub account for {approver.Name} as {approver.Role} (roles.{CamelCase(approver.Role)}.person or .deputy, field `github`)")
                : !latest.TryGetValue(account, out var review) ? new Verdict(approver, account, false, $"@{account} has not approved the pull request")
                : review.State != "APPROVED" ? new Verdict(approver, account, false, $"@{account}'s latest review is {review.State.ToLowerInvariant().Replace('_', ' ')}")
                : !string.Equals(review.CommitId, headCommit, StringComparison.OrdinalIgnoreCase) ? new Verdict(approver, account, false, $"@{account} approved an earlier commit ({Short(review.CommitId)}), not the head {Short(headCommit)}")
                : new Verdict(approver, account, true, $"@{account} approved the head commit"));
        }

        return new Result(verdicts);
    }

    /// <summary>An approval role (<c>medical-lead</c>) as the Governance's role key (<c>medicalLead</c>).</summary>
    private static string CamelCase(string role)
    {
        var parts = role.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select((p, i) => i == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private static string Short(string? commit) => commit is { Length: >= 7 } ? commit[..7] : commit ?? "unknown";
}
