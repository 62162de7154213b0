// The kernel's IJsonNode view as a canonical source: the analyzers' reader (and any IJsonNode) hashes
// through the same walk as the CLI's JsonElement source.
using System;
using System.Collections.Generic;
using Policy.Kernel.Json;

namespace Policy.Kernel.Hashing
{
    internal readonly struct NodeSource : ICanonicalSource<IJsonNode, KeyValuePair<string, IJsonNode>>
    {
        public JsonNodeKind KindOf(IJsonNode value) => value.Kind;

        public int CountOf(IJsonNode container) =>
            container.Kind == JsonNodeKind.Array ? container.Items.Count : container.Members.Count;

        public void CopyItems(IJsonNode array, IJsonNode[] destination)
        {
            var items = array.Items;
            for (var i = 0; i < items.Count; i++)
            {
                destination[i] = items[i];
            }
        }

        public void CopyMembers(IJsonNode obj, KeyValuePair<string, IJsonNode>[] destination)
        {
            var members = obj.Members;
            for (var i = 0; i < members.Count; i++)
            {
                destination[i] = members[i];
            }
        }

        public IJsonNode ValueOf(KeyValuePair<string, IJsonNode> member) => member.Value;

        public string NameOf(KeyValuePair<string, IJsonNode> member) => member.Key;

        public bool TryGetUtf8Name(KeyValuePair<string, IJsonNode> member, out ReadOnlySpan<byte> utf8)
        {
            utf8 = default;
            return false;
        }

        public string StringOf(IJsonNode value) => value.StringValue!;

        public bool TryGetUtf8String(IJsonNode value, out ReadOnlySpan<byte> utf8)
        {
            utf8 = default;
            return false;
        }

        public string NumberTextOf(IJsonNode value) => value.NumberText!;

        public bool TryGetUtf8Number(IJsonNode value, out ReadOnlySpan<byte> utf8)
        {
            utf8 = default;
            return false;
        }
    }
}
