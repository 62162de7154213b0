using System.Text;
using Policy.Core.Diff;

namespace Policy.Core.Tests.Diff;

/// <summary>The link graph the scoped findings comparison walks: files linked by a string value equal to an id or a system.</summary>
public sealed class ArtefactLinksTests
{
    private static readonly byte[] Card = Bytes("""{ "kind": "SystemCard", "id": "ecg", "owner": "Dr Paul Henry" }""");
    private static readonly byte[] Oversight = Bytes("""{ "kind": "HumanOversight", "id": "ho-ecg", "system": "ecg" }""");
    private static readonly byte[] Approval = Bytes("""{ "kind": "Approval", "id": "apr-ho", "target": { "kind": "HumanOversight", "id": "ho-ecg" } }""");

    [Fact]
    public void A_value_equal_to_an_id_links_the_files_both_ways_and_the_walk_counts_hops()
    {
        var links = Build(("card.json", Card), ("ho.json", Oversight), ("apr.json", Approval));
        Assert.Equal(["card.json", "ho.json"], links.Around(["card.json"], 1).Order(StringComparer.Ordinal));
        Assert.Equal(["apr.json", "card.json", "ho.json"], links.Around(["card.json"], 2).Order(StringComparer.Ordinal));
        Assert.Equal(["apr.json", "ho.json"], links.Around(["apr.json"], 1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_escaped_value_is_compared_unescaped()
    {
        var escaped = Bytes("""{ "kind": "Approval", "id": "apr-ho", "target": { "kind": "HumanOversight", "id": "ho\u002Decg" } }""");
        var links = Build(("ho.json", Oversight), ("apr.json", escaped));
        Assert.Contains("ho.json", links.Around(["apr.json"], 1));
    }

    [Fact]
    public void A_value_that_only_looks_like_an_id_links_nothing()
    {
        var alike = Bytes("""{ "kind": "Approval", "id": "apr-ho", "target": { "kind": "HumanOversight", "id": "ho-ecg-2" }, "note": "HO-ECG ho-ecg " }""");
        var links = Build(("ho.json", Oversight), ("apr.json", alike));
        Assert.Equal(["apr.json"], links.Around(["apr.json"], 3));
    }

    [Fact]
    public void Files_on_two_sides_are_linked_on_either_and_a_shared_file_is_read_once()
    {
        var envelopes = new FileEnvelopes();
        var older = new Dictionary<string, byte[]> { ["card.json"] = Card, ["ho.json"] = Oversight };
        var newer = new Dictionary<string, byte[]> { ["card.json"] = Card, ["apr.json"] = Approval };
        var links = ArtefactLinks.Build([older, newer], envelopes, parallelism: 2);
        Assert.Same(links.Envelopes[0]["card.json"], links.Envelopes[1]["card.json"]);
        Assert.Equal(["apr.json", "card.json", "ho.json"], links.Around(["apr.json"], 2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_envelope_gives_the_first_kind_id_and_system_and_is_absent_for_what_is_not_a_JSON_object()
    {
        var envelope = FileEnvelope.Read(Oversight)!;
        Assert.Equal(("HumanOversight", "ho-ecg", "ecg"), (envelope.Kind, envelope.Id, envelope.System));
        Assert.True(envelope.HasValue("ecg"));
        Assert.False(envelope.HasValue("ec"));
        Assert.Null(FileEnvelope.Read(Bytes("[1, 2]")));
        Assert.Null(FileEnvelope.Read(Bytes("""{ "kind": """)));
        Assert.Null(FileEnvelope.Read([.. Bytes("{ \"id\": \""), 0xC3, 0x28, .. Bytes("\" }")]));
    }

    [Fact]
    public void The_value_hash_depends_on_every_byte_and_the_length()
    {
        Assert.Equal(JsonValueHash.Of("ho-ecg"), JsonValueHash.Of(Bytes("ho-ecg")));
        Assert.NotEqual(JsonValueHash.Of("ho-ecg"), JsonValueHash.Of("ho-ecG"));
        Assert.NotEqual(JsonValueHash.Of("a"), JsonValueHash.Of("a\0"));
        Assert.NotEqual(JsonValueHash.Of("12345678a"), JsonValueHash.Of("12345678b"));
    }

    private static ArtefactLinks Build(params (string File, byte[] Bytes)[] files) =>
        ArtefactLinks.Build([files.ToDictionary(f => f.File, f => f.Bytes)], new FileEnvelopes(), parallelism: 1);

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
