using System.Collections.Concurrent;
using System.Text;
using Policy.Core.Findings;
using Policy.Core.Loading;
using Policy.Core.Model;
using Policy.Core.Rules;
using Policy.Core.Validation;

namespace Policy.Core.Diff;

/// <summary>
/// `policy diff`: read both sides' files → load, with the usual loader, only the files whose bytes
/// differ → match artefacts by kind and id → compare and classify each pair → the approvals the
/// change voids → (optionally) validate both sides and compare the findings by fingerprint.
/// </summary>
public sealed class PolicyDiffer
{
    private readonly ChangeClassification classification;

    public PolicyDiffer(ChangeClassification? classification = null) => this.classification = classification ?? ChangeClassification.Shipped;

    public PolicyDiffReport Diff(DiffSource older, DiffSource newer, DiffOptions options)
    {
        var newSide = SideFiles.Read(newer, options.MaxParallelism);
        var oldSide = SideFiles.Read(older, options.MaxParallelism);
        if (older.OnlyTheseDiffer is { } differ)
        {
            oldSide.ShareUnchanged(newSide, differ);
        }

        options.StepDone?.Invoke("diff: both sides' files read");

        var changed = oldSide.Bytes.Keys.Union(newSide.Bytes.Keys)
            .Where(file => !(oldSide.Bytes.TryGetValue(file, out var a) && newSide.Bytes.TryGetValue(file, out var b) && a.AsSpan().SequenceEqual(b)))
            .Order(StringComparer.Ordinal)
            .ToList();

        var newSchemas = SchemaCatalog.Load(newer.Layout.SchemasDirectory);
        var sameSchemas = SameFiles(older.Layout.SchemasDirectory, newer.Layout.SchemasDirectory);

        // The findings need each side's own catalogue (a declared `$schema` is judged against where the side's schemas are).
        var oldSchemas = sameSchemas && (!options.CompareFindings || older.Layout.SchemasDirectory == newer.Layout.SchemasDirectory)
            ? newSchemas
            : SchemaCatalog.Load(older.Layout.SchemasDirectory);
        options.StepDone?.Invoke("diff: schemas compiled");
        var oldArtefacts = oldSide.Load(changed, oldSchemas, options.MaxParallelism, checkSchemas: options.CompareFindings);
        var newArtefacts = newSide.Load(changed, newSchemas, options.MaxParallelism, checkSchemas: options.CompareFindings);
        options.StepDone?.Invoke("diff: differing files loaded");
        var keys = ListKeys.FromSchemas(newer.Layout.SchemasDirectory);
        var changes = new ArtefactComparer(classification, keys).Compare(oldArtefacts, newArtefacts, options.MaxParallelism);
        options.StepDone?.Invoke("diff: pairs compared");
        var parsed = new ConcurrentDictionary<byte[], ParsedArtefact?>(ReferenceEqualityComparer.Instance);
        var envelopes = new FileEnvelopes();
        var changedIds = oldArtefacts.Concat(newArtefacts).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var invalidated = InvalidatedApprovals.Find(
            oldSide.Views(oldArtefacts, changedIds, envelopes, parsed, options.MaxParallelism),
            newSide.Views(newArtefacts, changedIds, envelopes, parsed, options.MaxParallelism),
            oldArtefacts,
            newArtefacts,
            options.Today);
        options.StepDone?.Invoke("diff: approvals voided");

        var report = new PolicyDiffReport(older.Label, newer.Label, changes, invalidated, [], []) { FindingsCompared = options.CompareFindings };
        if (!options.CompareFindings)
        {
            return report;
        }

        var findings = FindingsComparison.Compare(oldSide, newSide, changed, oldSchemas, newSchemas, sameSchemas, envelopes, options);
        return report with
        {
            FindingsIntroduced = findings.Introduced.Select(ToDiff).ToList(),
            FindingsResolved = findings.Resolved.Select(ToDiff).ToList(),
        };
    }

    /// <summary>Whether two schema folders hold the same files, byte for byte (then one compiled set serves both sides).</summary>
    private static bool SameFiles(string left, string right)
    {
        if (left == right)
        {
            return true;
        }

        if (!Directory.Exists(left) || !Directory.Exists(right))
        {
            return false;
        }

        var a = Directory.EnumerateFiles(left, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(left, f)).Order(StringComparer.Ordinal).ToList();
        var b = Directory.EnumerateFiles(right, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(right, f)).Order(StringComparer.Ordinal).ToList();
        return a.SequenceEqual(b, StringComparer.Ordinal)
            && a.All(f => File.ReadAllBytes(Path.Combine(left, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(right, f))));
    }

    private static DiffFinding ToDiff(Finding finding) =>
        new(finding.Rule, finding.Severity.ToName(), finding.File, finding.Line, finding.Pointer, finding.Message);
}
