using System.Collections.Concurrent;
using System.Text.Json;
using Policy.Core.Model;
using Policy.Kernel.Approvals;
using Policy.Kernel.Hashing;

namespace Policy.Core.History;

/// <summary>
/// Finds, in a file's history, the version whose content hash an approval carries. On first use it
/// reads, in one request to the history, the versions of every artefact an Approval names with another
/// hash than its current one (the stale approvals every caller asks about), and keeps only the versions
/// those approvals carry; a question about anything else reads that file's history alone.
/// Safe to use from rules running side by side.
/// </summary>
public sealed class ApprovedVersions
{
    /// <summary>How many earlier commits of a file are searched for its approved version.</summary>
    public const int SearchDepth = 50;

    private readonly IFileHistory history;
    private readonly Lazy<object?> prefetched;
    private readonly ConcurrentDictionary<(string Path, string Hash), byte[]?> found = new(PathAndHash.Comparer);

    /// <param name="repository">Whose stale approvals are read ahead; none when null.</param>
    public ApprovedVersions(IFileHistory history, PolicyRepository? repository = null)
    {
        this.history = history;
        prefetched = new Lazy<object?>(
            () =>
            {
                Fetch(repository is null ? [] : StaleApprovals(repository));
                return null;
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The approved version's JSON, or null when no version in reach has that hash.</summary>
    public JsonDocument? Find(string relativePath, string approvedHash)
    {
        _ = prefetched.Value;
        var key = (relativePath, approvedHash);
        if (!found.TryGetValue(key, out var bytes))
        {
            Fetch([key]);
            bytes = found[key];
        }

        return bytes is null ? null : JsonDocument.Parse(bytes);
    }

    /// <summary>Each (file, hash) an Approval names where the file's current content has another hash.</summary>
    public static IReadOnlyList<(string Path, string Hash)> StaleApprovals(PolicyRepository repository) =>
        repository.OfKind(ArtefactKinds.Approval)
            .Select(ApprovalInputs.Record)
            .Where(record => record?.TargetSha256 is not null)
            .Select(record => (Target: repository.Find(record!.TargetId, record.TargetKind), Hash: record.TargetSha256))
            .Where(a => a.Target is not null && !ContentHash.AreEqual(a.Target.ContentHash, a.Hash))
            .Select(a => (a.Target!.File, a.Hash))
            .Distinct(PathAndHash.Comparer)
            .ToList();

    /// <summary>Reads the wanted files' histories in one request and keeps, per (file, hash), the newest version with that hash.</summary>
    private void Fetch(IReadOnlyCollection<(string Path, string Hash)> wanted)
    {
        var open = wanted.Where(w => !found.ContainsKey(w)).ToLookup(w => w.Path, w => w.Hash, StringComparer.Ordinal);
        var answers = open.SelectMany(g => g.Select(hash => (g.Key, hash))).ToDictionary(w => w, _ => (byte[]?)null, PathAndHash.Comparer);
        if (answers.Count > 0)
        {
            foreach (var (path, bytes) in history.PreviousVersions(open.Select(g => g.Key).ToList(), SearchDepth))
            {
                var unanswered = open[path].Where(hash => answers[(path, hash)] is null).ToList();
                if (unanswered.Count > 0 && HashOf(bytes) is { } hash)
                {
                    foreach (var approved in unanswered.Where(h => ContentHash.AreEqual(hash, h)))
                    {
                        answers[(path, approved)] = bytes;
                    }
                }
            }
        }

        foreach (var (key, bytes) in answers)
        {
            found.TryAdd(key, bytes);
        }
    }

    /// <summary>The content hash of one version, or null when it was not valid JSON (then it cannot be the approved one).</summary>
    private static string? HashOf(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return ElementSource.TryHash(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class PathAndHash : IEqualityComparer<(string Path, string Hash)>
    {
        public static PathAndHash Comparer { get; } = new();

        public bool Equals((string Path, string Hash) x, (string Path, string Hash) y) =>
            string.Equals(x.Path, y.Path, StringComparison.Ordinal) && string.Equals(x.Hash, y.Hash, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Path, string Hash) key) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(key.Path), StringComparer.OrdinalIgnoreCase.GetHashCode(key.Hash));
    }
}
