using System.Text.Json;
using Policy.Core.Model;

namespace Policy.Core.PullRequests;

/// <summary>One comment of a pull request, as the GitHub REST API lists it (<c>GET /repos/{o}/{r}/issues/{n}/comments</c>).</summary>
public sealed record IssueComment(long Id, string Author, bool ByBot, string Body);

/// <summary>One review of a pull request (<c>GET /repos/{o}/{r}/pulls/{n}/reviews</c>): who, what state, on which commit.</summary>
public sealed record PullRequestReview(long Id, string Author, string State, string? CommitId, DateTimeOffset? SubmittedAt);

/// <summary>Reads the API's JSON arrays; entries without the fields a decision needs are skipped.</summary>
public static class GitHubRecords
{
    public static IReadOnlyList<IssueComment> Comments(JsonElement array) =>
        Items(array).Select(c => c.Property("id")?.TryGetInt64(out var id) == true && c.String("user", "login") is { } login
                ? new IssueComment(id, login, c.String("user", "type") == "Bot", c.String("body") ?? string.Empty)
                : null)
            .OfType<IssueComment>()
            .ToList();

    public static IReadOnlyList<PullRequestReview> Reviews(JsonElement array) =>
        Items(array).Select(r => r.Property("id")?.TryGetInt64(out var id) == true && r.String("user", "login") is { } login && r.String("state") is { } state
                ? new PullRequestReview(id, login, state, r.String("commit_id"), DateTimeOffset.TryParse(r.String("submitted_at"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : null)
                : null)
            .OfType<PullRequestReview>()
            .ToList();

    private static IEnumerable<JsonElement> Items(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object) : [];
}
