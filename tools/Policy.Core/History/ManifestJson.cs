using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Policy.Core.History;

/// <summary>
/// A release manifest as JSON, with serializer metadata generated at compile time: the reflection-based
/// serializer is disabled in the Native AOT build. The options are the ones the manifests were always written with.
/// </summary>
[JsonSerializable(typeof(ReleaseManifest))]
[JsonSerializable(typeof(ManifestArtefact))]
[JsonSerializable(typeof(IReadOnlyList<ManifestApproval>))]
internal sealed partial class ManifestJson : JsonSerializerContext
{
    /// <summary>As a tag message holds it: indented, camelCase, no nulls, non-ASCII kept as it is.</summary>
    private static readonly ManifestJson Tag = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Write(ReleaseManifest manifest) => JsonSerializer.Serialize(manifest, Tag.ReleaseManifest);

    /// <exception cref="JsonException">The text is not a manifest (a required member is missing, a value has the wrong type...).</exception>
    public static ReleaseManifest? Read(string json) => JsonSerializer.Deserialize(json, Tag.ReleaseManifest);

    /// <summary>With the serializer's defaults, as `policy verify` compares entries and quotes them in its messages.</summary>
    public static string Plain(ManifestArtefact entry) => JsonSerializer.Serialize(entry, Default.ManifestArtefact);

    /// <inheritdoc cref="Plain(ManifestArtefact)"/>
    public static string Plain(IReadOnlyList<ManifestApproval> approvals) => JsonSerializer.Serialize(approvals, Default.IReadOnlyListManifestApproval);
}
