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
/// once the people it replaces approve it.
/// </summary>
public static class ReplacedGovernance
{
    public static Artefact? Find(IFileHistory history, PolicyRepository repository)
    {
        if (repository.OfKind(ArtefactKinds.Governance).FirstOrDefault() is not { } governance)
        {
            return null;
        }

        var approvedHashes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var approval in repository.OfKind(ArtefactKinds.Approval).Where(a => a.Root.String("target", "kind") == ArtefactKinds.Governance))
        {
            foreach (var bytes in history.PreviousVersions(approval.File, ApprovedVersions.SearchDepth))
            {
                if (Parse(bytes) is { } old && old.Root.String("decision") is "approved" or "approved-with-conditions" && old.Root.String("target", "sha256") is { } hash)
                {
                    approvedHashes.Add(hash);
                }
            }
        }

        if (approvedHashes.Count == 0)
        {
            return null;
        }

        foreach (var bytes in history.PreviousVersions(governance.File, ApprovedVersions.SearchDepth))
        {
            if (Parse(bytes, governance.File) is { Kind: ArtefactKinds.Governance, ContentHash: { } hash } previous
                && !ContentHash.AreEqual(hash, governance.ContentHash)
                && approvedHashes.Contains(hash))
            {
                return previous;
            }
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
