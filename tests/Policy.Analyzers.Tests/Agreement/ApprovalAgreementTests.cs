using Policy.Core.Tests;

namespace Policy.Analyzers.Tests.Agreement;

/// <summary>
/// The CLI and the analyzers give the same approval verdict, for the same reasons word for word, on
/// every artefact of the examples and of a generated set of approval mutations, on two dates.
/// </summary>
public sealed class ApprovalAgreementTests
{
    private static readonly DateTime[] Dates = [new(2026, 11, 25), new(2028, 1, 15)];

    public static TheoryData<string> Examples() => ["policies", "docs/examples/non-compliant/policies", "analyzers/samples/VendorApp/policies"];

    public static TheoryData<string> Mutations() => [.. ApprovalMutations.All.Keys];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Both_sides_agree_on_every_artefact_of_an_example(string folder)
    {
        foreach (var today in Dates)
        {
            AssertAgree(TestPaths.RepositoryRoot, Path.Combine(TestPaths.RepositoryRoot, folder), today);
        }
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Both_sides_agree_on_every_artefact_after_a_mutation(string mutation)
    {
        var root = Directory.CreateTempSubdirectory("policy-agreement-").FullName;
        try
        {
            Copy(Path.Combine(TestPaths.RepositoryRoot, "schemas"), Path.Combine(root, "schemas"));
            var policies = Path.Combine(root, "policies");
            Copy(Path.Combine(TestPaths.RepositoryRoot, "policies"), policies);
            ApprovalMutations.All[mutation](policies);
            foreach (var today in Dates)
            {
                AssertAgree(root, policies, today);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_mutations_change_what_they_claim_to()
    {
        // Guards the generated set itself: each mutation must move at least one verdict, or keep them all where it says so.
        var baseline = VerdictsAfter("none");
        foreach (var (name, _) in ApprovalMutations.All.Where(m => m.Key != "none"))
        {
            var after = VerdictsAfter(name);
            var keepsAll = name.Contains("still approved", StringComparison.Ordinal) || name.Contains("within the grace", StringComparison.Ordinal);
            Assert.True(keepsAll == after.SequenceEqual(baseline), $"mutation '{name}' {(keepsAll ? "changed" : "did not change")} a verdict");
        }
    }

    private static IReadOnlyList<string> VerdictsAfter(string mutation)
    {
        var root = Directory.CreateTempSubdirectory("policy-agreement-").FullName;
        try
        {
            Copy(Path.Combine(TestPaths.RepositoryRoot, "schemas"), Path.Combine(root, "schemas"));
            var policies = Path.Combine(root, "policies");
            Copy(Path.Combine(TestPaths.RepositoryRoot, "policies"), policies);
            ApprovalMutations.All[mutation](policies);
            return CliSide.Verdicts(root, policies, Dates[0]).Verdicts.Select(v => $"{v.Kind} {v.Id} {v.Approved}").ToList();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void AssertAgree(string root, string policies, DateTime today)
    {
        var (cli, cliGovernance) = CliSide.Verdicts(root, policies, today);
        var (analyzers, analyzerGovernance) = AnalyzerSide.Verdicts(policies, today);

        Assert.NotEmpty(cli);
        Assert.Equal(cliGovernance, analyzerGovernance);
        Assert.Equal(string.Join("\n", cli), string.Join("\n", analyzers));
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
