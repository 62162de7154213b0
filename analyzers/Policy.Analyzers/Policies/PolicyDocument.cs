// One policy file parsed once per SourceText (the compiler caches it; an edit is a new SourceText).
using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using Policy.Analyzers.Json;
using Policy.Kernel.Hashing;
using Policy.Kernel.Json;

namespace Policy.Analyzers.Policies
{
    internal sealed class PolicyDocument
    {
        private PolicyDocument(JsonValue? root, string? contentHash, string? error, int errorOffset)
        {
            Root = root;
            ContentHash = contentHash;
            Error = error;
            ErrorOffset = errorOffset;
        }

        /// <summary>The parsed document, or null when it could not be read.</summary>
        public JsonValue? Root { get; }

        /// <summary>The RFC 8785 content hash, from the parsed document; null when it could not be read.</summary>
        public string? ContentHash { get; }

        /// <summary>Why the file cannot be read, or null.</summary>
        public string? Error { get; }

        public int ErrorOffset { get; }

        public string? Kind => Root?["kind"]?.AsString;

        public string? Id => Root?["id"]?.AsString;

        /// <summary>True when the file is an artefact, or is unreadable but mentions a kind (so is meant to be one).</summary>
        public bool LooksLikeArtefact { get; private set; }

        public static PolicyDocument Read(SourceText text)
        {
            var content = text.ToString();
            var mentionsKind = content.IndexOf("\"kind\"", StringComparison.Ordinal) >= 0;
            if (EncodingProblem(text, content) is { } problem)
            {
                return new PolicyDocument(null, null, problem, 0) { LooksLikeArtefact = mentionsKind };
            }

            try
            {
                var root = JsonReader.Parse(content);
                return new PolicyDocument(root, global::Policy.Kernel.Hashing.ContentHash.Compute(root), null, 0) { LooksLikeArtefact = root["kind"] is not null };
            }
            catch (JsonReadException e)
            {
                return new PolicyDocument(null, null, e.Message, e.Offset) { LooksLikeArtefact = mentionsKind };
            }
            catch (JsonCanonicalizationException e)
            {
                // Valid JSON that is not I-JSON (e.g. a number out of double range): no content hash exists.
                return new PolicyDocument(null, null, "cannot compute the content hash: " + e.Message, 0) { LooksLikeArtefact = mentionsKind };
            }
        }

        // The compiler has decoded the bytes already: a UTF-8 BOM shows as an encoding with a preamble,
        // bytes that are not UTF-8 as the compiler's fallback code page. Text made in memory has no encoding.
        private static string? EncodingProblem(SourceText text, string content)
        {
            var encoding = text.Encoding;
            if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage)
            {
                return "the file is not UTF-8 (the compiler read it as " + encoding.WebName + "); save it as UTF-8";
            }

            if (encoding is not null && encoding.GetPreamble().Length > 0)
            {
                return "the file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM (RFC 8259 §8.1)";
            }

            if (content.Length > StrictJson.MaxBytes / 3 && Encoding.UTF8.GetByteCount(content) > StrictJson.MaxBytes)
            {
                return $"the file is over the limit of {StrictJson.MaxBytes:N0} bytes";
            }

            return null;
        }
    }
}
