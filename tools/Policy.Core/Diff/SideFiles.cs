using System.Collections.Concurrent;
using System.Text;
using Policy.Core.Findings;
using Policy.Core.Loading;
using Policy.Core.Model;

namespace Policy.Core.Diff;

/// <summary>The bytes of every file of one side, and loading some of them as artefacts.</summary>
internal sealed class SideFiles
{
    private static readonly byte[] ApprovalMarker = Encoding.UTF8.GetBytes("\"Approval\"");
    private static readonly byte[] GovernanceMarker = Encoding.UTF8.GetBytes("\"Governance\"");
    private readonly DiffSource source;
    private readonly Dictionary<string, string> fullPaths;

    private SideFiles(DiffSource source, Dictionary<string, byte[]> bytes, Dictionary<string, string> fullPaths, IReadOnlyList<Finding> discoveryFindings)
    {
        this.source = source;
        Bytes = bytes;
        this.fullPaths = fullPaths;
        DiscoveryFindings = discoveryFindings;
    }

    public DiffSource Source => source;

    /// <summary>Repository-relative path → content; a file that cannot be read is absent (validation reports it).</summary>
    public Dictionary<string, byte[]> Bytes { get; }

    /// <summary>Repository-relative path → where the file is in this side's layout, for every file found there (read or not).</summary>
    public IReadOnlyDictionary<string, string> FullPaths => fullPaths;

    /// <summary>What finding this side's files reported (links leading outside, folders that cannot be listed).</summary>
    public IReadOnlyList<Finding> DiscoveryFindings { get; }

    /// <summary>The outcomes <see cref="Load"/> gave, by repository-relative path.</summary>
    public ConcurrentDictionary<string, ArtefactLoader.Outcome> Loaded { get; } = new(StringComparer.Ordinal);

    public static SideFiles Read(DiffSource source, int parallelism)
    {
        if (source.Files is { } files)
        {
            var inMemory = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var where = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (file, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                inMemory[file] = content;
                where[file] = Path.GetFullPath(file, source.Layout.Root);
            }

            return new SideFiles(source, inMemory, where, []);
        }

        var discovered = FileDiscovery.Discover(source.Layout, [source.PolicyPath]);
        var found = discovered.Files;
        var contents = new byte[]?[found.Count];
        Parallel.For(0, found.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            try
            {
                contents[i] = File.ReadAllBytes(found[i]);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                contents[i] = null;
            }
        });

        var bytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < found.Count; i++)
        {
            var relative = source.Layout.Relative(found[i]);
            paths[relative] = found[i];
            if (contents[i] is { } content)
            {
                bytes[relative] = content;
            }
        }

        return new SideFiles(source, bytes, paths, discovered.Findings);
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

    /// <summary>
    /// The artefacts of the given files that exist on this side, loaded and schema-validated as `policy validate`
    /// does (their outcomes kept in <see cref="Loaded"/> for the findings); without <paramref name="checkSchemas"/>,
    /// only read (the artefact is the same: a schema finding does not drop it).
    /// </summary>
    public IReadOnlyList<Artefact> Load(IReadOnlyList<string> files, SchemaCatalog schemas, int parallelism, bool checkSchemas)
    {
        var present = files.Where(f => Bytes.ContainsKey(f) && fullPaths.ContainsKey(f)).ToList();
        var loader = new ArtefactLoader(source.Layout, schemas, Policy.JsonSchema.JsonSourceOptions.Default);
        var loaded = new Artefact?[present.Count];
        Parallel.For(0, present.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            if (!checkSchemas)
            {
                loaded[i] = loader.ReadArtefact(fullPaths[present[i]], Bytes[present[i]]);
                return;
            }

            var outcome = loader.Load(fullPaths[present[i]], Bytes[present[i]]);
            Loaded[present[i]] = outcome;
            loaded[i] = outcome.Artefact;
        });
        return loaded.OfType<Artefact>().ToList();
    }

    /// <summary>
    /// The Approvals and the Governance of this side that the kernel needs for the approvals a change voids:
    /// the loaded artefacts of changed files, and, of the unchanged files that name either kind (parsed
    /// without their schema), the Governance, the Approvals that name one of <paramref name="named"/> or
    /// the Governance, and every Approval sharing an id with one of those (the first of an id in file
    /// order counts). An Approval naming none of them cannot be among the voided ones or decide the matrix.
    /// </summary>
    /// <param name="named">The ids of the changed artefacts.</param>
    /// <param name="envelopes">Each file's envelope, read once for all of the diff's steps.</param>
    /// <param name="parsed">Views already parsed, by content: a file the other side shares is parsed once.</param>
    public IReadOnlyList<Policy.Kernel.Artefacts.IArtefactView> Views(IReadOnlyList<Artefact> loaded, IEnumerable<string> named, FileEnvelopes envelopes, ConcurrentDictionary<byte[], ParsedArtefact?> parsed, int parallelism)
    {
        var loadedFiles = loaded.Select(a => a.File).ToHashSet(StringComparer.Ordinal);
        var views = loaded.Where(a => a.Kind is ArtefactKinds.Approval or ArtefactKinds.Governance)
            .Select(a => (a.File, View: (Policy.Kernel.Artefacts.IArtefactView)a))
            .ToList();
        var candidates = Bytes
            .Where(f => !loadedFiles.Contains(f.Key) && (f.Value.AsSpan().IndexOf(ApprovalMarker) >= 0 || f.Value.AsSpan().IndexOf(GovernanceMarker) >= 0))
            .ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) };
        var envelopeOf = new FileEnvelope?[candidates.Count];
        Parallel.For(0, candidates.Count, options, i => envelopeOf[i] = envelopes.Of(candidates[i].Value));

        // An Approval (by its envelope) that does not mention the Governance is left out unless it names a changed id.
        bool Optional(int i) => envelopeOf[i] is { Kind: ArtefactKinds.Approval } && candidates[i].Value.AsSpan().IndexOf(GovernanceMarker) < 0;
        var wanted = named.Where(id => id.Length > 0).Select(JsonValueHash.Of).ToHashSet();
        var keep = new bool[candidates.Count];
        var keptIds = loaded.Where(a => a.Kind == ArtefactKinds.Approval).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            keep[i] = !Optional(i) || envelopeOf[i]!.Values.Any(wanted.Contains);
            if (keep[i] && envelopeOf[i]?.Id is { } id)
            {
                keptIds.Add(id);
            }
        }

        var chosen = Enumerable.Range(0, candidates.Count).Where(i => keep[i] || (envelopeOf[i]?.Id is { } id && keptIds.Contains(id))).ToList();
        var read = new ParsedArtefact?[chosen.Count];
        Parallel.For(0, chosen.Count, options, i => read[i] = parsed.GetOrAdd(candidates[chosen[i]].Value, ParsedArtefact.TryRead));
        for (var i = 0; i < chosen.Count; i++)
        {
            if (read[i] is { } view)
            {
                views.Add((candidates[chosen[i]].Key, view));
            }
        }

        // The kernel takes the first Governance and the first Approval of an id in file order.
        return views.OrderBy(v => v.File, StringComparer.Ordinal).Select(v => v.View).ToList();
    }
}
