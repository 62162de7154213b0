using System.Text.Json;
using Policy.Core.Model;
using Policy.Kernel.Hashing;

namespace Policy.Core.History;

/// <summary>Finds, in a file's history, the version whose content hash an approval carries.</summary>
public sealed class ApprovedVersions
{
    /// <summary>How many earlier commits of a file are searched for its approved version.</summary>
    public const int SearchDepth = 50;

    private readonly IFileHistory history;

    public ApprovedVersions(IFileHistory history) => this.history = history;

    /// <summary>The approved version's JSON, or null when no version in reach has that hash.</summary>
    public JsonDocument? Find(string relativePath, string approvedHash)
    {
        foreach (var bytes in history.PreviousVersions(relativePath, SearchDepth))
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(bytes);
            }
            catch (JsonException)
            {
                continue; // an old version that was not valid JSON cannot be the approved one
            }

            if (ContentHash.AreEqual(ContentHash.TryCompute(new ElementNode(document.RootElement)), approvedHash))
            {
                return document;
            }

            document.Dispose();
        }

        return null;
    }
}
