using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Loading;

/// <summary>JSON-05: a file that parses but has no RFC 8785 form (outside I-JSON) is reported, and has no content hash.</summary>
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
}
