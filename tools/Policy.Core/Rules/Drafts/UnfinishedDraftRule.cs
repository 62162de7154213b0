using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.Drafts;

/// <summary>XR-DRAFT-01: each TODO marker left in an artefact is a warning at its value, so a draft cannot pass for finished work.</summary>
public sealed class UnfinishedDraftRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-DRAFT-01", "draft", Severity.Warning,
        "An artefact holds no TODO marker: each one left by policy new or policy init is reported until it is filled in.",
        "docs/format.md (How the files work)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        foreach (var artefact in context.Repository.Artefacts)
        {
            foreach (var (pointer, text) in DraftMarkers.Of(artefact))
            {
                context.Report(
                    Descriptor,
                    artefact.At(pointer),
                    $"unfinished draft: {artefact.Kind} '{artefact.Id}' still says \"{Shorten(text)}\"; fill it in{(pointer.StartsWith("/x-todo/", StringComparison.Ordinal) ? " (check the placeholder value it names, then remove this x-todo entry)" : string.Empty)}.");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..119] + "…";
}
