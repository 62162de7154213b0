using System.Text;
using System.Text.Json;
using Policy.Hashing;

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
            try
            {
                var text = Encoding.UTF8.GetString(bytes);
                if (ContentHash.AreEqual(ContentHash.Compute(text), approvedHash))
                {
                    return JsonDocument.Parse(text);
                }
            }
            catch (Exception error) when (error is JsonCanonicalizationException or JsonException)
            {
                // An old version that was not valid JSON cannot be the approved one.
            }
        }

        return null;
    }
}
