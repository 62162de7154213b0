// Signed approvals (docs/approvals.md): each approver may sign, with `ssh-keygen -Y sign` under a fixed
// namespace, the RFC 8785 form of the Approval as it concerns them: every field, with `approvers`
// reduced to their own entry and no signature in it. So a co-approver added later does not void an
// earlier signature, while any change to what that person approved does.
using System;
using System.Collections.Generic;
using Policy.Kernel.Hashing;
using Policy.Kernel.Json;

namespace Policy.Kernel.Approvals
{
    /// <summary>What was verified about one approver's signature: over this content or not, and by which key.</summary>
    public sealed class SignatureFact
    {
        public SignatureFact(bool validOverContent, string? signerKey, string? unverifiable = null)
        {
            ValidOverContent = validOverContent;
            SignerKey = signerKey;
            Unverifiable = unverifiable;
        }

        /// <summary>The signature verifies, under the namespace, over the approver's signed payload.</summary>
        public bool ValidOverContent { get; }

        /// <summary>The public key the signature names (<c>type base64</c>), or null when unreadable.</summary>
        public string? SignerKey { get; }

        /// <summary>Why the signature could not be checked at all (no <c>ssh-keygen</c>, not a signature), or null.</summary>
        public string? Unverifiable { get; }
    }

    /// <summary>
    /// Signature verification needs processes, so only the CLI provides it; without it (the analyzers)
    /// signatures are not judged.
    /// </summary>
    public interface ISignatureFacts
    {
        /// <returns>The fact for approver <paramref name="approverIndex"/> of Approval <paramref name="approvalId"/>, which carries a signature.</returns>
        SignatureFact Of(string approvalId, int approverIndex);
    }

    public static class ApprovalSignatures
    {
        /// <summary>The <c>ssh-keygen -Y</c> namespace of approval signatures, so no other signed file can pass for one.</summary>
        public const string Namespace = "policy-approval@policy-as-code.example";

        /// <summary>The member of an approver entry that carries the armored SSH signature.</summary>
        public const string Member = "signature";

        /// <summary>The bytes approver <paramref name="approverIndex"/> signs: the canonical form described above.</summary>
        public static byte[] Payload(IJsonNode approvalRoot, int approverIndex)
        {
            var own = approvalRoot.ItemsAt("approvers")[approverIndex];
            var view = new Filtered(approvalRoot, own);
            var bytes = JsonCanonicalizer.CanonicalUtf8(view, out var length);
            var payload = new byte[length];
            Array.Copy(bytes, payload, length);
            return payload;
        }

        // The Approval's root with `approvers` = [own entry without `signature`].
        private sealed class Filtered : IJsonNode
        {
            private readonly IJsonNode inner;
            private readonly IJsonNode? own;
            private readonly bool isApprover;

            public Filtered(IJsonNode root, IJsonNode own)
            {
                inner = root;
                this.own = own;
            }

            private Filtered(IJsonNode approver)
            {
                inner = approver;
                isApprover = true;
            }

            public JsonNodeKind Kind => inner.Kind;

            public string? StringValue => inner.StringValue;

            public string? NumberText => inner.NumberText;

            public IReadOnlyList<IJsonNode> Items => inner.Items;

            public IReadOnlyList<KeyValuePair<string, IJsonNode>> Members
            {
                get
                {
                    var members = new List<KeyValuePair<string, IJsonNode>>();
                    foreach (var member in inner.Members)
                    {
                        if (isApprover && member.Key == Member)
                        {
                            continue;
                        }

                        members.Add(!isApprover && member.Key == "approvers"
                            ? new KeyValuePair<string, IJsonNode>(member.Key, new OneItem(new Filtered(own!)))
                            : member);
                    }

                    return members;
                }
            }

            public IJsonNode? Property(string name)
            {
                foreach (var member in Members)
                {
                    if (member.Key == name)
                    {
                        return member.Value;
                    }
                }

                return null;
            }
        }

        private sealed class OneItem : IJsonNode
        {
            public OneItem(IJsonNode item) => Items = new[] { item };

            public JsonNodeKind Kind => JsonNodeKind.Array;

            public string? StringValue => null;

            public string? NumberText => null;

            public IReadOnlyList<IJsonNode> Items { get; }

            public IReadOnlyList<KeyValuePair<string, IJsonNode>> Members => Array.Empty<KeyValuePair<string, IJsonNode>>();

            public IJsonNode? Property(string name) => null;
        }
    }
}
