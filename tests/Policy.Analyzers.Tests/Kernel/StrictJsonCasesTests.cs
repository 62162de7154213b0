extern alias core;

using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using Policy.Analyzers.Json;
using Policy.Analyzers.Policies;
using Policy.JsonSchema;
using Policy.Kernel.Json;

namespace Policy.Analyzers.Tests.Kernel;

/// <summary>
/// One definition of strict JSON, two readers: every case of tests/TestData/strict-json/cases.json is
/// accepted, refused (for the same reason) or found to have no content hash by the CLI's reader
/// (System.Text.Json in Policy.JsonSchema, then the kernel's hash) and by the analyzers' (the
/// compiler's decoding, the embedded reader, then the same kernel), as the case expects.
/// </summary>
public sealed class StrictJsonCasesTests
{
    private static readonly string CasesFile = Path.Combine(Policy.Core.Tests.TestPaths.RepositoryRoot, "tests", "TestData", "strict-json", "cases.json");

    public static TheoryData<string> Names() => new(Cases().Select(c => c.Name));

    [Fact]
    public void The_cases_cover_every_problem_and_every_outcome()
    {
        var cases = Cases().ToList();
        Assert.Equal(
            Enum.GetValues<StrictJsonProblem>().Order(),
            cases.Where(c => c.Problem is not null).Select(c => Enum.Parse<StrictJsonProblem>(c.Problem!)).Distinct().Order());
        Assert.Equal(["accepted", "no-hash", "refused"], cases.Select(c => c.Expect).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Both_readers_give_the_outcome_the_case_expects(string name)
    {
        var @case = Cases().Single(c => c.Name == name);
        var cli = CliOutcome(@case.Bytes);
        var analyzers = AnalyzerOutcome(@case.Bytes);

        Assert.Equal(@case.Expect, cli.Outcome);
        Assert.Equal(@case.Expect, analyzers.Outcome);
        if (@case.Problem is { } problem)
        {
            Assert.Equal(problem, cli.Problem);
            if (analyzers.Problem is { } readerProblem)
            {
                Assert.Equal(problem, readerProblem); // null when the compiler's decoding refused the bytes before the reader
            }
        }
    }

    private static (string Outcome, string? Problem) CliOutcome(byte[] bytes)
    {
        try
        {
            using var document = JsonSourceDocument.Parse(bytes);
            var hash = core::Policy.Kernel.Hashing.ContentHash.TryCompute(new core::Policy.Core.Model.ElementNode(document.Root));
            return (hash is null ? "no-hash" : "accepted", null);
        }
        catch (JsonSourceException error)
        {
            var problem = error.Kind switch
            {
                JsonSourceErrorKind.DuplicateKey => nameof(StrictJsonProblem.DuplicateName),
                JsonSourceErrorKind.Empty => nameof(StrictJsonProblem.Syntax),
                _ => error.Kind.ToString(),
            };
            return ("refused", problem);
        }
    }

    /// <summary>As the compiler hands an AdditionalFile to the analyzers: UTF-8 (its BOM detected), or its fallback code page for bytes that are not UTF-8.</summary>
    private static (string Outcome, string? Problem) AnalyzerOutcome(byte[] bytes)
    {
        var utf8 = IsUtf8(bytes);
        using var stream = new MemoryStream(bytes);
        var text = utf8 ? SourceText.From(stream) : SourceText.From(stream, Encoding.Latin1);
        var document = PolicyDocument.Read(text);
        if (document.Root is not null)
        {
            return ("accepted", null);
        }

        try
        {
            var root = JsonReader.Parse(text.ToString());
            // The reader took it: either the decoding checks refused the bytes, or there is no canonical form.
            return Policy.Kernel.Hashing.ContentHash.TryCompute(root) is null ? ("no-hash", null) : ("refused", null);
        }
        catch (JsonReadException error)
        {
            return ("refused", error.Problem.ToString());
        }
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private sealed record Case(string Name, byte[] Bytes, string Expect, string? Problem);

    private static IEnumerable<Case> Cases()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(CasesFile));
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var bytes = item.TryGetProperty("hex", out var hex) ? Convert.FromHexString(hex.GetString()!) : Encoding.UTF8.GetBytes(item.GetProperty("text").GetString()!);
            if (item.TryGetProperty("padTo", out var padTo))
            {
                bytes = [.. bytes, .. Enumerable.Repeat((byte)' ', padTo.GetInt32() - bytes.Length)];
            }

            yield return new Case(
                item.GetProperty("name").GetString()!,
                bytes,
                item.GetProperty("expect").GetString()!,
                item.TryGetProperty("problem", out var problem) ? problem.GetString() : null);
        }
    }
}
