// HP009: a policy file given to the analyzer cannot be read (bad JSON, duplicate id), reported in that file.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Policy.Analyzers.Diagnostics;
using Policy.Analyzers.Policies;

namespace Policy.Analyzers.Rules
{
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnreadablePolicyFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HP009);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var index = PolicyIndexProvider.Get(start);
                if (index.Files.Count == 0)
                {
                    return;
                }

                start.RegisterAdditionalFileAction(file => Report(file, index));
            });
        }

        private static void Report(AdditionalFileAnalysisContext context, PolicyIndex index)
        {
            foreach (var file in index.Files)
            {
                if (!string.Equals(file.Path, context.AdditionalFile.Path, System.StringComparison.Ordinal))
                {
                    continue;
                }

                if (file.Document.Error is { } error)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.HP009,
                        file.LocationAt(file.Document.ErrorOffset, file.Document.ErrorOffset + 1),
                        $"Policy file cannot be read: {error}; attestations naming its artefact cannot be checked"));
                }
            }

            foreach (var (duplicate, first) in index.Duplicates)
            {
                if (string.Equals(duplicate.File.Path, context.AdditionalFile.Path, System.StringComparison.Ordinal))
                {
                    var idValue = duplicate.Root["id"]!;
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.HP009,
                        duplicate.File.LocationOf(idValue),
                        $"Duplicate artefact id '{duplicate.Id}': {first.File.Path} already defines it; ids must be unique in the policy repository"));
                }
            }
        }
    }
}
