// HP005: attest an approved HumanOversight declaration whose modes suffice, of the system the code
// names with [AiSystem] (the analyzer offers every approved sufficient one; the fix narrows by system).
// One action per candidate the analyzer found; nothing is offered when there is none.
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Policy.Analyzers.Diagnostics;

namespace Policy.Analyzers.CodeFixes
{
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddHumanOversightAttributeCodeFix))]
    [Shared]
    public sealed class AddHumanOversightAttributeCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.AutomatedDecisionWithoutOversight);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            AttestationCodeFix.RegisterAsync(context, "HumanOversight", DiagnosticPropertyNames.CandidateOversights, id => $"Attest approved human oversight '{id}' with [HumanOversight]", sameSystemOnly: true);
    }
}
