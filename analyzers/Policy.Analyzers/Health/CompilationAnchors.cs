// Which anchor types (FHIR model, annotations, classification attributes) a compilation can see,
// decided once per compilation and shared by every analyzer. Only the compilation's own source and
// the assemblies that can hold the type are searched: FHIR types in an Hl7.Fhir.* assembly, the
// compliance attributes in Microsoft.Extensions.Compliance.*, the annotations in any assembly that is
// not the framework's (a vendor may compile a copy into its own). A compilation that references no
// FHIR assembly never has its references walked for FHIR types.
using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Policy.Analyzers.Health
{
    internal sealed class CompilationAnchors
    {
        private static readonly ConditionalWeakTable<Compilation, CompilationAnchors> Table = new ConditionalWeakTable<Compilation, CompilationAnchors>();

        private readonly Compilation compilation;
        private readonly ConcurrentDictionary<string, Lazy<bool>> found = new ConcurrentDictionary<string, Lazy<bool>>(StringComparer.Ordinal);
        private int assembliesSearched;

        private CompilationAnchors(Compilation compilation)
        {
            this.compilation = compilation;
        }

        /// <summary>Referenced assemblies opened so far (a diagnostic of the cost, for tests).</summary>
        public int AssembliesSearched => Volatile.Read(ref assembliesSearched);

        public static CompilationAnchors For(Compilation compilation) => Table.GetValue(compilation, c => new CompilationAnchors(c));

        /// <summary>True when the compilation declares, or a candidate reference exports, a type of this metadata name.</summary>
        public bool Has(string metadataName) => found.GetOrAdd(metadataName, name => new Lazy<bool>(() => Search(name))).Value;

        private bool Search(string metadataName)
        {
            if (compilation.Assembly.GetTypeByMetadataName(metadataName) is not null)
            {
                return true;
            }

            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (!MayHold(assembly.Identity.Name, metadataName))
                {
                    continue;
                }

                Interlocked.Increment(ref assembliesSearched);
                if (assembly.GetTypeByMetadataName(metadataName) is { DeclaredAccessibility: Accessibility.Public })
                {
                    return true;
                }
            }

            return false;
        }

        private static bool MayHold(string assemblyName, string metadataName)
        {
            if (metadataName.StartsWith("Hl7.Fhir.", StringComparison.Ordinal))
            {
                return assemblyName.StartsWith("Hl7.Fhir", StringComparison.Ordinal);
            }

            if (metadataName.StartsWith("Microsoft.Extensions.Compliance.", StringComparison.Ordinal))
            {
                return assemblyName.StartsWith("Microsoft.Extensions.Compliance", StringComparison.Ordinal);
            }

            return !IsFramework(assemblyName) && !assemblyName.StartsWith("Hl7.Fhir", StringComparison.Ordinal);
        }

        private static bool IsFramework(string assemblyName) =>
            assemblyName == "netstandard" || assemblyName == "mscorlib" || assemblyName == "System"
            || assemblyName.StartsWith("System.", StringComparison.Ordinal)
            || assemblyName.StartsWith("Microsoft.", StringComparison.Ordinal);
    }
}
