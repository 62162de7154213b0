using System.Text.Json;
using Policy.Core.Model;
using Policy.Kernel.Artefacts;
using Policy.Kernel.Json;

namespace Policy.Core.Diff;

/// <summary>
/// An unchanged Approval or Governance file, parsed without schema validation: the kernel only needs
/// its fields to say which approvals bound what and which matrix applies.
/// </summary>
internal sealed class ParsedArtefact : IArtefactView
{
    private readonly Lazy<string?> hash;

    private ParsedArtefact(JsonElement root)
    {
        Kind = root.String("kind") ?? string.Empty;
        Id = root.String("id") ?? string.Empty;
        Root = new ElementNode(root);
        hash = new Lazy<string?>(() => Policy.Kernel.Hashing.ContentHash.TryCompute(Root));
    }

    public string Kind { get; }

    public string Id { get; }

    public IJsonNode Root { get; }

    public string? ContentHash => hash.Value;

    /// <summary>The file as an Approval or Governance, or null when it is neither (or not JSON).</summary>
    public static ParsedArtefact? TryRead(byte[] bytes)
    {
        try
        {
            var root = JsonDocument.Parse(bytes).RootElement;
            return root.ValueKind == JsonValueKind.Object && root.String("kind") is ArtefactKinds.Approval or ArtefactKinds.Governance ? new ParsedArtefact(root) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
