using System.Text.Json;
using Policy.Kernel.Hashing;

namespace Policy.Core.Model;

/// <summary>
/// The content hash of a JSON text that is not a loaded artefact (generated fixtures, a file's older
/// version): parsed once with System.Text.Json, then hashed by the kernel like any artefact.
/// </summary>
public static class TextContentHash
{
    /// <summary>Throws <see cref="JsonException"/> for text that is not JSON and <see cref="JsonCanonicalizationException"/> for JSON outside I-JSON.</summary>
    public static string Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ContentHash.Compute(new ElementNode(document.RootElement));
    }
}
