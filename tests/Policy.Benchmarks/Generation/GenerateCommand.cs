using System.Globalization;

namespace Policy.Benchmarks.Generation;

/// <summary>
/// `generate --count N --out DIR [--templates policies/] [--schemas schemas/] [--today YYYY-MM-DD]`:
/// a repository layout (`DIR/.git/`, `DIR/schemas/`, `DIR/policies/`) of N valid artefacts.
/// </summary>
public static class GenerateCommand
{
    /// <summary>Marks a folder as ours, so a rerun may replace it but nothing else is ever deleted.</summary>
    private const string Marker = ".policy-bench";

    public static int Run(Arguments arguments)
    {
        var root = Arguments.RepositoryRoot();
        var count = arguments.Number("count", 10_000);
        var outRoot = Path.GetFullPath(arguments.Text("out"));
        var templatesFolder = Path.GetFullPath(arguments.Text("templates", Path.Combine(root, "policies")));
        var schemasFolder = Path.GetFullPath(arguments.Text("schemas", Path.Combine(root, "schemas")));
        var today = DateTime.ParseExact(arguments.Text("today", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "yyyy-MM-dd", CultureInfo.InvariantCulture);

        if (Directory.Exists(outRoot) && Directory.EnumerateFileSystemEntries(outRoot).Any())
        {
            if (!File.Exists(Path.Combine(outRoot, Marker)))
            {
                Console.Error.WriteLine($"generate: {outRoot} is not empty and was not made by this generator; choose another --out");
                return 2;
            }

            Directory.Delete(outRoot, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(outRoot, ".git"));
        File.WriteAllText(Path.Combine(outRoot, Marker), "synthetic policy repository written by tests/Policy.Benchmarks generate\n");
        CopyFolder(schemasFolder, Path.Combine(outRoot, "schemas"));

        var templates = TemplateLibrary.Load(templatesFolder, Path.Combine(AppContext.BaseDirectory, "Templates"));
        var repository = new SyntheticRepository(templates, outRoot, today);
        repository.Generate(count);

        var bytes = Directory.EnumerateFiles(Path.Combine(outRoot, "policies"), "*.json", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"wrote {repository.Written.Values.Sum()} artefacts ({bytes / 1_000_000.0:F1} MB, {bytes / Math.Max(1, count)} bytes each on average) under {Path.Combine(outRoot, "policies")}");
        foreach (var (kind, written) in repository.Written.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {kind,-15} {written,6}");
        }

        Console.WriteLine($"templates: {templates.Systems.Count} example systems from {templatesFolder}; approvals judged as of {today:yyyy-MM-dd}");
        return 0;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
