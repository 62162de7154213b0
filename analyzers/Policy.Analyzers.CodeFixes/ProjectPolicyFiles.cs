// The policy artefacts among a project's additional documents, read with the analyzer's own parser,
// for the few facts a fix needs that a diagnostic does not carry (ids in use, an artefact's system).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Policy.Analyzers.Policies;

namespace Policy.Analyzers.CodeFixes
{
    internal static class ProjectPolicyFiles
    {
        /// <summary>Readable artefacts by id (the first file by path wins, as in the analyzer's index).</summary>
        public static async Task<IReadOnlyDictionary<string, PolicyDocument>> ByIdAsync(Project project, CancellationToken cancellationToken)
        {
            var byId = new SortedDictionary<string, (string Path, PolicyDocument Document)>(StringComparer.Ordinal);
            foreach (var document in project.AdditionalDocuments)
            {
                if (document.FilePath?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) != true)
                {
                    continue;
                }

                var parsed = PolicyDocument.Read(await document.GetTextAsync(cancellationToken).ConfigureAwait(false));
                if (parsed.Id is { } id && (!byId.TryGetValue(id, out var existing) || string.CompareOrdinal(document.FilePath, existing.Path) < 0))
                {
                    byId[id] = (document.FilePath!, parsed);
                }
            }

            var result = new Dictionary<string, PolicyDocument>(StringComparer.Ordinal);
            foreach (var pair in byId)
            {
                result[pair.Key] = pair.Value.Document;
            }

            return result;
        }
    }
}
