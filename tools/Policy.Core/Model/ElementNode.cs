using System.Text.Json;
using Policy.Kernel.Json;

namespace Policy.Core.Model;

/// <summary>
/// The kernel's view (<see cref="IJsonNode"/>) of a System.Text.Json element, so the CLI runs the
/// kernel's decisions (content hash, approvals, the Governance gate) on the document it already
/// parsed. A thin wrapper: nothing is copied or kept, so wrapping a whole document costs no memory
/// beyond the walk that reads it.
/// </summary>
public sealed class ElementNode(JsonElement element) : IJsonNode
{
    public JsonElement Element => element;

    public JsonNodeKind Kind { get; } = default(ElementSource).KindOf(element);

    public string? StringValue => Kind == JsonNodeKind.String ? element.GetString() : null;

    public string? NumberText => Kind == JsonNodeKind.Number ? element.GetRawText() : null;

    public IReadOnlyList<IJsonNode> Items
    {
        get
        {
            if (Kind != JsonNodeKind.Array)
            {
                return [];
            }

            var list = new List<IJsonNode>(element.GetArrayLength());
            foreach (var item in element.EnumerateArray())
            {
                list.Add(new ElementNode(item));
            }

            return list;
        }
    }

    public IReadOnlyList<KeyValuePair<string, IJsonNode>> Members
    {
        get
        {
            if (Kind != JsonNodeKind.Object)
            {
                return [];
            }

            var list = new List<KeyValuePair<string, IJsonNode>>(element.GetPropertyCount());
            foreach (var member in element.EnumerateObject())
            {
                list.Add(new(member.Name, new ElementNode(member.Value)));
            }

            return list;
        }
    }

    public IJsonNode? Property(string name) =>
        Kind == JsonNodeKind.Object && element.TryGetProperty(name, out var value) ? new ElementNode(value) : null;
}
