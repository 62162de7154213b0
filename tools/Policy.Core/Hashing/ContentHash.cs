// The content hash approvals bind to (docs/format.md, "Content hash"). Shared with Policy.Analyzers.
using System;
using System.Security.Cryptography;
using System.Text;

namespace Policy.Hashing
{
    /// <summary>SHA-256 of an artefact's RFC 8785 canonical form, written <c>sha256:&lt;hex&gt;</c>.</summary>
    public static class ContentHash
    {
        public const string Prefix = "sha256:";

        /// <summary>Hashes a JSON text; throws <see cref="JsonCanonicalizationException"/> if it is not I-JSON.</summary>
        public static string Compute(string json)
        {
            var canonical = JsonCanonicalizer.Canonicalize(json);
            using (var sha = SHA256.Create())
            {
                var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(canonical));
                var hex = new StringBuilder(Prefix.Length + (digest.Length * 2));
                hex.Append(Prefix);
                foreach (var b in digest)
                {
                    hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                }

                return hex.ToString();
            }
        }

        /// <summary>True when two hashes are the same, ignoring the case of the hex digits.</summary>
        public static bool AreEqual(string? left, string? right) =>
            left is not null && right is not null && string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
    }
}
