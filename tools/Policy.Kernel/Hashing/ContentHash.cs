// The content hash approvals bind to (docs/format.md, "Content hash").
using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using Policy.Kernel.Json;

namespace Policy.Kernel.Hashing
{
    /// <summary>SHA-256 of an artefact's RFC 8785 canonical form, written <c>sha256:&lt;hex&gt;</c>.</summary>
    public static class ContentHash
    {
        public const string Prefix = "sha256:";

        private const string HexDigits = "0123456789abcdef";

        // Every artefact is hashed once per run, on several threads: each thread keeps its buffer and its
        // SHA-256 instead of allocating them for every file (they were most of a validation's garbage).
        [ThreadStatic]
        private static Utf8Output? buffer;

        [ThreadStatic]
        private static SHA256? sha;

        /// <summary>Hashes a parsed document; throws <see cref="JsonCanonicalizationException"/> if it is not I-JSON.</summary>
        public static string Compute(IJsonNode root) =>
            Compute<NodeSource, IJsonNode, KeyValuePair<string, IJsonNode>>(root ?? throw new ArgumentNullException(nameof(root)));

        /// <summary>The hash, or null when the document has no canonical form.</summary>
        public static string? TryCompute(IJsonNode root) =>
            TryCompute<NodeSource, IJsonNode, KeyValuePair<string, IJsonNode>>(root ?? throw new ArgumentNullException(nameof(root)));

        /// <summary>Hashes a document read through <typeparamref name="TSource"/>; throws <see cref="JsonCanonicalizationException"/> if it is not I-JSON.</summary>
        public static string Compute<TSource, TValue, TMember>(TValue root)
            where TSource : struct, ICanonicalSource<TValue, TMember>
        {
            var output = buffer ?? new Utf8Output();
            buffer = null; // a throw below leaves no half-written buffer behind
            output.Reset();
            JsonCanonicalizer.Write<TSource, TValue, TMember>(output, root);
            var digest = (sha ??= SHA256.Create()).ComputeHash(output.Buffer, 0, output.Length);
            if (output.Buffer.Length <= Utf8Output.KeptCapacity)
            {
                buffer = output;
            }

            var hex = new char[Prefix.Length + (digest.Length * 2)];
            Prefix.CopyTo(0, hex, 0, Prefix.Length);
            for (var i = 0; i < digest.Length; i++)
            {
                hex[Prefix.Length + (2 * i)] = HexDigits[digest[i] >> 4];
                hex[Prefix.Length + (2 * i) + 1] = HexDigits[digest[i] & 0xF];
            }

            return new string(hex);
        }

        /// <summary>The hash, or null when the document has no canonical form.</summary>
        public static string? TryCompute<TSource, TValue, TMember>(TValue root)
            where TSource : struct, ICanonicalSource<TValue, TMember>
        {
            try
            {
                return Compute<TSource, TValue, TMember>(root);
            }
            catch (JsonCanonicalizationException)
            {
                return null;
            }
        }

        /// <summary>True when two hashes are the same, ignoring the case of the hex digits.</summary>
        public static bool AreEqual(string? left, string? right) =>
            left is not null && right is not null && string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
    }
}
