// RFC 8785 JSON Canonicalization Scheme (JCS), computed from an already parsed document: the file
// is never parsed a second time for its hash, and no tree is built for it.
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using Policy.Kernel.Json;

namespace Policy.Kernel.Hashing
{
    /// <summary>Thrown when a document has no canonical form (it is not I-JSON: a number out of the double range, a lone surrogate).</summary>
    public sealed class JsonCanonicalizationException : Exception
    {
        public JsonCanonicalizationException(string message)
            : base(message)
        {
        }
    }

    /// <summary>
    /// Writes a document's RFC 8785 canonical form: no whitespace, object members sorted by their
    /// UTF-16 code units, strings with minimal escaping, numbers as ECMAScript prints them.
    /// Reformatting a document never changes its canonical form; any change of meaning does.
    /// </summary>
    public static class JsonCanonicalizer
    {
        public static string Canonicalize(IJsonNode root) =>
            Canonicalize<NodeSource, IJsonNode, KeyValuePair<string, IJsonNode>>(root ?? throw new ArgumentNullException(nameof(root)));

        /// <summary>The canonical form of a document read through <typeparamref name="TSource"/>.</summary>
        public static string Canonicalize<TSource, TValue, TMember>(TValue root)
            where TSource : struct, ICanonicalSource<TValue, TMember>
        {
            var output = new Utf8Output();
            Write<TSource, TValue, TMember>(output, root);
            return Encoding.UTF8.GetString(output.Buffer, 0, output.Length);
        }

        /// <summary>The canonical form as UTF-8 bytes, in <paramref name="length"/> bytes of the returned buffer (it may be longer).</summary>
        public static byte[] CanonicalUtf8(IJsonNode root, out int length)
        {
            var output = new Utf8Output();
            Write<NodeSource, IJsonNode, KeyValuePair<string, IJsonNode>>(output, root ?? throw new ArgumentNullException(nameof(root)));
            length = output.Length;
            return output.Buffer;
        }

        /// <summary>Whether the document has a canonical form (see the generic overload).</summary>
        public static bool HasCanonicalForm(IJsonNode root) =>
            HasCanonicalForm<NodeSource, IJsonNode, KeyValuePair<string, IJsonNode>>(root ?? throw new ArgumentNullException(nameof(root)));

        /// <summary>
        /// Whether the document has a canonical form (so a content hash), decided by the walk that writes it,
        /// writing nothing: no sort, no buffer, no hash. It cannot disagree with <see cref="Canonicalize{TSource, TValue, TMember}"/>.
        /// </summary>
        public static bool HasCanonicalForm<TSource, TValue, TMember>(TValue root)
            where TSource : struct, ICanonicalSource<TValue, TMember>
        {
            try
            {
                Write<TSource, TValue, TMember>(null, root);
                return true;
            }
            catch (JsonCanonicalizationException)
            {
                return false;
            }
        }

        /// <summary>Appends the canonical form to <paramref name="output"/> (for callers that reuse one buffer); with null, only makes its refusals.</summary>
        internal static void Write<TSource, TValue, TMember>(Utf8Output? output, TValue root)
            where TSource : struct, ICanonicalSource<TValue, TMember> =>
            Write<TSource, TValue, TMember>(output, default(TSource), root, 0);

        private static void Write<TSource, TValue, TMember>(Utf8Output? output, TSource source, TValue value, int depth)
            where TSource : struct, ICanonicalSource<TValue, TMember>
        {
            if (depth > StrictJson.MaxDepth)
            {
                throw new JsonCanonicalizationException($"nesting deeper than {StrictJson.MaxDepth} levels");
            }

            switch (source.KindOf(value))
            {
                case JsonNodeKind.Object:
                    WriteObject<TSource, TValue, TMember>(output, source, value, depth);
                    break;
                case JsonNodeKind.Array:
                    WriteArray<TSource, TValue, TMember>(output, source, value, depth);
                    break;
                case JsonNodeKind.String:
                    if (source.TryGetUtf8String(value, out var utf8))
                    {
                        CanonicalText.WriteString(output, utf8);
                    }
                    else
                    {
                        CanonicalText.WriteString(output, source.StringOf(value));
                    }

                    break;
                case JsonNodeKind.Number:
                    if (source.TryGetUtf8Number(value, out var number))
                    {
                        CanonicalText.WriteNumber(output, number);
                    }
                    else
                    {
                        CanonicalText.WriteNumber(output, source.NumberTextOf(value));
                    }

                    break;
                case JsonNodeKind.True:
                    output?.AppendAscii("true");
                    break;
                case JsonNodeKind.False:
                    output?.AppendAscii("false");
                    break;
                default:
                    output?.AppendAscii("null");
                    break;
            }
        }

        // Containers are copied to pooled arrays (cleared before they go back, so no document stays
        // reachable from the pool): members must be sorted, and indexing some readers' arrays is not O(1).
        private static void WriteArray<TSource, TValue, TMember>(Utf8Output? output, TSource source, TValue value, int depth)
            where TSource : struct, ICanonicalSource<TValue, TMember>
        {
            output?.Append((byte)'[');
            var count = source.CountOf(value);
            if (count > 0)
            {
                var items = ArrayPool<TValue>.Shared.Rent(count);
                try
                {
                    source.CopyItems(value, items);
                    for (var i = 0; i < count; i++)
                    {
                        if (i > 0)
                        {
                            output?.Append((byte)',');
                        }

                        Write<TSource, TValue, TMember>(output, source, items[i], depth + 1);
                    }
                }
                finally
                {
                    Array.Clear(items, 0, count);
                    ArrayPool<TValue>.Shared.Return(items);
                }
            }

            output?.Append((byte)']');
        }

        private static void WriteObject<TSource, TValue, TMember>(Utf8Output? output, TSource source, TValue value, int depth)
            where TSource : struct, ICanonicalSource<TValue, TMember>
        {
            output?.Append((byte)'{');
            var count = source.CountOf(value);
            if (count > 0)
            {
                var members = ArrayPool<TMember>.Shared.Rent(count);
                try
                {
                    source.CopyMembers(value, members);
                    if (output is not null)
                    {
                        MemberOrder<TSource, TValue, TMember>.Sort(members, count); // the order changes the bytes, never whether there are any
                    }

                    for (var i = 0; i < count; i++)
                    {
                        if (i > 0)
                        {
                            output?.Append((byte)',');
                        }

                        if (source.TryGetUtf8Name(members[i], out var name))
                        {
                            CanonicalText.WriteString(output, name);
                        }
                        else
                        {
                            CanonicalText.WriteString(output, source.NameOf(members[i]));
                        }

                        output?.Append((byte)':');
                        Write<TSource, TValue, TMember>(output, source, source.ValueOf(members[i]), depth + 1);
                    }
                }
                finally
                {
                    Array.Clear(members, 0, count);
                    ArrayPool<TMember>.Shared.Return(members);
                }
            }

            output?.Append((byte)'}');
        }
    }
}
