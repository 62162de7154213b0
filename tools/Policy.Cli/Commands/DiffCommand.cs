using System.CommandLine;
using Policy.Core.Diff;
using Policy.Core.Diff.Formatting;
using Policy.Core.History;
using Policy.Core.Loading;
using Policy.JsonSchema;

namespace Policy.Cli.Commands;

/// <summary>
/// `policy diff [--base REV] [--head REV]` or `policy diff OLD_DIR NEW_DIR`: what changed in meaning
/// between two versions of the policy repository, ranked for the committee. A revision is read from
/// Git's objects into memory, never checked out over the working tree.
/// </summary>
public sealed class DiffCommand : Command
{
    private readonly CliEnvironment environment;

    public DiffCommand(CliEnvironment environment)
        : base("diff", "Show what changed in meaning between two versions of the policy repository, ranked by risk for the committee.")
    {
        this.environment = environment;
        Add(Folders);
        foreach (var option in new Option[] { Base, Head, Formats, FailOn, Today, NoFindings, FullReport })
        {
            Add(option);
        }

        SetAction(Run);
    }

    internal Argument<string[]> Folders { get; } = new("folders")
    {
        Description = "OLD_DIR NEW_DIR: compare two folders (each a repository root or a policy folder) instead of Git revisions.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    internal Option<string?> Base { get; } = new("--base") { Description = "The older revision (default: the merge base of HEAD with the default branch; HEAD~1 when there is none)." };

    internal Option<string?> Head { get; } = new("--head") { Description = "The newer revision (default: the working tree)." };

    internal Option<string[]> Formats { get; } = new("--format", "-f")
    {
        Description = "Output format: text, markdown, json, github or html; NAME=FILE writes it to a file. Repeat for several.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    internal Option<string[]> FailOn { get; } = new("--fail-on")
    {
        Description = "Exit 1 when a change has this class: raises-risk, weakens-safeguard, strengthens, neutral or editorial (repeat, or separate with commas).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    internal Option<string?> Today { get; } = new("--today") { Description = "Judge approvals and deadlines as of this date (YYYY-MM-DD) instead of today." };

    internal Option<bool> NoFindings { get; } = new("--no-findings") { Description = "Do not validate both sides to compare their findings (faster)." };

    internal Option<string?> FullReport { get; } = new("--full-report") { Description = "Where the full report is (a URL), named by the note of a truncated Markdown report." };

    private int Run(ParseResult result)
    {
        var targets = new List<OutputTarget>();
        foreach (var value in result.GetValue(Formats) is { Length: > 0 } formats ? formats : ["text"])
        {
            if (!OutputTarget.TryParse(value, DiffFormatters.Names, out var target, out var error))
            {
                return Failure(error);
            }

            targets.Add(target);
        }

        if (targets.Count(t => t.Path is null) > 1)
        {
            return Failure("only one format can go to standard output; write the others to files with NAME=FILE");
        }

        var failOn = new HashSet<DiffClass>();
        foreach (var name in (result.GetValue(FailOn) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!DiffNames.TryParseClass(name, out var value))
            {
                return Failure($"--fail-on takes raises-risk, weakens-safeguard, strengthens, neutral or editorial, not '{name}'");
            }

            failOn.Add(value);
        }

        if (DateOption.TryRead("--today", result.GetValue(Today), environment.Today(), out var today) is { } badDate)
        {
            return Failure(badDate);
        }

        var options = new DiffOptions { Today = today, CompareFindings = !result.GetValue(NoFindings), StepDone = environment.Timings.Mark };
        var folders = result.GetValue(Folders) ?? [];
        using var sides = new Sides();
        string? problem;
        if (folders.Length > 0)
        {
            problem = folders.Length != 2 ? "give two folders, OLD_DIR NEW_DIR, or none to compare Git revisions"
                : result.GetValue(Base) is not null || result.GetValue(Head) is not null ? "--base and --head compare Git revisions; they cannot be used with two folders"
                : FromFolders(folders, sides);
        }
        else
        {
            problem = FromGit(result.GetValue(Base), result.GetValue(Head), sides);
        }

        if (problem is not null)
        {
            return Failure(problem);
        }

        PolicyDiffReport report;
        try
        {
            environment.Timings.Mark("sides located (Git revisions read)");
            report = new PolicyDiffer().Diff(sides.Older!, sides.Newer!, options);
            environment.Timings.Mark("diff computed");
        }
        catch (SchemaLoadException error)
        {
            return Failure($"the schema set cannot be used: {error.Message}");
        }

        var written = Write(report, targets, result.GetValue(FullReport), sides);
        environment.Timings.Mark("report written");
        return written ?? (report.Changes.Any(c => failOn.Contains(c.Class)) ? ExitCodes.Findings : ExitCodes.Clean);
    }

    private string? FromFolders(string[] folders, Sides sides)
    {
        var full = folders.Select(environment.FullPath).ToArray();
        if (full.FirstOrDefault(f => !Directory.Exists(f)) is { } missing)
        {
            return $"'{missing}' is not a folder";
        }

        sides.Older = Folder(folders[0], full[0]);
        sides.Newer = Folder(folders[1], full[1]);
        return null;
    }

    /// <summary>A folder on its own: its own schemas/ when it has one, else the tool's; its policies/ when it has one, else all of it.</summary>
    private DiffSource Folder(string label, string full)
    {
        var layout = new RepositoryLayout(full, Directory.Exists(Path.Combine(full, "schemas")) ? Path.Combine(full, "schemas") : environment.ShippedSchemas);
        return new DiffSource(label, layout, layout.DefaultPolicyPath);
    }

    private string? FromGit(string? baseRevision, string? headRevision, Sides sides)
    {
        var working = RepositoryLayout.Discover(environment.CurrentDirectory, null, environment.ShippedSchemas);
        if (GitRevisions.Open(working.Root) is not { } git)
        {
            return "not inside a Git repository (or git is not installed); give two folders to compare, OLD_DIR NEW_DIR";
        }

        var layout = new RepositoryLayout(git.Root, working.SchemasDirectory);
        var baseCommit = baseRevision is null ? git.DefaultBase() : git.Commit(baseRevision);
        if (baseCommit is null)
        {
            return baseRevision is null ? "the repository has no commit to compare with; pass --base" : $"'{baseRevision}' names no commit in {git.Root}";
        }

        string? headCommit = null;
        if (headRevision is not null && (headCommit = git.Commit(headRevision)) is null)
        {
            return $"'{headRevision}' names no commit in {git.Root}";
        }

        var older = sides.Revision(git, layout, baseCommit, Label(baseRevision ?? "merge base", baseCommit), againstWorkingTree: headCommit is null);
        if (older is null)
        {
            return $"cannot read revision {baseCommit} from Git";
        }

        sides.Older = older with { HistoryDiffers = HistoryDifference.Between(git.Root, baseCommit, headCommit ?? git.Commit("HEAD") ?? baseCommit, layout.Relative(layout.DefaultPolicyPath)) };
        if (headCommit is null)
        {
            sides.Newer = new DiffSource("working tree", layout, layout.DefaultPolicyPath, new GitFileHistory(git.Root));
            return null;
        }

        sides.Newer = sides.Revision(git, layout, headCommit, Label(headRevision!, headCommit), againstWorkingTree: false);
        return sides.Newer is null ? $"cannot read revision {headCommit} from Git" : null;
    }

    private static string Label(string name, string commit) => name.StartsWith(commit[..7], StringComparison.Ordinal) ? commit[..7] : $"{name} ({commit[..7]})";

    /// <summary>Writes every requested format; returns an exit code only when an output cannot be written.</summary>
    private int? Write(PolicyDiffReport report, IReadOnlyList<OutputTarget> targets, string? fullReport, Sides sides)
    {
        foreach (var target in targets)
        {
            var formatter = DiffFormatters.Create(target.Format, fullReport)!;
            if (OutputFile.Write(environment, target.Path, sides.PolicyFolders(), w => formatter.Write(report, w)) is { } failure)
            {
                return Failure(failure);
            }
        }

        return null;
    }

    private int Failure(string message)
    {
        environment.Error.WriteLine($"policy diff: {message}");
        return ExitCodes.UsageOrIoError;
    }

    /// <summary>The two sides, and the temporary folders a revision's schemas were written to (deleted at the end).</summary>
    private sealed class Sides : IDisposable
    {
        private readonly List<string> temporary = [];

        public DiffSource? Older { get; set; }

        public DiffSource? Newer { get; set; }

        public IEnumerable<string> PolicyFolders() => new[] { Older, Newer }.OfType<DiffSource>().Select(s => Path.TrimEndingDirectorySeparator(s.PolicyPath));

        /// <summary>
        /// The policy files of a commit, read from Git's objects into memory, under the working tree's
        /// folders (the relative paths are the same). Against the working tree, only the files Git says
        /// may differ are read: the diff takes the others from the working tree. The commit's schemas
        /// are the working tree's folder when they are the same files; otherwise (rare: the change edits
        /// the schemas) they are written into a temporary folder that then stands for the repository.
        /// </summary>
        public DiffSource? Revision(GitRevisions git, RepositoryLayout working, string commit, string label, bool againstWorkingTree)
        {
            var policyPath = working.Relative(working.DefaultPolicyPath);
            var schemas = working.Contains(working.SchemasDirectory) ? working.Relative(working.SchemasDirectory) : null;
            var layout = schemas is null || RevisionFiles.SameAsFolder(git.Root, commit, schemas, working.SchemasDirectory)
                ? working
                : SchemasOf(git, working, commit, schemas);
            var changed = againstWorkingTree ? git.ChangedPaths(commit, null, [policyPath]) : null;
            var differ = changed?.InBase.ToHashSet(StringComparer.Ordinal);
            var below = policyPath is "." ? string.Empty : policyPath + "/";
            var files = layout is null ? null : RevisionFiles.Read(git.Root, commit, policyPath, file =>
                (differ is null || differ.Contains(file)) && file.StartsWith(below, StringComparison.Ordinal) && FileDiscovery.Finds(file[below.Length..]));
            if (layout is null || files is null)
            {
                return null;
            }

            return new DiffSource(label, layout, Path.GetFullPath(policyPath, layout.Root), new GitFileHistory(git.Root, commit))
            {
                Files = files,
                OnlyTheseDiffer = changed is { } paths ? paths.InBase.Concat(paths.OnlyInHead).ToHashSet(StringComparer.Ordinal) : null,
            };
        }

        /// <summary>A temporary folder holding only the commit's schemas, at their place in the repository; null when Git cannot read them.</summary>
        private RepositoryLayout? SchemasOf(GitRevisions git, RepositoryLayout working, string commit, string schemas)
        {
            var folder = Path.Combine(Path.GetTempPath(), "policy-diff-" + Guid.NewGuid().ToString("N"));
            temporary.Add(folder);
            if (!git.Materialise(commit, [schemas], folder))
            {
                return null;
            }

            // A commit without the schema folder is judged against the working tree's, as `validate` there would be.
            var schemaFolder = Directory.Exists(Path.Combine(folder, schemas)) ? Path.Combine(folder, schemas) : working.SchemasDirectory;
            return new RepositoryLayout(folder, schemaFolder);
        }

        public void Dispose()
        {
            foreach (var folder in temporary)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception error) when (error is IOException or UnauthorizedAccessException)
                {
                    // A temporary copy left behind is harmless.
                }
            }
        }
    }
}
