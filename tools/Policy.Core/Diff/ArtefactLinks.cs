using System.Collections.Concurrent;
using System.Text.Json;

namespace Policy.Core.Diff;

/// <summary>
/// Which files of a repository can see each other, found without knowing any kind: file X is linked to
/// file Y when a string value anywhere in X equals Y's <c>id</c> or Y's <c>system</c> (and so Y to X;
/// files with the same id are linked too). Rules find other artefacts only through such values, so a
/// rule that reads d links from the artefact it reports on reads nothing farther than d hops here.
/// Built from the bytes with a forward-only reader: no positions, no schema, no hash.
/// One graph serves several versions (sides) of the repository: files are linked when they are on any
/// side. Within hops of files that include every file that differs, that reaches exactly the files each
/// side's own graph reaches (a path leaves the differing files over one side's links, and the links
/// between files that do not differ are every side's), and each file is read once for all sides.
/// </summary>
public sealed class ArtefactLinks
{
    private readonly Dictionary<string, List<string>> neighbours;

    private ArtefactLinks(IReadOnlyList<IReadOnlyDictionary<string, Envelope>> envelopes, Dictionary<string, List<string>> neighbours)
    {
        Envelopes = envelopes;
        this.neighbours = neighbours;
    }

    /// <summary>Each side's envelope of each file that reads as a JSON object (a file that does not is absent), in the sides' order.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, Envelope>> Envelopes { get; }

    /// <summary>What the links need of a file: its kind, id and system, and every string value in it.</summary>
    public sealed record Envelope(string? Kind, string? Id, string? System, IReadOnlySet<string> Strings)
    {
        /// <summary>The values that name this file: its id and its system.</summary>
        public IEnumerable<string> Keys => new[] { Id, System }.OfType<string>().Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);
    }

    /// <summary>Whether two files are linked (a value of one names the other).</summary>
    public static bool Linked(Envelope a, Envelope b) => b.Keys.Any(a.Strings.Contains) || a.Keys.Any(b.Strings.Contains);

    /// <param name="sides">Each side's files (repository-relative path → bytes); the same array on two sides is read once.</param>
    public static ArtefactLinks Build(IReadOnlyList<IReadOnlyDictionary<string, byte[]>> sides, int parallelism)
    {
        var read = new ConcurrentDictionary<byte[], Envelope?>(ReferenceEqualityComparer.Instance);
        var envelopes = sides.Select(files => Read(files, read, parallelism)).ToList();

        // Each (file, content) once: a file the sides share is one envelope.
        var distinct = new List<(string File, Envelope Envelope)>();
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
        var named = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (file, envelope) in distinct)
        {
            foreach (var key in envelope.Keys)
            {
                Add(named, key, file);
            }
        }

        var neighbours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (file, envelope) in distinct)
        {
            foreach (var value in envelope.Strings)
            {
                foreach (var other in named.GetValueOrDefault(value) ?? [])
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

    private static Dictionary<string, Envelope> Read(IReadOnlyDictionary<string, byte[]> files, ConcurrentDictionary<byte[], Envelope?> read, int parallelism)
    {
        var entries = files.ToArray();
        var envelopeOf = new Envelope?[entries.Length];
        Parallel.For(0, entries.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i => envelopeOf[i] = read.GetOrAdd(entries[i].Value, Read));
        var envelopes = new Dictionary<string, Envelope>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            if (envelopeOf[i] is { } envelope)
            {
                envelopes[entries[i].Key] = envelope;
            }
        }

        return envelopes;
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>The envelope of one file; null when it is not a JSON object (the diff then compares the whole repository).</summary>
    private static Envelope? Read(byte[] bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 1024 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var strings = new HashSet<string>(StringComparer.Ordinal);
            string? kind = null, id = null, system = null, member = null;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        member = reader.CurrentDepth == 1 ? reader.GetString() : null;
                        break;
                    case JsonTokenType.String:
                        var value = reader.GetString()!;
                        strings.Add(value);
                        if (reader.CurrentDepth == 1)
                        {
                            // The first occurrence, as the strict parse that rejects duplicates would have it.
                            switch (member)
                            {
                                case "kind": kind ??= value; break;
                                case "id": id ??= value; break;
                                case "system": system ??= value; break;
                            }
                        }

                        break;
                }
            }

            return new Envelope(kind, id, system, strings);
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
