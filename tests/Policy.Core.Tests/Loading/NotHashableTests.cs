using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Loading;

/// <summary>JSON-05: a file outside I-JSON has no RFC 8785 form: a lone surrogate is refused where it is, a number no double holds is reported at the file.</summary>
public sealed class NotHashableTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void Number_no_double_can_hold_is_reported_at_the_file()
    {
        repository.Write("policies/huge-number.json", "{\"kind\": \"SystemCard\", \"id\": \"ecg-assist\", \"x-weight\": 1e400}");
        var finding = repository.Validate().Single("JSON-05");
        Assert.Equal(("policies/huge-number.json", 1), (finding.File, finding.Line));
        Assert.Contains("canonical form", finding.Message);
    }

    [Fact]
    public void Number_a_double_holds_is_hashable()
    {
        repository.Write("policies/large-number.json", "{\"kind\": \"SystemCard\", \"id\": \"ecg-assist\", \"x-weight\": 1e300}");
        repository.Validate().None("JSON-05");
    }

    [Theory]
    [InlineData("{\"kind\": \"SystemCard\", \"id\": \"ecg-assist\", \"note\": \"\\ud800\"}", 53)]
    [InlineData("{\"kind\": \"SystemCard\", \"id\": \"ecg-assist\", \"x-\\udc00\": 1}", 47)]
    public void A_lone_surrogate_is_refused_at_its_escape(string text, int column)
    {
        repository.Write("policies/lone.json", text);
        var finding = repository.Validate().Single("JSON-05");
        Assert.Equal(("policies/lone.json", 1, column), (finding.File, finding.Line, finding.Column));
        Assert.StartsWith("unpaired surrogate \\u", finding.Message);
    }

    [Fact]
    public void Loading_decides_hashability_without_computing_the_hash()
    {
        repository.Write("policies/large-number.json", "{\"kind\": \"SystemCard\", \"id\": \"ecg-assist\", \"x-weight\": 1e300}");
        var artefact = Assert.Single(repository.Load().Artefacts);
        Assert.False(artefact.IsContentHashComputed);
        Assert.True(artefact.HasContentHash);
        Assert.False(artefact.IsContentHashComputed);
        Assert.NotNull(artefact.ContentHash);
        Assert.True(artefact.IsContentHashComputed);
    }

    [Fact]
    public void An_unhashable_artefact_has_no_hash_when_read_later()
    {
        repository.Write("policies/huge-number.json", "{\"kind\": \"SystemCard\", \"id\": \"ecg-assist\", \"x-weight\": -1e400}");
        var artefact = Assert.Single(repository.Load().Artefacts);
        Assert.False(artefact.HasContentHash);
        Assert.Null(artefact.ContentHash);
    }

    [Fact]
    public void A_surrogate_pair_is_hashable()
    {
        repository.Write("policies/pair.json", "{\"kind\": \"SystemCard\", \"id\": \"ecg-assist\", \"note\": \"\\ud83d\\ude00\"}");
        repository.Validate().None("JSON-05");
    }
}
