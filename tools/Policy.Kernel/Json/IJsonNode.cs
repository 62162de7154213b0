// The kernel reads artefacts through this view, so the CLI (System.Text.Json) and the analyzers
// (their embedded reader) run the same decisions on the same document. Each side adapts its own
// parsed tree; nothing here parses.
using System.Collections.Generic;

namespace Policy.Kernel.Json
{
    public enum JsonNodeKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>One value of a strictly parsed JSON document (no duplicate names, no lone surrogates).</summary>
    public interface IJsonNode
    {
        JsonNodeKind Kind { get; }

        /// <summary>The string's text when this is a string, else null.</summary>
        string? StringValue { get; }

        /// <summary>The number exactly as written when this is a number, else null.</summary>
        string? NumberText { get; }

        /// <summary>The member <paramref name="name"/> when this is an object that has it, else null.</summary>
        IJsonNode? Property(string name);

        /// <summary>The elements when this is an array, else none.</summary>
        IReadOnlyList<IJsonNode> Items { get; }

        /// <summary>The members when this is an object (in document order), else none.</summary>
        IReadOnlyList<KeyValuePair<string, IJsonNode>> Members { get; }
    }
}
