using System.Text.Json.Nodes;
using Policy.Core.Loading;
using Policy.Core.Model;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Model;

/// <summary>The per-run lookups the rules share: every answer complete and in file order.</summary>
public sealed class RepositoryIndexTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void Dpias_notices_and_flows_are_found_by_system_and_by_dpia_in_file_order()
    {
        repository.Artefact("b/dpia.json", Artefacts.Envelope("Dpia", "dpia-b", "ecg").With("scope", new JsonObject { ["systems"] = new JsonArray("ecg", "mammo") }));
        repository.Artefact("a/dpia.json", Artefacts.Envelope("Dpia", "dpia-a", "mammo"));
        repository.Artefact("c/notice.json", Artefacts.Envelope("PatientNotice", "pn").With("systems", new JsonArray("mammo", "ecg")));
        repository.Artefact("d/flow-2.json", Artefacts.Envelope("DataFlow", "df-2", "ecg").With("dpia", "dpia-b"));
        repository.Artefact("d/flow-1.json", Artefacts.Envelope("DataFlow", "df-1", "mammo").With("dpia", "dpia-b"));
        repository.Artefact("d/flow-3.json", Artefacts.Envelope("DataFlow", "df-3", "mammo"));

        var index = new RepositoryIndex(repository.Load());

        Assert.Equal(["dpia-b"], index.DpiasCovering("ecg").Select(d => d.Id));
        Assert.Equal(["dpia-a", "dpia-b"], index.DpiasCovering("mammo").Select(d => d.Id));
        Assert.Empty(index.DpiasCovering("triage"));
        Assert.Equal([("pn", 1)], index.NoticeEntriesListing("ecg").Select(e => (e.Notice.Id, e.Index)));
        Assert.Equal(["df-1", "df-2"], index.FlowsNamingDpia("dpia-b").Select(f => f.Id));
        Assert.Empty(index.FlowsNamingDpia("dpia-a"));
    }

}
