using Policy.Core.Diff;
using Policy.Core.Findings;
using Policy.Core.Loading;
using Policy.Core.Tests.Fixtures;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Diff;

/// <summary>
/// `policy diff` compares findings near the change only (FindingsComparison); these tests hold it to
/// what validating both sides whole and comparing the fingerprints gives, on the example repository
/// under many single and combined changes.
/// </summary>
public sealed class ScopedFindingsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "policy-tests", "scoped-" + Guid.NewGuid().ToString("N"));
    private readonly string baseFolder;
    private readonly SchemaCatalog schemas;
    private readonly IReadOnlyList<Finding> baseFindings;

    public ScopedFindingsTests()
    {
        baseFolder = Path.Combine(root, "base");
        Copy(Path.Combine(TestPaths.RepositoryRoot, "policies"), Path.Combine(baseFolder, "policies"));
        Copy(Path.Combine(TestPaths.RepositoryRoot, "schemas"), Path.Combine(baseFolder, "schemas"));
        schemas = SchemaCatalog.Load(Path.Combine(baseFolder, "schemas"));
        baseFindings = ValidateWhole(baseFolder);
    }

    [Fact]
    public void Every_change_to_the_example_repository_gives_the_findings_of_two_whole_validations()
    {
        var (mismatches, scoped, total) = Run(hops: null, untilFirstMismatch: false);

        Assert.Empty(mismatches);
        // Most changes must take the neighbourhood path, or this test would prove nothing about it.
        Assert.True(scoped * 10 >= total * 7, $"only {scoped} of {total} changes were compared near the change");
    }

    [Fact]
    public void A_neighbourhood_of_the_changed_files_alone_is_caught()
    {
        var (mismatches, _, _) = Run(hops: 0, untilFirstMismatch: true);

        Assert.NotEmpty(mismatches);
    }

    [Fact]
    public void A_change_to_the_Governance_compares_the_whole_sides()
    {
        var governance = Path.Combine(baseFolder, "policies", "governance.json");
        var text = File.ReadAllText(governance).Replace("\"title\": \"", "\"title\": \"Revised: ", StringComparison.Ordinal);
        var reasons = new List<string?>();
        var head = Mutate(new ExampleMutations.Mutation("governance", new Dictionary<string, string?> { ["policies/governance.json"] = text }), "governance");

        var report = Diff(head, null, reasons.Add);

        Assert.Equal("'policies/governance.json' is or names the Governance", Assert.Single(reasons));
        var (introduced, resolved) = Reference(head);
        Assert.Equal(introduced, report.FindingsIntroduced);
        Assert.Equal(resolved, report.FindingsResolved);
    }

    [Fact]
    public void A_change_to_an_approval_of_the_Governance_compares_the_whole_sides()
    {
        var approval = Directory.EnumerateFiles(Path.Combine(baseFolder, "policies"), "*.json", SearchOption.AllDirectories)
            .First(f => File.ReadAllText(f).Contains("\"kind\": \"Governance\"", StringComparison.Ordinal) && File.ReadAllText(f).Contains("\"Approval\"", StringComparison.Ordinal));
        var relative = Path.GetRelativePath(baseFolder, approval).Replace('\\', '/');
        var reasons = new List<string?>();
        var head = Mutate(new ExampleMutations.Mutation("governance approval", new Dictionary<string, string?> { [relative] = File.ReadAllText(approval).Replace("\"decidedAt\": \"2", "\"decidedAt\": \"1", StringComparison.Ordinal) }), "governance-approval");

        var report = Diff(head, null, reasons.Add);

        Assert.Equal($"'{relative}' is or names the Governance", Assert.Single(reasons));
        var (introduced, resolved) = Reference(head);
        Assert.Equal(introduced, report.FindingsIntroduced);
        Assert.Equal(resolved, report.FindingsResolved);
    }

    [Fact]
    public void The_unsigned_count_reads_the_Approvals_outside_the_neighbourhood()
    {
        // The Governance's Approval signed on both sides (it is always in the neighbourhood), and on the head every other
        // Approval but one far from the Governance: the head still has an unsigned entry, so XR-APP-11 stays on both
        // sides; counting only the neighbourhood (here the changed files, the Governance and its Approval) would resolve it.
        const string Unsigned = "policies/approvals/pharma-stock-forecast.approval.json";
        var approvals = Directory.EnumerateFiles(Path.Combine(baseFolder, "policies", "approvals"), "*.json")
            .Select(f => Path.GetRelativePath(baseFolder, f).Replace('\\', '/'))
            .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(baseFolder, f)));
        var ofGovernance = approvals.Where(a => a.Value.Contains("\"kind\": \"Governance\"", StringComparison.Ordinal)).Select(a => a.Key).ToHashSet();
        var signedBase = Mutate(new ExampleMutations.Mutation("the Governance's Approval signed", Signed(approvals, ofGovernance.Contains)), "signed-base");
        var head = Mutate(new ExampleMutations.Mutation("all but one signed", Signed(approvals, f => f != Unsigned)), "all-but-one-signed");

        string? whole = "not told";
        var report = Diff(signedBase, head, hops: 0, w => whole = w);

        Assert.Null(whole);
        var (introduced, resolved) = Reference(ValidateWhole(signedBase), head);
        Assert.Contains(ValidateWhole(head), f => f.Rule == "XR-APP-11");
        Assert.Equal(introduced.Where(f => f.Rule == "XR-APP-11"), report.FindingsIntroduced.Where(f => f.Rule == "XR-APP-11"));
        Assert.Equal(resolved.Where(f => f.Rule == "XR-APP-11"), report.FindingsResolved.Where(f => f.Rule == "XR-APP-11"));
    }

    /// <summary>The approval files, those chosen with every approver's entry carrying a (not verifiable) signature.</summary>
    private static Dictionary<string, string?> Signed(IReadOnlyDictionary<string, string> approvals, Func<string, bool> chosen) =>
        approvals.ToDictionary(a => a.Key, a => (string?)(chosen(a.Key) ? a.Value.Replace("\"decidedAt\":", "\"signature\": \"not a signature\", \"decidedAt\":", StringComparison.Ordinal) : a.Value));

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private (List<string> Mismatches, int Scoped, int Total) Run(int? hops, bool untilFirstMismatch)
    {
        var files = Directory.EnumerateFiles(Path.Combine(baseFolder, "policies"), "*.json", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(baseFolder, f).Replace('\\', '/'), File.ReadAllText);
        var mutations = ExampleMutations.All(files);
        var mismatches = new List<string>();
        var scoped = 0;
        for (var i = 0; i < mutations.Count; i++)
        {
            var head = Mutate(mutations[i], "m" + i);
            string? whole = "not told";
            var report = Diff(head, hops, w => whole = w);
            scoped += whole is null ? 1 : 0;
            if (!Same(Reference(head), report))
            {
                mismatches.Add(mutations[i].Name);
            }

            Directory.Delete(head, recursive: true);
            if (untilFirstMismatch && mismatches.Count > 0)
            {
                break;
            }
        }

        return (mismatches, scoped, mutations.Count);
    }

    private static bool Same((IReadOnlyList<DiffFinding> Introduced, IReadOnlyList<DiffFinding> Resolved) expected, PolicyDiffReport report) =>
        expected.Introduced.SequenceEqual(report.FindingsIntroduced) && expected.Resolved.SequenceEqual(report.FindingsResolved);

    private PolicyDiffReport Diff(string head, int? hops, Action<string?> told) => Diff(baseFolder, head, hops, told);

    private static PolicyDiffReport Diff(string @base, string head, int? hops, Action<string?> told) =>
        new PolicyDiffer().Diff(Source(@base, "base"), Source(head, "head"), new DiffOptions
        {
            Today = TestRepository.Today,
            CompareFindings = true,
            ScopeHops = hops,
            ScopeLimit = 1.0, // the example repository is small: any neighbourhood is a large share of it
            ScopeChosen = told,
        });

    /// <summary>The findings introduced and resolved as two whole validations give them (the diff's definition).</summary>
    private (IReadOnlyList<DiffFinding> Introduced, IReadOnlyList<DiffFinding> Resolved) Reference(string head) => Reference(baseFindings, head);

    private (IReadOnlyList<DiffFinding> Introduced, IReadOnlyList<DiffFinding> Resolved) Reference(IReadOnlyList<Finding> baseFindings, string head)
    {
        var headFindings = ValidateWhole(head);
        var before = baseFindings.Select(FindingFingerprint.Of).ToHashSet(StringComparer.Ordinal);
        var after = headFindings.Select(FindingFingerprint.Of).ToHashSet(StringComparer.Ordinal);
        return (
            headFindings.Where(f => !before.Contains(FindingFingerprint.Of(f))).Select(ToDiff).ToList(),
            baseFindings.Where(f => !after.Contains(FindingFingerprint.Of(f))).Select(ToDiff).ToList());
    }

    private static DiffFinding ToDiff(Finding f) => new(f.Rule, f.Severity.ToName(), f.File, f.Line, f.Pointer, f.Message);

    private IReadOnlyList<Finding> ValidateWhole(string folder)
    {
        var layout = new RepositoryLayout(folder, Path.Combine(folder, "schemas"));
        var catalog = folder == baseFolder ? schemas : SchemaCatalog.Load(layout.SchemasDirectory);
        return new PolicyValidator(layout, catalog, RepositoryRules.All).Validate([Path.Combine(folder, "policies")], new ValidationSettings { Today = TestRepository.Today }).Findings;
    }

    private static DiffSource Source(string folder, string label) =>
        new(label, new RepositoryLayout(folder, Path.Combine(folder, "schemas")), Path.Combine(folder, "policies"));

    private string Mutate(ExampleMutations.Mutation mutation, string name)
    {
        var head = Path.Combine(root, name);
        Copy(baseFolder, head);
        foreach (var (file, text) in mutation.Files)
        {
            var path = Path.Combine(head, file);
            if (text is null)
            {
                File.Delete(path);
            }
            else
            {
                File.WriteAllText(path, text);
            }
        }

        return head;
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
