// Where a draft DataFlow goes and which id it gets: under the policy folder (build_property.PolicyRoot
// as the analyzer saw it, else the folder of the policy files the project already has, else
// "policies" beside the project), at systems/<system>/data-flows/<id>.json as the artefact contract
// lays out; the id is kebab-case, proposed from the system and the host, and unused in the project.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace Policy.Analyzers.CodeFixes
{
    internal static class DraftPlacement
    {
        private const string PoliciesSegment = "/policies/";

        public static string PolicyRoot(Project project, string? analyzerPolicyRoot)
        {
            if (analyzerPolicyRoot is not null)
            {
                return WithSlash(analyzerPolicyRoot);
            }

            foreach (var path in project.AdditionalDocuments.Select(d => d.FilePath).Where(p => p is not null).OrderBy(p => p, StringComparer.Ordinal))
            {
                var normalised = path!.Replace('\\', '/');
                var at = normalised.IndexOf(PoliciesSegment, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    return normalised.Substring(0, at + PoliciesSegment.Length);
                }
            }

            var projectFolder = project.FilePath is null ? null : Path.GetDirectoryName(project.FilePath);
            return projectFolder is null ? "policies/" : WithSlash(projectFolder.Replace('\\', '/')) + "policies/";
        }

        public static string FilePath(string policyRoot, string? system, string id) =>
            policyRoot + (system is null ? string.Empty : "systems/" + system + "/") + "data-flows/" + id + ".json";

        /// <summary>The folders of <paramref name="filePath"/> below the project folder (empty when outside it).</summary>
        public static IReadOnlyList<string> ProjectFolders(Project project, string filePath)
        {
            var projectFolder = project.FilePath is null ? null : WithSlash(Path.GetDirectoryName(project.FilePath)!.Replace('\\', '/'));
            if (projectFolder is null || !filePath.StartsWith(projectFolder, StringComparison.Ordinal))
            {
                return Array.Empty<string>();
            }

            var relative = filePath.Substring(projectFolder.Length).Split('/');
            return relative.Take(relative.Length - 1).ToList();
        }

        public static async Task<string> ProposeIdAsync(Project project, string? system, string? host, string? sinkFamily, CancellationToken cancellationToken)
        {
            var taken = new HashSet<string>((await ProjectPolicyFiles.ByIdAsync(project, cancellationToken).ConfigureAwait(false)).Keys, StringComparer.Ordinal);
            foreach (var document in project.AdditionalDocuments)
            {
                taken.Add(Path.GetFileNameWithoutExtension(document.Name));
            }

            // The host without its top-level label: api.cardio-cloud.example -> api-cardio-cloud.
            var labels = host?.Split('.');
            var hostPart = labels is null ? null : string.Join("-", labels, 0, Math.Max(1, labels.Length - 1));
            var stem = Kebab("df-" + (system ?? "app") + "-" + (string.IsNullOrEmpty(hostPart) ? sinkFamily ?? "external" : hostPart));
            var proposed = stem;
            for (var n = 2; taken.Contains(proposed); n++)
            {
                proposed = stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return proposed;
        }

        private static string Kebab(string text)
        {
            var kebab = new StringBuilder(text.Length);
            foreach (var c in text.ToLowerInvariant())
            {
                var keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                if (keep)
                {
                    kebab.Append(c);
                }
                else if (kebab.Length > 0 && kebab[kebab.Length - 1] != '-')
                {
                    kebab.Append('-');
                }
            }

            return kebab.ToString().TrimEnd('-');
        }

        private static string WithSlash(string folder)
        {
            var normalised = folder.Trim().Replace('\\', '/');
            return normalised.EndsWith("/", StringComparison.Ordinal) ? normalised : normalised + "/";
        }
    }
}
