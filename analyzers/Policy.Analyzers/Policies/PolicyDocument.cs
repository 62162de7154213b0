// One policy file parsed once per SourceText (the compiler caches it; an edit is a new SourceText).
using System;
using Microsoft.CodeAnalysis.Text;
using Policy.Analyzers.Json;
using Policy.Hashing;

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

        /// <summary>The RFC 8785 content hash of the file text, or null when it could not be read.</summary>
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
            PolicyDocument document;
            try
            {
                var root = JsonReader.Parse(content);
                document = new PolicyDocument(root, global::Policy.Hashing.ContentHash.Compute(content), null, 0);
                document.LooksLikeArtefact = root["kind"] is not null;
            }
            catch (JsonReadException e)
            {
                document = new PolicyDocument(null, null, e.Message, e.Offset);
                document.LooksLikeArtefact = content.IndexOf("\"kind\"", StringComparison.Ordinal) >= 0;
            }
            catch (JsonCanonicalizationException e)
            {
                // Valid JSON that is not I-JSON (e.g. a number out of double range): no content hash exists.
                document = new PolicyDocument(null, null, "cannot compute the content hash: " + e.Message, e.Offset);
                document.LooksLikeArtefact = content.IndexOf("\"kind\"", StringComparison.Ordinal) >= 0;
            }

            return document;
        }
    }
}
