using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Policy.Core.History;

namespace Policy.Core.Serialization;

/// <summary>
/// The types Policy.Core hands to System.Text.Json's serializer, with metadata generated at compile time:
/// the reflection-based serializer is disabled in the Native AOT build. <see cref="Default"/> has the
/// serializer's default options; <see cref="Manifest"/> writes a release tag's manifest.
/// </summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(ReleaseManifest))]
[JsonSerializable(typeof(ManifestArtefact))]
[JsonSerializable(typeof(IReadOnlyList<ManifestApproval>))]
internal sealed partial class PolicyJson : JsonSerializerContext
{
    /// <summary>The manifest as a tag message holds it: indented, camelCase, no nulls, non-ASCII kept as it is.</summary>
    public static readonly PolicyJson Manifest = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
