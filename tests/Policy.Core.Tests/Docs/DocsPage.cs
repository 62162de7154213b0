using System.Text.RegularExpressions;

namespace Policy.Core.Tests.Docs;

/// <summary>
/// A rule's docs page (docs/rules/ID.md, docs/analyzers/ID.md), read for the format every page keeps:
/// a title line <c># ID: summary</c>, a line <c>Severity: ... · Family: ... · Source: ...</c>, then
/// the <see cref="Sections"/> in order, the last listing the rule's code and test files. Linked into
/// Policy.Analyzers.Tests, so both test projects hold pages to the same format.
/// </summary>
internal sealed partial class DocsPage
{
    public static readonly IReadOnlyList<string> Sections =
        ["What it checks", "Why", "Failing example", "Passing example", "Configure or suppress", "Code and tests"];

    private DocsPage(string id, string[] lines)
    {
        Id = id;
        Lines = lines;
    }

    public string Id { get; }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>The text after <c># ID: </c>, or null when the first line is not the title.</summary>
    public string? Summary =>
        Lines.Count > 0 && Lines[0].StartsWith($"# {Id}: ", StringComparison.Ordinal) ? Lines[0][($"# {Id}: ").Length..] : null;

    /// <summary>The first non-blank line after the title: Severity, Family and Source.</summary>
    public string? HeaderLine => Lines.Skip(1).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));

    /// <summary>What follows <c>Source: </c> on the header line.</summary>
    public string? Source => HeaderLine is { } header && HeaderPattern().Match(header) is { Success: true } match ? match.Groups["source"].Value : null;

    /// <summary>The level-two headings, in order.</summary>
    public IReadOnlyList<string> Headings => [.. Lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim())];

    /// <summary>The backticked paths of the "Code and tests" bullets.</summary>
    public IReadOnlyList<string> CodeAndTests => [.. CodeAndTestsLines().Select(l => BulletPattern().Match(l)).Where(m => m.Success).Select(m => m.Groups["path"].Value)];

    public static DocsPage Read(string path, string id) => new(id, File.ReadAllLines(path));

    public static DocsPage Parse(string text, string id) => new(id, text.ReplaceLineEndings("\n").Split('\n'));

    /// <summary>Everything that breaks the page format, one sentence each; empty when the page is complete.</summary>
    public IEnumerable<string> FormatProblems(string repositoryRoot)
    {
        if (string.IsNullOrWhiteSpace(Summary))
        {
            yield return $"the first line is not '# {Id}: <summary>'";
        }

        if (Source is null)
        {
            yield return $"the line after the title is not 'Severity: ... · Family: ... · Source: ...' (it is '{HeaderLine}')";
        }

        if (!Headings.SequenceEqual(Sections))
        {
            yield return $"the sections are [{string.Join(", ", Headings)}], expected [{string.Join(", ", Sections)}] in that order";
        }

        foreach (var line in CodeAndTestsLines().Where(l => !BulletPattern().IsMatch(l)))
        {
            yield return $"'Code and tests' has a line that is not a bullet '- `path`': '{line}'";
        }

        var paths = CodeAndTests;
        foreach (var path in paths.Where(p => !ExistsInRepository(repositoryRoot, p)))
        {
            yield return $"'Code and tests' lists {path}, which is not a file of the repository";
        }

        if (!paths.Any(p => p.StartsWith("tools/", StringComparison.Ordinal) || p.StartsWith("analyzers/", StringComparison.Ordinal)))
        {
            yield return "'Code and tests' lists no source file under tools/ or analyzers/";
        }

        if (!paths.Any(p => p.StartsWith("tests/", StringComparison.Ordinal)))
        {
            yield return "'Code and tests' lists no test file under tests/";
        }
    }

    private IEnumerable<string> CodeAndTestsLines() =>
        Lines.SkipWhile(l => l.Trim() != "## Code and tests").Skip(1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => !string.IsNullOrWhiteSpace(l));

    /// <summary>A repository-relative path with forward slashes, naming a file inside the repository.</summary>
    private static bool ExistsInRepository(string root, string path) =>
        !Path.IsPathRooted(path) && !path.Contains('\\') && !path.Split('/').Contains("..")
        && File.Exists(Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar)));

    [GeneratedRegex(@"^Severity: .+ · Family: .+ · Source: (?<source>\S.*)$")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^- `(?<path>[^`]+)`")]
    private static partial Regex BulletPattern();
}
