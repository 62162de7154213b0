using Policy.Core.Model;
using Policy.Core.Tests.Fixtures;
using Policy.Kernel.Hashing;

namespace Policy.Cli.Tests;

public sealed class HashCommandTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void Prints_the_content_hash_unchanged_by_formatting()
    {
        repository.Write("a.json", "{\"b\": 1, \"a\": [true, null]}");
        repository.Write("b.json", "{\n  \"a\": [ true, null ],\n  \"b\": 1.0\n}");
        var first = CliRunner.Run(repository.Root, "hash", "a.json");
        var second = CliRunner.Run(repository.Root, "hash", "b.json");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(TextContentHash.Of("{\"a\":[true,null],\"b\":1}") + Environment.NewLine, first.Out);
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public void Bad_file_gets_a_located_error_and_exit_2()
    {
        repository.Write("bad.json", "{\n  \"a\": 1,\n  \"a\": 2\n}");
        var result = CliRunner.Run(repository.Root, "hash", "bad.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.json(3,3): error JSON-02", result.Error);
    }

    [Fact]
    public void Missing_file_exits_2_without_a_stack_trace()
    {
        var result = CliRunner.Run(repository.Root, "hash", "none.json");
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
