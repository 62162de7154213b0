// The content hash approvals bind to (docs/format.md, "Content hash").
using System;
using System.Security.Cryptography;
using System.Text;
using Policy.Kernel.Json;

namespace Policy.Kernel.Hashing
{
    /// <summary>SHA-256 of an artefact's RFC 8785 canonical form, written <c>sha256:&lt;hex&gt;</c>.</summary>
    public static class ContentHash
    {
        public const string Prefix = "sha256:";

        /// <summary>Hashes a parsed document; throws <see cref="JsonCanonicalizationException"/> if it is not I-JSON.</summary>
        // Every artefact is hashed once per run, on several threads: each thread keeps its buffer and its
        // SHA-256 instead of allocating them for every file (they were most of a validation's garbage).
        [ThreadStatic]
        private static Utf8Output? buffer;

        [ThreadStatic]
        private static SHA256? sha;

        public static string Compute(IJsonNode root)
        {
            var output = buffer ?? new Utf8Output();
            buffer = null; // a throw below leaves no half-written buffer behind
            output.Reset();
            JsonCanonicalizer.Write(output, root);
            var digest = (sha ??= SHA256.Create()).ComputeHash(output.Buffer, 0, output.Length);
            if (output.Buffer.Length <= Utf8Output.KeptCapacity)
            {
                buffer = output;
            }

            var hex = new StringBuilder(Prefix.Length + (digest.Length * 2));
            hex.Append(Prefix);
            foreach (var b in digest)
            {
                hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }

        /// <summary>The hash, or null when the document has no canonical form.</summary>
        public static string? TryCompute(IJsonNode root)
        {
            try
            {
                return Compute(root);
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
