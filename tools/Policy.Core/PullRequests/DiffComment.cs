namespace Policy.Core.PullRequests;

/// <summary>
/// The one pull-request comment that carries `policy diff`, found by a hidden marker and updated in
/// place: created when absent, updated when present, turned into "no governance change" when the pull
/// request no longer changes any artefact in meaning, and never created for a pull request that never did.
/// </summary>
public static class DiffComment
{
    /// <summary>The hidden marker (an HTML comment GitHub does not show) that identifies the comment.</summary>
    public const string Marker = "<!-- policy-diff -->";

    public const string NoChangeText = "**No governance change.** This pull request no longer changes any policy artefact in meaning.";

    public enum Action
    {
        /// <summary>Post a new comment.</summary>
        Create,

        /// <summary>Edit the existing comment.</summary>
        Update,

        /// <summary>Nothing to do: no comment is due, or the existing one already says this.</summary>
        None,
    }

    public sealed record Decision(Action Action, long? CommentId, string? Body, string Why);

    /// <param name="comments">The pull request's comments, in the API's order (oldest first).</param>
    /// <param name="governanceChange">Whether the diff has anything for the committee (changes, approvals voided, findings).</param>
    /// <param name="markdown">The diff's Markdown report.</param>
    public static Decision Decide(IReadOnlyList<IssueComment> comments, bool governanceChange, string markdown)
    {
        // Only a bot's comment counts: a person quoting the marker must not have their comment taken over.
        var existing = comments.FirstOrDefault(c => c.ByBot && c.Body.Contains(Marker, StringComparison.Ordinal));
        var body = Marker + "\n" + (governanceChange ? markdown.TrimEnd() : NoChangeText) + "\n";
        if (existing is null)
        {
            return governanceChange
                ? new Decision(Action.Create, null, body, "no diff comment yet; this pull request changes governance artefacts")
                : new Decision(Action.None, null, null, "no artefact changed in meaning and no diff comment was ever posted");
        }

        if (Normalise(existing.Body) == Normalise(body))
        {
            return new Decision(Action.None, existing.Id, null, "the diff comment already says this");
        }

        return new Decision(Action.Update, existing.Id, body, governanceChange ? "the diff changed" : "the pull request no longer changes governance artefacts");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}
