// Who holds each committee role, read from a Governance artefact's `roles`: an approver counts for a
// role only when their name and e-mail are those of the role's holder or deputy (XR-APP-07).
using System;
using System.Collections.Generic;
using Policy.Kernel.Json;

namespace Policy.Kernel.Approvals
{
    /// <summary>One person named for a role, as holder or deputy, with the keys they sign approvals with.</summary>
    public sealed class RoleHolder
    {
        public RoleHolder(string role, string name, string? email, IReadOnlyList<string> signingKeys)
        {
            Role = role;
            Name = name;
            Email = email;
            SigningKeys = signingKeys;
        }

        /// <summary>The approval role name (<c>ai-lead</c>, <c>dpo</c>…).</summary>
        public string Role { get; }

        public string Name { get; }

        public string? Email { get; }

        /// <summary>SSH public-key lines (<c>ssh-ed25519 AAAA… comment</c>).</summary>
        public IReadOnlyList<string> SigningKeys { get; }

        /// <summary>The GitHub account whose pull-request review counts as this person's approval (the approval-review check).</summary>
        public string? GitHub { get; set; }

        /// <summary>Whether <paramref name="publicKey"/> (type and base64 blob; any comment ignored) is one of this person's keys.</summary>
        public bool HasKey(string publicKey)
        {
            var wanted = KeyIdentity(publicKey);
            foreach (var key in SigningKeys)
            {
                if (wanted.Length > 0 && string.Equals(KeyIdentity(key), wanted, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The key type and blob of an SSH public-key line, without its comment.</summary>
        public static string KeyIdentity(string keyLine)
        {
            var parts = keyLine.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return parts.Length >= 2 ? parts[0] + " " + parts[1] : string.Empty;
        }
    }

    public sealed class RoleHolders
    {
        // Governance `roles` members by approval role name (schemas/governance.schema.json).
        private static readonly KeyValuePair<string, string>[] RoleMembers =
        {
            new KeyValuePair<string, string>("ai-lead", "aiLead"),
            new KeyValuePair<string, string>("dpo", "dpo"),
            new KeyValuePair<string, string>("cio", "cio"),
            new KeyValuePair<string, string>("ciso", "ciso"),
            new KeyValuePair<string, string>("quality", "quality"),
            new KeyValuePair<string, string>("risk-manager", "riskManager"),
            new KeyValuePair<string, string>("medical-lead", "medicalLead"),
            new KeyValuePair<string, string>("controller", "controller"),
        };

        private readonly List<RoleHolder> holders;

        private RoleHolders(List<RoleHolder> holders) => this.holders = holders;

        public IReadOnlyList<RoleHolder> All => holders;

        /// <summary>The holders and deputies of every role a Governance artefact names.</summary>
        public static RoleHolders From(IJsonNode governanceRoot)
        {
            var holders = new List<RoleHolder>();
            foreach (var role in RoleMembers)
            {
                foreach (var slot in new[] { "person", "deputy" })
                {
                    var person = governanceRoot.At("roles", role.Value, slot);
                    if (person.StringAt("name") is { } name)
                    {
                        holders.Add(new RoleHolder(role.Key, name, person.StringAt("email"), person.StringsAt("signingKeys")) { GitHub = person.StringAt("github") });
                    }
                }
            }

            return new RoleHolders(holders);
        }

        /// <summary>The holder or deputy of the approver's role who is this approver, or null.</summary>
        public RoleHolder? Match(Approver approver)
        {
            foreach (var holder in holders)
            {
                if (string.Equals(holder.Role, approver.Role, StringComparison.Ordinal) && SamePerson(holder.Name, holder.Email, approver.Name, approver.Email))
                {
                    return holder;
                }
            }

            return null;
        }

        /// <summary>The names of the role's holder and deputy, for messages.</summary>
        public IReadOnlyList<RoleHolder> Of(string role) => holders.FindAll(h => string.Equals(h.Role, role, StringComparison.Ordinal));

        /// <summary>
        /// Same name (case and spacing aside) and, when the Governance records an e-mail for the role, the
        /// same e-mail: a namesake with another address is someone else.
        /// </summary>
        public static bool SamePerson(string name, string? email, string otherName, string? otherEmail) =>
            string.Equals(Normalise(name), Normalise(otherName), StringComparison.OrdinalIgnoreCase)
            && (email is null || (otherEmail is not null && string.Equals(email.Trim(), otherEmail.Trim(), StringComparison.OrdinalIgnoreCase)));

        public static string Normalise(string name) => string.Join(" ", name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
