// A parsed JSON value that remembers where it starts in the file, so diagnostics point at it.
using System.Collections.Generic;

namespace Policy.Analyzers.Json
{
    internal enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    internal abstract class JsonValue
    {
        protected JsonValue(int start, int end)
        {
            Start = start;
            End = end;
        }

        public abstract JsonKind Kind { get; }

        /// <summary>Character offset of the value's first character.</summary>
        public int Start { get; }

        /// <summary>Character offset just past the value.</summary>
        public int End { get; }

        /// <summary>The string's text when this is a string, else null.</summary>
        public string? AsString => (this as JsonString)?.Value;

        /// <summary>The member <paramref name="name"/> when this is an object that has it, else null.</summary>
        public JsonValue? this[string name] => this is JsonObject obj && obj.TryGet(name, out var value) ? value : null;

        /// <summary>The elements when this is an array, else none.</summary>
        public IReadOnlyList<JsonValue> Items => this is JsonArray array ? array.Elements : System.Array.Empty<JsonValue>();
    }

    internal sealed class JsonObject : JsonValue
    {
        private readonly Dictionary<string, JsonMember> members;

        public JsonObject(int start, int end, Dictionary<string, JsonMember> members)
            : base(start, end)
        {
            this.members = members;
        }

        public override JsonKind Kind => JsonKind.Object;

        public IEnumerable<JsonMember> Members => members.Values;

        public bool TryGet(string name, out JsonValue value)
        {
            if (members.TryGetValue(name, out var member))
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

        public override JsonKind Kind => JsonKind.Array;

        public IReadOnlyList<JsonValue> Elements { get; }
    }

    internal sealed class JsonString : JsonValue
    {
        public JsonString(int start, int end, string value)
            : base(start, end)
        {
            Value = value;
        }

        public override JsonKind Kind => JsonKind.String;

        public string Value { get; }
    }

    internal sealed class JsonNumber : JsonValue
    {
        public JsonNumber(int start, int end, string text)
            : base(start, end)
        {
            Text = text;
        }

        public override JsonKind Kind => JsonKind.Number;

        /// <summary>The number as written.</summary>
        public string Text { get; }
    }

    internal sealed class JsonLiteral : JsonValue
    {
        public JsonLiteral(int start, int end, JsonKind kind)
            : base(start, end)
        {
            Kind = kind;
        }

        public override JsonKind Kind { get; }
    }
}
