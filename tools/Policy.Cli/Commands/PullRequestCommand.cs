using System.CommandLine;
using System.Text.Json;

namespace Policy.Cli.Commands;

/// <summary>
/// `policy pr …`: the decisions of the pull-request workflow (.github/actions/policy), made from the
/// GitHub API's JSON that the workflow saved to files, so they are tested on recorded responses. The
/// workflow itself only fetches and posts.
/// </summary>
public sealed class PullRequestCommand : Command
{
    public PullRequestCommand(CliEnvironment environment)
        : base("pr", "Decisions of the pull-request workflow, from saved GitHub API responses.")
    {
        Add(new PrCommentCommand(environment));
        Add(new PrApprovalsCommand(environment));
    }

    /// <summary>Reads a JSON file for a `policy pr` command; null with the message written when it cannot.</summary>
    internal static JsonElement? ReadJson(CliEnvironment environment, string command, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(environment.FullPath(path)));
            return document.RootElement.Clone();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
        {
            environment.Error.WriteLine($"policy pr {command}: cannot read '{path}' as JSON: {error.Message}");
            return null;
        }
    }
}
