using System;
using System.Collections.Generic;
using System.Linq;
using Policy.Analyzers.Json;
using Policy.Kernel.Artefacts;
using Policy.Kernel.Json;
using Policy.Kernel.Time;

namespace Policy.Analyzers.Policies
{
    /// <summary>An artefact of the policy repository, with the key fields the analyzers read; the kernel's view of it too.</summary>
    internal sealed class PolicyArtefact : IArtefactView
    {
        public PolicyArtefact(PolicyFile file, string kind, string id)
        {
            File = file;
            Kind = kind;
            Id = id;
        }

        public PolicyFile File { get; }

        public string Kind { get; }

        public string Id { get; }

        public JsonValue Root => File.Document.Root!;

        IJsonNode IArtefactView.Root => Root;

        public string? ContentHash => File.Document.ContentHash;

        /// <summary>The id of the SystemCard this artefact belongs to.</summary>
        public string? System => Root["system"]?.AsString;

        /// <summary>DataFlow <c>dataCategories</c>, SystemCard <c>dataCategoriesProcessed</c>, Dpia <c>dataCategories[].category</c>.</summary>
        public IReadOnlyList<string> DataCategories => Kernel.Artefacts.DataCategories.Declared(Root);

        /// <summary>DataFlow <c>destination.endpoints</c>: host names or <c>*.suffix</c> patterns.</summary>
        public IReadOnlyList<string> Endpoints => Strings(Root["destination"]?["endpoints"]);

        /// <summary>SystemCard <c>aiAct.riskClass</c>.</summary>
        public string? RiskClass => Root["aiAct"]?["riskClass"]?.AsString;

        public DateTime? ReviewDue => PolicyDate.Parse(Root["reviewDue"]?.AsString);

        public static IReadOnlyList<string> Strings(JsonValue? array) =>
            array is null ? Array.Empty<string>() : array.Items.Select(i => i.AsString).Where(s => s is not null).Select(s => s!).ToList();
    }
}
