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

        var changed = oldSide.Bytes.Keys.Union(newSide.Bytes.Keys)
            .Where(file => !(oldSide.Bytes.TryGetValue(file, out var a) && newSide.Bytes.TryGetValue(file, out var b) && a.AsSpan().SequenceEqual(b)))
            .Order(StringComparer.Ordinal)
            .ToList();

        var newSchemas = SchemaCatalog.Load(newer.Layout.SchemasDirectory);
        var oldSchemas = SameFiles(older.Layout.SchemasDirectory, newer.Layout.SchemasDirectory) ? newSchemas : SchemaCatalog.Load(older.Layout.SchemasDirectory);
        var oldArtefacts = oldSide.Load(changed, oldSchemas, options.MaxParallelism);
        var newArtefacts = newSide.Load(changed, newSchemas, options.MaxParallelism);
        var keys = ListKeys.FromSchemas(newer.Layout.SchemasDirectory);
        var changes = new ArtefactComparer(classification, keys).Compare(oldArtefacts, newArtefacts);
        var parsed = new Dictionary<byte[], ParsedArtefact?>(ReferenceEqualityComparer.Instance);
        var invalidated = InvalidatedApprovals.Find(oldSide.Views(oldArtefacts, parsed), newSide.Views(newArtefacts, parsed), oldArtefacts, newArtefacts, options.Today);

        var report = new PolicyDiffReport(older.Label, newer.Label, changes, invalidated, [], []) { FindingsCompared = options.CompareFindings };
        if (!options.CompareFindings)
        {
            return report;
        }

        var oldFindings = Validate(older, options);
        var newFindings = Validate(newer, options);
        var oldPrints = oldFindings.Select(FindingFingerprint.Of).ToHashSet(StringComparer.Ordinal);
        var newPrints = newFindings.Select(FindingFingerprint.Of).ToHashSet(StringComparer.Ordinal);
        return report with
        {
            FindingsIntroduced = newFindings.Where(f => !oldPrints.Contains(FindingFingerprint.Of(f))).Select(ToDiff).ToList(),
            FindingsResolved = oldFindings.Where(f => !newPrints.Contains(FindingFingerprint.Of(f))).Select(ToDiff).ToList(),
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

    private static IReadOnlyList<Finding> Validate(DiffSource source, DiffOptions options)
    {
        var validator = new PolicyValidator(source.Layout, SchemaCatalog.Load(source.Layout.SchemasDirectory), RepositoryRules.All, source.History);
        return validator.Validate([source.PolicyPath], new ValidationSettings { Today = options.Today, MaxParallelism = options.MaxParallelism }).Findings;
    }

    private static DiffFinding ToDiff(Finding finding) =>
        new(finding.Rule, finding.Severity.ToName(), finding.File, finding.Line, finding.Pointer, finding.Message);

    /// <summary>The bytes of every file of one side, and loading some of them as artefacts.</summary>
    private sealed class SideFiles
    {
        private static readonly byte[] ApprovalMarker = Encoding.UTF8.GetBytes("\"Approval\"");
        private static readonly byte[] GovernanceMarker = Encoding.UTF8.GetBytes("\"Governance\"");
        private readonly DiffSource source;
        private readonly Dictionary<string, string> fullPaths;

        private SideFiles(DiffSource source, Dictionary<string, byte[]> bytes, Dictionary<string, string> fullPaths)
        {
            this.source = source;
            Bytes = bytes;
            this.fullPaths = fullPaths;
        }

        /// <summary>Repository-relative path → content; a file that cannot be read is absent (validation reports it).</summary>
        public Dictionary<string, byte[]> Bytes { get; }

        public static SideFiles Read(DiffSource source, int parallelism)
        {
            var files = FileDiscovery.Discover(source.Layout, [source.PolicyPath]).Files;
            var contents = new byte[]?[files.Count];
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
            {
                try
                {
                    contents[i] = File.ReadAllBytes(files[i]);
                }
                catch (Exception error) when (error is IOException or UnauthorizedAccessException)
                {
                    contents[i] = null;
                }
            });

            var bytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var paths = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < files.Count; i++)
            {
                if (contents[i] is { } content)
                {
                    var relative = source.Layout.Relative(files[i]);
                    bytes[relative] = content;
                    paths[relative] = files[i];
                }
            }

            return new SideFiles(source, bytes, paths);
        }

        /// <summary>Takes every file outside <paramref name="differ"/> from the other side: Git says it is the same there.</summary>
        public void ShareUnchanged(SideFiles other, IReadOnlySet<string> differ)
        {
            foreach (var (file, content) in other.Bytes)
            {
                if (!differ.Contains(file))
                {
                    Bytes[file] = content;
                }
            }
        }

        /// <summary>The artefacts of the given files that exist on this side, loaded and schema-validated as `policy validate` does.</summary>
        public IReadOnlyList<Artefact> Load(IReadOnlyList<string> files, SchemaCatalog schemas, int parallelism)
        {
            var present = files.Where(fullPaths.ContainsKey).ToList();
            var loader = new ArtefactLoader(source.Layout, schemas, Policy.JsonSchema.JsonSourceOptions.Default);
            var loaded = new Artefact?[present.Count];
            Parallel.For(0, present.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i => loaded[i] = loader.Load(fullPaths[present[i]]).Artefact);
            return loaded.OfType<Artefact>().ToList();
        }

        /// <summary>
        /// Every Approval and the Governance of this side, for the kernel: the loaded artefacts of changed
        /// files, and the unchanged files that name either kind, parsed without their schema.
        /// </summary>
        /// <param name="parsed">Views already parsed, by content: a file the other side shares is parsed once.</param>
        public IReadOnlyList<Policy.Kernel.Artefacts.IArtefactView> Views(IReadOnlyList<Artefact> loaded, Dictionary<byte[], ParsedArtefact?> parsed)
        {
            var loadedFiles = loaded.Select(a => a.File).ToHashSet(StringComparer.Ordinal);
            var views = loaded.Where(a => a.Kind is ArtefactKinds.Approval or ArtefactKinds.Governance)
                .Select(a => (a.File, View: (Policy.Kernel.Artefacts.IArtefactView)a))
                .ToList();
            foreach (var (file, content) in Bytes)
            {
                var span = content.AsSpan();
                if (loadedFiles.Contains(file) || (span.IndexOf(ApprovalMarker) < 0 && span.IndexOf(GovernanceMarker) < 0))
                {
                    continue;
                }

                if (!parsed.TryGetValue(content, out var view))
                {
                    parsed[content] = view = ParsedArtefact.TryRead(content);
                }

                if (view is not null)
                {
                    views.Add((file, view));
                }
            }

            // The kernel takes the first Governance and the first Approval of an id in file order.
            return views.OrderBy(v => v.File, StringComparer.Ordinal).Select(v => v.View).ToList();
        }
    }
}
