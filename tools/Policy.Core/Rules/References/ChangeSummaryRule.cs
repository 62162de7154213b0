using System.Text.Json;
using Policy.Core.Catalog;
using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Rules.References;

/// <summary>
/// XR-REF-04: an artefact whose <c>version</c> is higher than the last version an Approval names says
/// what changed in <c>changeSummary</c>, for the committee that reads it in the diff before approving
/// again (AI Act Annex IV 6: the changes over the system's lifecycle). "Raised" is measured against the
/// approvals in the repository; in a Git checkout, a changeSummary left as it was in the approved
/// version is reported too, since it still describes the previous change.
/// </summary>
public sealed class ChangeSummaryRule : IRepositoryRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "XR-REF-04", "references", Severity.Warning,
        "An artefact whose version is higher than the last approved one says what changed in changeSummary (and, in a Git checkout, not the summary of the approved version).",
        "AI Act Annex IV 6 (changes over the lifecycle), Art. 11(1); GDPR Art. 5(2) (accountability)");

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    public void Check(RuleContext context)
    {
        var approvals = ApprovalsByTarget.Of(context.Repository);

        foreach (var target in context.Repository.Artefacts)
        {
            if (SemanticVersion.Parse(target.Version) is not { } current)
            {
                continue;
            }

            var previous = approvals[(target.Kind, target.Id)]
                .Select(a => (a.File, a.Record, Version: SemanticVersion.Parse(a.Record.TargetVersion)))
                .Where(a => a.Version is { } version && version.CompareTo(current) < 0)
                .Select(a => (a.File, a.Record, Version: a.Version!.Value))
                .OrderByDescending(a => a.Version)
                .FirstOrDefault();
            if (previous.File is null)
            {
                continue;
            }

            var onApproval = new RelatedLocation(previous.File.At("/target/version"), $"the last approved version, {previous.Version}");
            var summary = target.Root.String("changeSummary");
            if (string.IsNullOrWhiteSpace(summary))
            {
                context.Report(
                    Descriptor,
                    target.At("/version"),
                    $"{target.Kind} '{target.Id}' is at version {current}, raised from {previous.Version} that Approval '{previous.Record.Id}' approved, but has no changeSummary; the committee approves the new version from what changed (AI Act Annex IV 6). Say in changeSummary what changed since {previous.Version} and why.",
                    onApproval);
            }
            else if (ApprovedSummary(context, target, previous.Record.TargetSha256) is { } approved && approved == summary)
            {
                context.Report(
                    Descriptor,
                    target.At("/changeSummary"),
                    $"{target.Kind} '{target.Id}' is at version {current}, raised from {previous.Version}, but its changeSummary is the one approved with {previous.Version}, so it does not say what changed since. Describe the change to {current} (keeping the earlier history if you wish).",
                    onApproval);
            }
        }
    }

    /// <summary>The changeSummary of the approved version, when Git history has that version; null otherwise.</summary>
    private static string? ApprovedSummary(RuleContext context, Artefact target, string approvedHash)
    {
        using var approved = context.ApprovedVersions?.Find(target.File, approvedHash);
        return approved?.RootElement.ValueKind == JsonValueKind.Object ? approved.RootElement.String("changeSummary") : null;
    }
}
