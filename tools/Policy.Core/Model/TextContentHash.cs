using System.Text;
using Policy.JsonSchema;
using Policy.Kernel.Hashing;

namespace Policy.Core.Model;

/// <summary>
/// The content hash of a JSON text that is not a loaded artefact (generated fixtures, tests): parsed
/// strictly, as the loader parses a file, then hashed by the kernel like any artefact.
/// </summary>
public static class TextContentHash
{
    /// <summary>Throws <see cref="JsonSourceException"/> for text that is not strict JSON and <see cref="JsonCanonicalizationException"/> for JSON outside I-JSON.</summary>
    public static string Of(string json)
    {
        using var document = JsonSourceDocument.Parse(Encoding.UTF8.GetBytes(json));
        return ElementSource.Hash(document.Root);
    }
}
