using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Policy.Core.Diff;
using Policy.Core.History;

namespace Policy.Core.Tests.History;

/// <summary>
/// The AOT-safe JSON (source-generated serializer metadata, JSON nodes) writes and reads what the
/// reflection-based serializer did with the same options: release tag manifests, verify's comparisons and
/// messages, diff's quoted strings.
/// </summary>
public sealed class ManifestJsonTests
{
    private static readonly JsonSerializerOptions ReflectionManifestOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private static readonly JsonSerializerOptions ReflectionDefaults = new() { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

    private static readonly ManifestArtefact Artefact = new()
    {
        Path = "policies/systems/ecg-assist/system-card.json",
        Kind = "SystemCard",
        Id = "ecg-assist",
        Version = null,
        ContentHash = "sha256:ab<&>'+",
        Sha256 = "sha256:cd",
        Approvals =
        [
            new ManifestApproval("app-ecg", "approved", "2026-01-01", null, [new ManifestApprover("Zoé Lefèvre", null, "dpo", "2026-01-02", Signed: true), new ManifestApprover("Jean \"J\" Dupont", "j@h.example", "cmo", null, Signed: false)]),
        ],
    };

    private static readonly ReleaseManifest Manifest = new()
    {
        Release = "v2026.12",
        Tool = "policy",
        ToolVersion = "0.1.0",
        Commit = "0123456789abcdef",
        ReleaseDate = "2026-12-01",
        ReleasedBy = new ManifestPerson("Zoé Lefèvre", null),
        Systems = ["ecg-assist"],
        PolicyFolder = "policies",
        Schemas = [new ManifestFile("schemas/system-card.schema.json", "sha256:ef")],
        Files = [Artefact, Artefact with { Path = "policies/governance.json", Kind = null, Approvals = [] }],
    };

    [Fact]
    public void A_release_manifest_is_written_as_the_reflection_serializer_wrote_it()
    {
        Assert.Equal(JsonSerializer.Serialize(Manifest, ReflectionManifestOptions), Manifest.ToJson());
    }

    [Fact]
    public void A_tag_message_reads_back_to_the_same_manifest()
    {
        var read = ReleaseManifest.FromTagMessage(Manifest.ToTagMessage());
        Assert.NotNull(read);
        Assert.Equal(Manifest.ToJson(), read.ToJson());
        Assert.Equal(JsonSerializer.Serialize(JsonSerializer.Deserialize<ReleaseManifest>(Manifest.ToJson(), ReflectionManifestOptions), ReflectionManifestOptions), read.ToJson());
    }

    [Fact]
    public void A_tag_message_without_a_required_member_has_no_manifest()
    {
        Assert.Null(ReleaseManifest.FromTagMessage(Manifest.ToTagMessage().Replace("\"commit\"", "\"kommit\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Verify_compares_and_quotes_entries_as_the_reflection_serializer_did()
    {
        Assert.Equal(JsonSerializer.Serialize(Artefact, ReflectionDefaults), ManifestJson.Plain(Artefact));
        Assert.Equal(JsonSerializer.Serialize(Artefact.Approvals, ReflectionDefaults), ManifestJson.Plain(Artefact.Approvals));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("é <b> & 'x' + \" \\ \n 🩺")]
    public void Diff_quotes_strings_as_the_reflection_serializer_did(string text)
    {
        Assert.Equal(JsonSerializer.Serialize(text, ReflectionDefaults), ArtefactComparer.Quote(text));
    }
}
