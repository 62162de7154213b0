// How the canonicalizer reads a parsed document: value by value, in place, so hashing a file makes no
// node, list or string per value. Each reader adapts its own tree; the canonical form is decided once,
// in JsonCanonicalizer, for all of them.
using System;
using Policy.Kernel.Json;

namespace Policy.Kernel.Hashing
{
    /// <summary>
    /// A parsed document seen through its own value handles (<typeparamref name="TValue"/>) and object
    /// members (<typeparamref name="TMember"/>). Implementations are stateless structs: the canonicalizer
    /// uses <c>default</c> instances. Where a reader still holds a value's text as the UTF-8 bytes it was
    /// written in, it hands them over (<c>TryGetUtf8…</c>) and no string is decoded.
    /// </summary>
    public interface ICanonicalSource<TValue, TMember>
    {
        JsonNodeKind KindOf(TValue value);

        /// <summary>The number of items of an array or members of an object.</summary>
        int CountOf(TValue container);

        /// <summary>Copies an array's items, in order, to the start of <paramref name="destination"/>.</summary>
        void CopyItems(TValue array, TValue[] destination);

        /// <summary>Copies an object's members, in document order, to the start of <paramref name="destination"/>.</summary>
        void CopyMembers(TValue obj, TMember[] destination);

        TValue ValueOf(TMember member);

        string NameOf(TMember member);

        /// <summary>The name as valid UTF-8 when the reader has it so without decoding (no escapes in the source); else false.</summary>
        bool TryGetUtf8Name(TMember member, out ReadOnlySpan<byte> utf8);

        string StringOf(TValue value);

        /// <summary>The string's text as valid UTF-8 when the reader has it so without decoding (no escapes in the source); else false.</summary>
        bool TryGetUtf8String(TValue value, out ReadOnlySpan<byte> utf8);

        /// <summary>The number exactly as written.</summary>
        string NumberTextOf(TValue value);

        /// <summary>The number exactly as written, as ASCII bytes, when the reader has them; else false.</summary>
        bool TryGetUtf8Number(TValue value, out ReadOnlySpan<byte> utf8);
    }
}
