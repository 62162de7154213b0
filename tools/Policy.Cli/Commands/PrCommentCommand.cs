using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Policy.Core.PullRequests;

namespace Policy.Cli.Commands;

/// <summary>
/// `policy pr comment`: whether to create, update or leave the pull request's one diff comment, and
/// its body. Prints <c>{"action": "create|update|none", "commentId": …, "why": …}</c>.
/// </summary>
public sealed class PrCommentCommand : Command
{
    private readonly CliEnvironment environment;

    public PrCommentCommand(CliEnvironment environment)
        : base("comment", "Decide the pull request's diff comment from its comments (API JSON) and the diff report.")
    {
        this.environment = environment;
        foreach (var option in new Option[] { Comments, DiffJson, Markdown, BodyOut })
        {
            Add(option);
        }

        SetAction(Run);
    }

    internal Option<string> Comments { get; } = new("--comments") { Description = "The pull request's comments: GET /repos/{owner}/{repo}/issues/{number}/comments, saved as JSON.", Required = true };

    internal Option<string> DiffJson { get; } = new("--diff-json") { Description = "The report of `policy diff --format json`.", Required = true };

    internal Option<string> Markdown { get; } = new("--markdown") { Description = "The report of `policy diff --format markdown`.", Required = true };

    internal Option<string> BodyOut { get; } = new("--body-out") { Description = "Where to write the comment's body when one is to be posted.", Required = true };

    private int Run(ParseResult result)
    {
        if (PullRequestCommand.ReadJson(environment, Name, result.GetValue(Comments)!) is not { } comments
            || PullRequestCommand.ReadJson(environment, Name, result.GetValue(DiffJson)!) is not { } diff)
        {
            return ExitCodes.UsageOrIoError;
        }

        string markdown;
        try
        {
            markdown = File.ReadAllText(environment.FullPath(result.GetValue(Markdown)!));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"policy pr comment: cannot read '{result.GetValue(Markdown)}': {error.Message}");
            return ExitCodes.UsageOrIoError;
        }

        var decision = DiffComment.Decide(GitHubRecords.Comments(comments), HasGovernanceChange(diff), markdown);
        if (decision.Body is not null)
        {
            try
            {
                File.WriteAllText(environment.FullPath(result.GetValue(BodyOut)!), decision.Body, new System.Text.UTF8Encoding(false));
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                environment.Error.WriteLine($"policy pr comment: cannot write '{result.GetValue(BodyOut)}': {error.Message}");
                return ExitCodes.UsageOrIoError;
            }
        }

        environment.Out.WriteLine(Json(decision));
        return ExitCodes.Clean;
    }

    /// <summary>The decision on one line (a JSON node, not the reflection-based serializer, which Native AOT disables).</summary>
    internal static string Json(DiffComment.Decision decision) => new JsonObject
    {
        ["action"] = decision.Action.ToString().ToLowerInvariant(),
        ["commentId"] = decision.CommentId,
        ["why"] = decision.Why,
    }.ToJsonString();

    private static bool HasGovernanceChange(JsonElement diff) =>
        new[] { "changes", "approvalsInvalidated", "findingsIntroduced", "findingsResolved" }
            .Any(name => diff.ValueKind == JsonValueKind.Object && diff.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0);
}
