using Policy.Core.Findings;
using Policy.Core.History;
using Policy.Core.Loading;

namespace Policy.Core.Releasing;

/// <summary>What `policy release` or `policy verify` concluded: findings (none when it holds), the manifest, and a message for people.</summary>
public sealed record ReleaseOutcome(IReadOnlyList<Finding> Findings, ReleaseManifest? Manifest, string Message)
{
    /// <summary>The run could not start (not a Git repository, a dirty tree, a tag that exists…): a message, no findings.</summary>
    public bool Refused { get; init; }

    public bool Holds => !Refused && Findings.Count == 0;
}

/// <summary>
/// `policy release VERSION`: in a clean Git checkout, when `policy validate` reports no error and every
/// artefact in scope is approved today, an annotated tag VERSION on HEAD whose message is the manifest.
/// </summary>
public static class ReleaseOperation
{
    public static ReleaseOutcome Run(string directory, string version, IReadOnlyList<string> systems, bool sign, string toolVersion, DateTime today)
    {
        if (GitRepository.At(directory) is not { } git)
        {
            return Refuse($"'{directory}' is not in a Git repository (or git is not installed); a release is a Git tag.");
        }

        if (git.Uncommitted() is { Count: > 0 } changes)
        {
            return Refuse($"the working tree is not clean ({changes.Count} uncommitted change(s), first: {changes[0]}); commit or stash them, so the tag releases exactly what was checked.");
        }

        if (git.TagExists(version))
        {
            return Refuse($"tag '{version}' exists already; a release is never replaced. Choose a new version.");
        }

        if (git.Commit("HEAD") is not { } commit)
        {
            return Refuse("the repository has no commit to release");
        }

        var layout = new RepositoryLayout(git.Root, Path.Combine(git.Root, "schemas"));
        var check = ReleaseCheck.Run(layout, new GitFileHistory(git.Root), today, systems);
        var unknown = systems.Where(s => !check.Files.Any(f => f.Kind == "SystemCard" && f.Id == s)).ToList();
        if (unknown.Count > 0)
        {
            return Refuse($"no SystemCard has the id {string.Join(", ", unknown.Select(s => $"'{s}'"))}");
        }

        if (check.Findings.Count > 0)
        {
            return new ReleaseOutcome(check.Findings, null, $"release {version} refused: {check.Findings.Count} error(s) in scope; nothing was tagged.");
        }

        var manifest = new ReleaseManifest
        {
            Release = version,
            Tool = "policy",
            ToolVersion = toolVersion,
            Commit = commit,
            ReleaseDate = Kernel.Time.PolicyDate.Format(today),
            ReleasedBy = new ManifestPerson(git.Config("user.name"), git.Config("user.email")),
            Systems = systems,
            PolicyFolder = check.PolicyFolder,
            Schemas = check.Schemas,
            Files = check.Files,
        };
        if (git.CreateTag(version, manifest.ToTagMessage(), sign) is { } error)
        {
            return Refuse($"git could not create tag '{version}'{(sign ? " (signed with your Git signing configuration: user.signingkey, gpg.format)" : string.Empty)}: {error}");
        }

        var approved = check.Files.Count(f => f.Approvals.Count > 0);
        return new ReleaseOutcome([], manifest, $"tagged {version}{(sign ? " (signed)" : string.Empty)} on {commit[..12]}: {check.Files.Count} governed files, {approved} approved artefacts{manifest.UnsignedNote()}, {check.Schemas.Count} schema files; check it any time with `policy verify {version}`.");
    }

    private static ReleaseOutcome Refuse(string message) => new([], null, message) { Refused = true };
}
