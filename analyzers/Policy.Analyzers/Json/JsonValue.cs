// A parsed JSON value that remembers where it starts in the file, so diagnostics point at it. It is
// also the kernel's view of the document (IJsonNode), so the analyzers run the kernel's decisions
// (content hash, approvals, the Governance gate) on the tree they parsed once.
using System.Collections.Generic;
using Policy.Kernel.Json;

namespace Policy.Analyzers.Json
{
    internal abstract class JsonValue : IJsonNode
    {
        protected JsonValue(int start, int end)
        {
            Start = start;
            End = end;
        }

        public abstract JsonNodeKind Kind { get; }

        /// <summary>Character offset of the value's first character.</summary>
        public int Start { get; }

        /// <summary>Character offset just past the value.</summary>
        public int End { get; }

        /// <summary>The string's text when this is a string, else null.</summary>
        public string? AsString => (this as JsonString)?.Value;

        string? IJsonNode.StringValue => AsString;

        string? IJsonNode.NumberText => (this as JsonNumber)?.Text;

        /// <summary>The member <paramref name="name"/> when this is an object that has it, else null.</summary>
        public JsonValue? this[string name] => this is JsonObject obj && obj.TryGet(name, out var value) ? value : null;

        /// <summary>The elements when this is an array, else none.</summary>
        public IReadOnlyList<JsonValue> Items => this is JsonArray array ? array.Elements : System.Array.Empty<JsonValue>();

        IReadOnlyList<IJsonNode> IJsonNode.Items => Items;

        IReadOnlyList<KeyValuePair<string, IJsonNode>> IJsonNode.Members =>
            this is JsonObject obj ? obj.NodeMembers : System.Array.Empty<KeyValuePair<string, IJsonNode>>();

        IJsonNode? IJsonNode.Property(string name) => this[name];
    }

    internal sealed class JsonObject : JsonValue
    {
        private readonly Dictionary<string, JsonMember> byName;
        private readonly List<JsonMember> members;
        private KeyValuePair<string, IJsonNode>[]? nodeMembers;

        public JsonObject(int start, int end, List<JsonMember> members, Dictionary<string, JsonMember> byName)
            : base(start, end)
        {
            this.members = members;
            this.byName = byName;
        }

        public override JsonNodeKind Kind => JsonNodeKind.Object;

        /// <summary>The members in document order.</summary>
        public IReadOnlyList<JsonMember> Members => members;

        internal IReadOnlyList<KeyValuePair<string, IJsonNode>> NodeMembers
        {
            get
            {
                if (nodeMembers is null)
                {
                    var list = new KeyValuePair<string, IJsonNode>[members.Count];
                    for (var i = 0; i < list.Length; i++)
                    {
                        list[i] = new KeyValuePair<string, IJsonNode>(members[i].Name, members[i].Value);
                    }

                    nodeMembers = list;
                }

                return nodeMembers;
            }
        }

        public bool TryGet(string name, out JsonValue value)
        {
            if (byName.TryGetValue(name, out var member))
            {
                value = member.Value;
                return true;
            }

            value = null!;
            return false;
        }
    }

    internal sealed class JsonMember
    {
        public JsonMember(string name, int nameStart, JsonValue value)
        {
            Name = name;
            NameStart = nameStart;
            Value = value;
        }

        public string Name { get; }

        public int NameStart { get; }

        public JsonValue Value { get; }
    }

    internal sealed class JsonArray : JsonValue
    {
        public JsonArray(int start, int end, IReadOnlyList<JsonValue> elements)
            : base(start, end)
        {
            Elements = elements;
        }

        public override JsonNodeKind Kind => JsonNodeKind.Array;

        public IReadOnlyList<JsonValue> Elements { get; }
    }

    internal sealed class JsonString : JsonValue
    {
        public JsonString(int start, int end, string value)
            : base(start, end)
        {
            Value = value;
        }

        public override JsonNodeKind Kind => JsonNodeKind.String;

        public string Value { get; }
    }

    internal sealed class JsonNumber : JsonValue
    {
        public JsonNumber(int start, int end, string text)
            : base(start, end)
        {
            Text = text;
        }

        public override JsonNodeKind Kind => JsonNodeKind.Number;

        /// <summary>The number as written.</summary>
        public string Text { get; }
    }

    internal sealed class JsonLiteral : JsonValue
    {
        public JsonLiteral(int start, int end, JsonNodeKind kind)
            : base(start, end)
        {
            Kind = kind;
        }

        public override JsonNodeKind Kind { get; }
    }
}
