using System.Text.RegularExpressions;

namespace Policy.Core.Tests.Docs;

/// <summary>
/// What users read cites only what they can read: the law, a guide, or a page of this repository. A
/// clone has no ../shared, so no docs page, schema, message, comment or example policy file may send a
/// reader to the design notes or reference tables kept beside the project.
/// </summary>
public sealed partial class CitationTests
{
    /// <summary>What a user of the repository reads: its docs, schemas, tool and analyzer sources, example policies.</summary>
    private static readonly string[] Folders = ["docs", "schemas", "tools", "analyzers", "policies"];

    private static readonly string[] RootFiles = ["README.md"];

    private static readonly HashSet<string> BuildOutput = ["bin", "obj", "node_modules"];

    /// <summary>
    /// The design notes (DESIGN.md, cited as "DESIGN", "DESIGN (...)" or "DESIGN's", in capitals) and
    /// the reference tables beside the repository (../shared, shared/reference/*.md).
    /// </summary>
    [GeneratedRegex(@"(?-i:\bDESIGN\b)|design\.md|governance-fields\.md|\.\./shared|shared/reference|reference/(analyzers|policy-tooling)\.md", RegexOptions.IgnoreCase)]
    private static partial Regex OutsideDocument();

    public static bool CitesADocumentOutsideTheRepository(string text) => OutsideDocument().IsMatch(text);

    [Theory]
    [InlineData("Source: DESIGN (bad input never crashes the tool)")]
    [InlineData("/// <summary>DESIGN's exit codes, the same for every verb.</summary>")]
    [InlineData("See `../shared/DESIGN.md` for the design")]
    [InlineData("see design.md \"Dependencies\"")]
    [InlineData("one register row per SystemCard (governance-fields.md B8)")]
    [InlineData("Field lists per kind come from `shared/reference/` (B0–B10).")]
    [InlineData("// The compiled-in sink catalogue (reference/analyzers.md §3)")]
    public void Citation_of_a_document_outside_the_repository_is_caught(string text) =>
        Assert.True(CitesADocumentOutsideTheRepository(text), text);

    [Theory]
    [InlineData("Source: docs/format.md (Approved); GDPR Art. 35(11)")]
    [InlineData("the violations build fails by design")]
    [InlineData("systems intended to interact directly with natural persons are designed so that")]
    [InlineData("The DPO designated to the supervisory authority (GDPR Art. 37).")]
    [InlineData("repository.Artefact(\"shared/dpia.json\", dpia)")]
    public void Citation_of_the_law_or_a_page_of_the_repository_is_not(string text) =>
        Assert.False(CitesADocumentOutsideTheRepository(text), text);

    [Fact]
    public void No_text_a_user_reads_cites_a_document_outside_the_repository()
    {
        var files = UserFacingTextFiles().ToList();
        Assert.True(files.Count > 100, $"only {files.Count} files found under {string.Join(", ", Folders)}");
        var hits = files
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(hit => CitesADocumentOutsideTheRepository(hit.line))
            .Select(hit => $"{Path.GetRelativePath(TestPaths.RepositoryRoot, hit.file).Replace('\\', '/')}:{hit.number}: {hit.line.Trim()}")
            .ToList();
        Assert.True(hits.Count == 0, "cite the law, the CNIL/HAS guide or a page under docs/ instead:\n" + string.Join("\n", hits));
    }

    /// <summary>A page of this repository that a docs page cites as its source exists, with the heading it names.</summary>
    [Fact]
    public void Every_docs_page_cited_as_a_source_exists_with_the_heading_it_names()
    {
        var pages = new[] { "rules", "analyzers" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "docs", folder), "*.md"))
            .Where(path => Path.GetFileName(path) != "README.md")
            .Select(path => DocsPage.Read(path, Path.GetFileNameWithoutExtension(path)))
            .ToList();
        Assert.NotEmpty(pages);
        var problems = new List<string>();
        foreach (var page in pages)
        {
            foreach (Match citation in DocsCitation().Matches(page.Source ?? string.Empty))
            {
                var target = Path.Combine(TestPaths.RepositoryRoot, citation.Groups["page"].Value.Replace('/', Path.DirectorySeparatorChar));
                if (!File.Exists(target))
                {
                    problems.Add($"{page.Id} cites {citation.Groups["page"].Value}, which does not exist");
                    continue;
                }

                var headings = File.ReadLines(target).Where(l => l.StartsWith('#')).Select(l => l.TrimStart('#').Trim()).ToHashSet(StringComparer.Ordinal);
                var named = citation.Groups["headings"].Value;
                var parts = named.Split(", ");
                if (named.Length > 0 && !headings.Contains(named) && !parts.All(headings.Contains))
                {
                    problems.Add($"{page.Id} cites {citation.Groups["page"].Value} ({named}), which has no such heading");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary><c>docs/format.md</c>, optionally followed by the headings it names: <c>docs/format.md (Content hash, Approved)</c>.</summary>
    [GeneratedRegex(@"(?<page>docs/[\w./-]+\.md)(?: \((?<headings>[^)]*)\))?")]
    private static partial Regex DocsCitation();

    private static IEnumerable<string> UserFacingTextFiles() =>
        Folders.Select(folder => Path.Combine(TestPaths.RepositoryRoot, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(path => !Path.GetRelativePath(TestPaths.RepositoryRoot, path).Split(Path.DirectorySeparatorChar).Any(BuildOutput.Contains))
            .Concat(RootFiles.Select(file => Path.Combine(TestPaths.RepositoryRoot, file)))
            .Where(IsText)
            .Order(StringComparer.Ordinal);

    /// <summary>Text, as Git decides it: no NUL byte in the first 8,000 bytes.</summary>
    private static bool IsText(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[8000];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Array.IndexOf(buffer, (byte)0, 0, read) < 0;
    }
}
