// Builds the PolicyIndex once per compilation and shares it between the analyzers. Each file is parsed
// once per SourceText by the compiler's value cache, so an edited file (a new SourceText) is re-read
// and an unchanged one is not; the index is rebuilt when any file or option differs.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Policy.Analyzers.Policies
{
    internal static class PolicyIndexProvider
    {
        private static readonly SourceTextValueProvider<PolicyDocument> DocumentProvider =
            new SourceTextValueProvider<PolicyDocument>(PolicyDocument.Read);

        private static readonly ConditionalWeakTable<Compilation, CacheEntry> Cache = new ConditionalWeakTable<Compilation, CacheEntry>();

#pragma warning disable RS1012 // only reads the context; the calling analyzer registers its actions on it
        public static PolicyIndex Get(CompilationStartAnalysisContext context)
#pragma warning restore RS1012
        {
            var options = PolicyOptions.Read(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions, CompilationClock.UtcNow());
            var files = Collect(context, options);
            var entry = Cache.GetValue(context.Compilation, _ => new CacheEntry());
            lock (entry)
            {
                if (entry.Index is null || !entry.Matches(files, options))
                {
                    entry.Index = new PolicyIndex(files, options);
                }

                return entry.Index;
            }
        }

#pragma warning disable RS1012 // only reads the context
        private static IReadOnlyList<PolicyFile> Collect(CompilationStartAnalysisContext context, PolicyOptions options)
#pragma warning restore RS1012
        {
            var root = options.PolicyRoot is null ? null : NormaliseFolder(options.PolicyRoot);
            var files = new List<PolicyFile>();
            foreach (var additional in context.Options.AdditionalFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                if (!additional.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var underRoot = root is not null && NormalisePath(additional.Path).StartsWith(root, StringComparison.OrdinalIgnoreCase);
                if (root is not null && !underRoot)
                {
                    continue;
                }

                var text = additional.GetText(context.CancellationToken);
                if (text is null || !context.TryGetValue(text, DocumentProvider, out var document))
                {
                    continue;
                }

                if (underRoot || document.LooksLikeArtefact)
                {
                    files.Add(new PolicyFile(additional.Path, text, document));
                }
            }

            return files;
        }

        /// <summary>Forward slashes, with "." and ".." segments resolved, so "root/../x" is not under root.</summary>
        private static string NormalisePath(string path)
        {
            var segments = new List<string>();
            foreach (var segment in path.Replace('\\', '/').Split('/'))
            {
                if (segment == "." || (segment.Length == 0 && segments.Count > 0))
                {
                    continue;
                }

                if (segment == ".." && segments.Count > 1)
                {
                    segments.RemoveAt(segments.Count - 1);
                    continue;
                }

                segments.Add(segment);
            }

            return string.Join("/", segments);
        }

        private static string NormaliseFolder(string folder)
        {
            var normalised = NormalisePath(folder.Trim());
            return normalised.EndsWith("/", StringComparison.Ordinal) ? normalised : normalised + "/";
        }

        private sealed class CacheEntry
        {
            public PolicyIndex? Index { get; set; }

            public bool Matches(IReadOnlyList<PolicyFile> files, PolicyOptions options) =>
                Index is not null
                && string.Equals(Index.Options.Key, options.Key, StringComparison.Ordinal)
                && Index.Files.Count == files.Count
                && Index.Files.Zip(files, (a, b) => string.Equals(a.Path, b.Path, StringComparison.Ordinal) && ReferenceEquals(a.Document, b.Document)).All(same => same);
        }
    }
}
