namespace Policy.Core.Diff;

/// <summary>
/// Which files of a repository can see each other, found without knowing any kind: file X is linked to
/// file Y when a string value anywhere in X equals Y's <c>id</c> or Y's <c>system</c> (and so Y to X;
/// files with the same id are linked too). Rules find other artefacts only through such values, so a
/// rule that reads d links from the artefact it reports on reads nothing farther than d hops here.
/// Built from each file's <see cref="FileEnvelope"/>: no positions, no schema, no hash, and no string
/// per value (two files whose values only collide on their <see cref="JsonValueHash"/> are linked
/// too, which only widens a neighbourhood, never narrows it).
/// One graph serves several versions (sides) of the repository: files are linked when they are on any
/// side. Within hops of files that include every file that differs, that reaches exactly the files each
/// side's own graph reaches (a path leaves the differing files over one side's links, and the links
/// between files that do not differ are every side's), and each file is read once for all sides.
/// </summary>
public sealed class ArtefactLinks
{
    private readonly Dictionary<string, List<string>> neighbours;

    private ArtefactLinks(IReadOnlyList<IReadOnlyDictionary<string, FileEnvelope>> envelopes, Dictionary<string, List<string>> neighbours)
    {
        Envelopes = envelopes;
        this.neighbours = neighbours;
    }

    /// <summary>Each side's envelope of each file that reads as a JSON object (a file that does not is absent), in the sides' order.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, FileEnvelope>> Envelopes { get; }

    /// <summary>Whether two files are linked (a value of one names the other).</summary>
    public static bool Linked(FileEnvelope a, FileEnvelope b) => b.Keys.Any(a.HasValue) || a.Keys.Any(b.HasValue);

    /// <param name="sides">Each side's files (repository-relative path → bytes); the same array on two sides is read once.</param>
    /// <param name="read">The envelopes already read (by content), shared with the diff's other steps.</param>
    public static ArtefactLinks Build(IReadOnlyList<IReadOnlyDictionary<string, byte[]>> sides, FileEnvelopes read, int parallelism)
    {
        var envelopes = sides.Select(files => Read(files, read, parallelism)).ToList();

        // Each (file, content) once: a file the sides share is one envelope.
        var distinct = new List<(string File, FileEnvelope Envelope)>();
        for (var i = 0; i < envelopes.Count; i++)
        {
            foreach (var (file, envelope) in envelopes[i])
            {
                if (!envelopes.Take(i).Any(earlier => ReferenceEquals(earlier.GetValueOrDefault(file), envelope)))
                {
                    distinct.Add((file, envelope));
                }
            }
        }

        // Files named by a value: by their id, and by their system (every artefact of a system).
        var named = new Dictionary<ulong, List<string>>();
        foreach (var (file, envelope) in distinct)
        {
            foreach (var key in envelope.Keys)
            {
                Add(named, JsonValueHash.Of(key), file);
            }
        }

        var neighbours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (file, envelope) in distinct)
        {
            foreach (var value in envelope.Values)
            {
                if (!named.TryGetValue(value, out var others))
                {
                    continue;
                }

                foreach (var other in others)
                {
                    if (other != file)
                    {
                        Add(neighbours, file, other);
                        Add(neighbours, other, file);
                    }
                }
            }
        }

        return new ArtefactLinks(envelopes, neighbours);
    }

    /// <summary>The files within <paramref name="hops"/> links of the seeds (the seeds included).</summary>
    public IReadOnlySet<string> Around(IEnumerable<string> seeds, int hops)
    {
        var reached = new HashSet<string>(seeds, StringComparer.Ordinal);
        var frontier = reached.ToList();
        for (var hop = 0; hop < hops && frontier.Count > 0; hop++)
        {
            var next = new List<string>();
            foreach (var file in frontier)
            {
                foreach (var other in neighbours.GetValueOrDefault(file) ?? [])
                {
                    if (reached.Add(other))
                    {
                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        return reached;
    }

    private static Dictionary<string, FileEnvelope> Read(IReadOnlyDictionary<string, byte[]> files, FileEnvelopes read, int parallelism)
    {
        var entries = files.ToArray();
        var envelopeOf = new FileEnvelope?[entries.Length];
        Parallel.For(0, entries.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i => envelopeOf[i] = read.Of(entries[i].Value));
        var envelopes = new Dictionary<string, FileEnvelope>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            if (envelopeOf[i] is { } envelope)
            {
                envelopes[entries[i].Key] = envelope;
            }
        }

        return envelopes;
    }

    private static void Add<TKey>(Dictionary<TKey, List<string>> map, TKey key, string value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
