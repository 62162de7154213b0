using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Policy.Core.Tests;

namespace Policy.Cli.Tests;

/// <summary>
/// A throw-away copy of the example repository (schemas/ and policies/) in a temporary folder,
/// optionally a Git repository with one commit, for commands that write files, tag or read history.
/// </summary>
internal sealed class ExampleRepository : IDisposable
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public ExampleRepository(bool git = true)
    {
        Root = Directory.CreateTempSubdirectory("policy-example-").FullName;
        foreach (var folder in new[] { "schemas", "policies" })
        {
            Copy(Path.Combine(TestPaths.RepositoryRoot, folder), Path.Combine(Root, folder));
        }

        if (git)
        {
            Git("init", "-q", "-b", "main");
            Git("config", "user.name", "Test Runner");
            Git("config", "user.email", "runner@test.example");
            Git("config", "commit.gpgsign", "false");
            Git("config", "tag.gpgsign", "false");
            Commit("the example repository");
        }
    }

    public string Root { get; }

    /// <summary>Whether the tools the Git and signature tests drive are on PATH.</summary>
    public static string? MissingTool(params string[] tools) =>
        tools.FirstOrDefault(tool => Run(Directory.GetCurrentDirectory(), tool, tool == "git" ? ["--version"] : ["-?"]) is null);

    public string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public CliRunner.Result Policy(params string[] args) => CliRunner.Run(Root, args);

    public string Read(string relative) => File.ReadAllText(FullPath(relative));

    public JsonObject ReadJson(string relative) => JsonNode.Parse(Read(relative))!.AsObject();

    public void Edit(string relative, Action<JsonObject> change)
    {
        var node = ReadJson(relative);
        change(node);
        File.WriteAllText(FullPath(relative), node.ToJsonString(Indented) + "\n");
    }

    public string Git(params string[] args)
    {
        var result = Run(Root, "git", args) ?? throw new InvalidOperationException("git is not available");
        Assert.True(result.Code == 0, $"git {string.Join(' ', args)} failed: {result.Error}");
        return result.Output;
    }

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "--allow-empty", "-m", message);
    }

    public static (int Code, string Output, string Error)? Run(string directory, string program, IReadOnlyList<string> args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Git marks its objects read-only on some systems; harmless too.
        }
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
