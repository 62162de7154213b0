using System.CommandLine;
using System.Text;
using Policy.Core.Publishing.Site;

namespace Policy.Cli.Commands;

/// <summary>`policy site --out DIR`: the register, system pages, notices and Governance as a static site that works offline.</summary>
public sealed class SiteCommand : Command
{
    /// <summary>Marks a folder this command wrote, so that writing it again replaces only what it wrote before.</summary>
    internal const string Marker = ".policy-site";

    private readonly RepositoryInput input = new();

    public SiteCommand(CliEnvironment environment)
        : base("site", "Write the register, a page per system, the patient notices and the Governance as a static site (no server, no remote load).")
    {
        Add(Out);
        input.AddTo(this);
        SetAction(result => Run(environment, result));
    }

    internal Option<string> Out { get; } = new("--out", "-o") { Description = "The folder to write the site to (new, empty, or a site this command wrote).", Required = true };

    private int Run(CliEnvironment environment, ParseResult result)
    {
        if (input.Load(result, environment, out var error) is not { } loaded)
        {
            return Fail(environment, error);
        }

        var folder = environment.FullPath(result.GetValue(Out)!);
        if (folder == loaded.Layout.DefaultPolicyPath || folder.StartsWith(loaded.Layout.DefaultPolicyPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return Fail(environment, $"will not write the site inside the policy folder {loaded.Layout.DefaultPolicyPath}; write it elsewhere");
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() && !File.Exists(Path.Combine(folder, Marker)))
        {
            return Fail(environment, $"'{folder}' is not empty and was not written by 'policy site'; choose a new or empty folder");
        }

        var files = new SiteBuilder(loaded.Repository, loaded.Approvals, loaded.Today).Build();
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, Marker), "Written by 'policy site'; it may replace the files here.\n");
            foreach (var file in files)
            {
                var path = Path.Combine(folder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content, new UTF8Encoding(false));
            }
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return Fail(environment, $"cannot write the site to '{folder}': {failure.Message}");
        }

        environment.Out.WriteLine($"policy site: {files.Count} pages written to {folder}; open {Path.Combine(folder, "index.html")}");
        return RepositoryInput.Completed(environment, "site", loaded);
    }

    private static int Fail(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine($"policy site: {message}");
        return ExitCodes.UsageOrIoError;
    }
}
