// HP001: "Declare this data flow". Code fixes cannot write arbitrary files, so the draft DataFlow is
// added to the project as an AdditionalDocument under the policy folder, pre-filled with the
// categories and constant host the analyzer saw and the system from [AiSystem]. It does not add
// [DataFlow]: the draft is not approved, and attesting it would only swap this warning for HP003.
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Policy.Analyzers.Diagnostics;

namespace Policy.Analyzers.CodeFixes
{
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareDataFlowCodeFix))]
    [Shared]
    public sealed class DeclareDataFlowCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "DeclareDataFlow";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HealthDataToUndeclaredSink);

        // Each draft is a decision for a person; drafting many at once would only multiply TODOs.
        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var categories = DiagnosticPropertyReader.List(diagnostic, DiagnosticPropertyNames.Categories);
                if (categories.Count == 0)
                {
                    continue;
                }

                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Declare this data flow (draft DataFlow in the policy folder, not approved)",
                        cancellationToken => AddDraftAsync(document, node, diagnostic, categories, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Solution> AddDraftAsync(Document document, SyntaxNode node, Diagnostic diagnostic, System.Collections.Generic.IReadOnlyList<string> categories, CancellationToken cancellationToken)
        {
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var member = AttestationTarget.Find(node);
            var symbol = member is null || model is null ? null : model.GetDeclaredSymbol(member, cancellationToken);
            var system = model is null ? null : AiSystemLookup.Find(symbol, model.Compilation);
            var host = DiagnosticPropertyReader.Value(diagnostic, DiagnosticPropertyNames.Host);
            var sinkFamily = DiagnosticPropertyReader.Value(diagnostic, DiagnosticPropertyNames.SinkFamily);
            var project = document.Project;

            var id = await DraftPlacement.ProposeIdAsync(project, system, host, sinkFamily, cancellationToken).ConfigureAwait(false);
            var policyRoot = DraftPlacement.PolicyRoot(project, DiagnosticPropertyReader.Value(diagnostic, DiagnosticPropertyNames.PolicyRoot));
            var path = DraftPlacement.FilePath(policyRoot, system, id);
            var codeRef = symbol is null ? document.Name : CodeReference(symbol);
            var draft = new DataFlowDraft(id, system, categories, host, sinkFamily, codeRef);

            return project.Solution.AddAdditionalDocument(
                DocumentId.CreateNewId(project.Id, id),
                id + ".json",
                SourceText.From(draft.ToJson(), System.Text.Encoding.UTF8),
                DraftPlacement.ProjectFolders(project, path),
                path);
        }

        /// <summary>Namespace.Type.Member, as the DataFlow's source.codeRefs lists it.</summary>
        private static string CodeReference(ISymbol symbol) =>
            symbol is INamedTypeSymbol type ? type.ToDisplayString() : symbol.ContainingType.ToDisplayString() + "." + (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? "ctor" : symbol.Name);
    }
}
