using System.Text;
using Policy.Core.History;
using Policy.Core.Tests.Fixtures;
using Policy.Kernel.Hashing;

namespace Policy.Core.Tests.History;

/// <summary>ApprovedVersions asks the history once for every stale approval, and finds the newest version with the approved hash.</summary>
public sealed class ApprovedVersionsTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void Every_stale_approval_is_read_in_one_request_and_anything_else_alone()
    {
        var approved = new Dictionary<string, (string Hash, string Text)>();
        foreach (var i in Enumerable.Range(0, 3))
        {
            var file = $"policies/ecg/oversight-{i}.json";
            var oversight = Artefacts.Envelope("HumanOversight", $"ho-{i}").With("escalation", "to the head of cardiology");
            repository.Artefact($"ecg/oversight-{i}.json", oversight);
            approved[file] = (repository.HashOf(file), File.ReadAllText(repository.FullPath(file)));
            repository.Artefact($"approvals/ho-{i}.json", Artefacts.Approval($"apr-ho-{i}", "HumanOversight", $"ho-{i}", approved[file].Hash, ("Dr Paul Henry", "medical-lead"), ("Sofia Rossi", "ai-lead")));
            repository.Artefact($"ecg/oversight-{i}.json", oversight.With("escalation", "to the on-call physician"));
        }

        var history = new RecordingHistory(path => approved.TryGetValue(path, out var version) ? ["not json", """{ "newer": true }""", version.Text, version.Text + " "] : []);
        var versions = new ApprovedVersions(history, repository.Load());

        foreach (var (file, (hash, text)) in approved)
        {
            using var found = versions.Find(file, hash.ToUpperInvariant());
            Assert.NotNull(found);
            Assert.True(ContentHash.AreEqual(hash, ContentHash.TryCompute(new Policy.Core.Model.ElementNode(found.RootElement))));
        }

        Assert.Null(versions.Find("policies/other.json", approved.Values.First().Hash));
        Assert.Equal([approved.Keys.Order(StringComparer.Ordinal).ToList(), ["policies/other.json"]], history.Requests.Select(r => r.Order(StringComparer.Ordinal).ToList()).ToList());
    }

    private sealed class RecordingHistory(Func<string, string[]> versionsOf) : IFileHistory
    {
        public List<IReadOnlyCollection<string>> Requests { get; } = [];

        public IEnumerable<byte[]> PreviousVersions(string relativePath, int limit) => PreviousVersions([relativePath], limit).Select(v => v.Content);

        public IEnumerable<(string Path, byte[] Content)> PreviousVersions(IReadOnlyCollection<string> relativePaths, int limit)
        {
            Requests.Add(relativePaths);
            return relativePaths.SelectMany(path => versionsOf(path).Select(text => (path, Encoding.UTF8.GetBytes(text)))).ToList();
        }
    }
}
