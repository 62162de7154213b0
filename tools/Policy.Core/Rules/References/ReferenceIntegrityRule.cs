using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.References;

/// <summary>XR-REF-01: every reference resolves to an artefact of the right kind, and ids are unique.</summary>
public sealed class ReferenceIntegrityRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-REF-01", "references", Severity.Error,
        "Every `system`, reference field and approval `target` resolves to an existing artefact of the right kind; ids are unique repository-wide.",
        "docs/format.md (The common envelope)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var repository = context.Repository;
        CheckUniqueIds(context);
        foreach (var artefact in repository.Artefacts)
        {
            if (artefact.Kind != ArtefactKinds.SystemCard && artefact.System is { } system)
            {
                CheckReference(context, artefact, ReferenceFields.SystemPointer, system, ArtefactKinds.SystemCard);
            }

            foreach (var field in ReferenceFields.All.Where(f => f.Kind == artefact.Kind))
            {
                foreach (var (pointer, value) in JsonSelect.Select(artefact.Root, field.Pattern))
                {
                    if (value.ValueKind == JsonValueKind.String)
                    {
                        CheckReference(context, artefact, pointer, value.GetString()!, field.TargetKind);
                    }
                }
            }

            if (artefact.Kind == ArtefactKinds.Approval
                && artefact.Root.String("target", "id") is { } targetId
                && artefact.Root.String("target", "kind") is { } targetKind)
            {
                CheckReference(context, artefact, "/target/id", targetId, targetKind);
            }
        }
    }

    private static void CheckUniqueIds(RuleContext context)
    {
        foreach (var group in context.Repository.Artefacts.Where(a => a.Id.Length > 0).GroupBy(a => a.Id, StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                context.Report(
                    Descriptor,
                    duplicate.At("/id"),
                    $"id '{duplicate.Id}' is already used by {first.Kind} in {first.File}; ids must be unique in the repository, so give this {duplicate.Kind} another id.",
                    new RelatedLocation(first.At("/id"), "first artefact with this id"));
            }
        }
    }

    private static void CheckReference(RuleContext context, Artefact source, string pointer, string id, string expectedKind)
    {
        var target = context.Repository.Find(id);
        if (target is null)
        {
            context.Report(
                Descriptor,
                source.At(pointer),
                $"'{id}' names no artefact in the repository; it must be the id of a {expectedKind}. Create that {expectedKind} or correct the id.");
        }
        else if (target.Kind != expectedKind)
        {
            context.Report(
                Descriptor,
                source.At(pointer),
                $"'{id}' is a {target.Kind}, but this field must name a {expectedKind}.",
                new RelatedLocation(target.At("/kind"), $"'{id}' is declared here as a {target.Kind}"));
        }
    }
}
