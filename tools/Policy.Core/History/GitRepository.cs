using System.Text;
using Policy.Core.Processes;

namespace Policy.Core.History;

/// <summary>
/// The few Git operations releases need, through the <c>git</c> command: the state of the checkout,
/// annotated tags, and reading a commit's tree without touching the working tree. Local only.
/// </summary>
public sealed class GitRepository
{
    private GitRepository(string root) => Root = root;

    /// <summary>The top of the working tree.</summary>
    public string Root { get; }

    /// <summary>The repository containing <paramref name="directory"/>, or null when it is not in one (or git is missing).</summary>
    public static GitRepository? At(string directory) =>
        ExternalProcess.Run("git", ["rev-parse", "--show-toplevel"], directory) is { Succeeded: true } result
            ? new GitRepository(Path.GetFullPath(result.OutputText.Trim()))
            : null;

    /// <summary>Paths with uncommitted changes or untracked files (ignored files excepted).</summary>
    public IReadOnlyList<string> Uncommitted() =>
        Text("status", "--porcelain", "--untracked-files=all")?.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToList() ?? ["(git status failed)"];

    public string? Commit(string revision) => Text("rev-parse", "--verify", "--quiet", revision + "^{commit}")?.Trim();

    public string? Config(string key) => Text("config", "--get", key)?.Trim();

    public bool TagExists(string name) => Run("rev-parse", "--verify", "--quiet", "refs/tags/" + name) is { Succeeded: true };

    /// <summary>Creates an annotated tag (signed with the user's Git signing configuration when <paramref name="sign"/>); the error text when git refuses.</summary>
    public string? CreateTag(string name, string message, bool sign)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, message, new UTF8Encoding(false));
            var result = Run("tag", sign ? "-s" : "-a", "--cleanup=verbatim", "-F", file, name);
            return result is { Succeeded: true } ? null : result?.Error.Trim() ?? "git could not be run";
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The raw tag object (headers, message and any signature), or null when <paramref name="name"/> is no annotated tag.</summary>
    public string? TagObject(string name) =>
        Text("cat-file", "-t", "refs/tags/" + name)?.Trim() == "tag" ? Text("cat-file", "tag", "refs/tags/" + name) : null;

    /// <summary><c>git verify-tag</c>: null when the signature verifies, else what git said.</summary>
    public string? VerifyTag(string name) =>
        Run("verify-tag", "refs/tags/" + name) is { } result ? (result.Succeeded ? null : result.Error.Trim()) : "git could not be run";

    /// <summary>Every file (blob) of the commit's tree: repository-relative path and object id.</summary>
    public IReadOnlyList<(string Path, string Blob)> Files(string commit)
    {
        var listing = Run("ls-tree", "-r", "-z", "--full-tree", commit);
        if (listing is not { Succeeded: true })
        {
            return [];
        }

        var files = new List<(string, string)>();
        foreach (var entry in listing.OutputText.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <type> <object>\t<path>"
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var fields = entry[..tab].Split(' ');
            if (fields is [_, "blob", var blob])
            {
                files.Add((entry[(tab + 1)..], blob));
            }
        }

        return files;
    }

    /// <summary>Tags reachable from <paramref name="revision"/> (HEAD when null), newest first.</summary>
    public IReadOnlyList<string> TagsMerged(string? revision) =>
        Text("tag", "--list", "--merged", revision ?? "HEAD", "--sort=-creatordate")?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>A file as committed in <paramref name="revision"/>, or null.</summary>
    public byte[]? Show(string revision, string path) => Run("show", $"{revision}:{path}") is { Succeeded: true } result ? result.Output : null;

    public byte[]? Blob(string blob) => Run("cat-file", "blob", blob) is { Succeeded: true } result ? result.Output : null;

    private string? Text(params string[] arguments) => Run(arguments) is { Succeeded: true } result ? result.OutputText : null;

    private ProcessResult? Run(params string[] arguments) => ExternalProcess.Run("git", ["--no-pager", .. arguments], Root);
}
