using System.Text.Json;
using Policy.Core.Model;
using Policy.JsonSchema;
using Policy.Kernel.Hashing;
using Policy.Kernel.Json;

namespace Policy.Core.History;

/// <summary>
/// The approved Governance version the current one replaces, from Git history: the newest committed
/// version of the Governance file, other than the current content, whose content hash a positive
/// Approval of the Governance carried in any committed version of its file. The kernel judges the
/// Governance's own approval by that version's holders and keys, so a change of them takes effect only
/// once the people it replaces approve it. When history has no such version (a shallow clone, an
/// approval file renamed), the Governance of the last release reachable from the same commit counts:
/// its manifest records that it was approved.
/// </summary>
public static class ReplacedGovernance
{
    public static Artefact? Find(IFileHistory history, PolicyRepository repository)
    {
        if (repository.OfKind(ArtefactKinds.Governance).FirstOrDefault() is not { } governance)
        {
            return null;
        }

        // The approval files' histories and the Governance's in one request: a few git processes, not a few per file.
        var approvalFiles = repository.OfKind(ArtefactKinds.Approval).Where(a => a.Root.String("target", "kind") == ArtefactKinds.Governance).Select(a => a.File).ToList();
        var versions = approvalFiles.Count == 0 ? [] : history.PreviousVersions([.. approvalFiles, governance.File], ApprovedVersions.SearchDepth).ToList();
        var approvedHashes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, bytes) in versions.Where(v => approvalFiles.Contains(v.Path, StringComparer.Ordinal)))
        {
            if (Parse(bytes) is { } old && old.Root.String("decision") is "approved" or "approved-with-conditions" && old.Root.String("target", "sha256") is { } hash)
            {
                approvedHashes.Add(hash);
            }
        }

        foreach (var (_, bytes) in approvedHashes.Count == 0 ? [] : versions.Where(v => v.Path == governance.File))
        {
            if (Parse(bytes, governance.File) is { Kind: ArtefactKinds.Governance, ContentHash: { } hash } previous
                && !ContentHash.AreEqual(hash, governance.ContentHash)
                && approvedHashes.Contains(hash))
            {
                return previous;
            }
        }

        return history is GitFileHistory git ? LastReleased(git, governance) : null;
    }

    private static Artefact? LastReleased(GitFileHistory history, Artefact governance)
    {
        if (GitRepository.At(history.Root) is not { } git)
        {
            return null;
        }

        foreach (var tag in git.TagsMerged(history.Revision))
        {
            if (git.TagObject(tag) is not { } tagObject
                || ReleaseManifest.FromTagMessage(tagObject) is not { } manifest
                || manifest.Files.FirstOrDefault(f => f.Kind == ArtefactKinds.Governance) is not { } released)
            {
                continue;
            }

            if (ContentHash.AreEqual(released.ContentHash, governance.ContentHash))
            {
                continue; // this release has the current Governance; the one it replaces is older
            }

            return git.Show(manifest.Commit, released.Path) is { } bytes && Parse(bytes, released.Path) is { ContentHash: { } hash } previous
                && ContentHash.AreEqual(hash, released.ContentHash)
                ? previous
                : null;
        }

        return null;
    }

    private static Artefact? Parse(byte[] bytes, string file = "")
    {
        try
        {
            return new Artefact(file, JsonSourceDocument.Parse(bytes));
        }
        catch (JsonSourceException)
        {
            return null; // an old version that was not valid JSON approves nothing
        }
    }
}
