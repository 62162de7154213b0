using System.Text.Json.Nodes;
using Policy.Cli;
using Policy.Core.Tests;

namespace Policy.Site.Tests;

/// <summary>
/// Sites written by `policy site` into temporary folders: one from the example repository, one from a copy of it in
/// which every free-text field ends with a script and an HTML event handler, to show they never run.
/// </summary>
public sealed class SiteFolder : IDisposable
{
    /// <summary>Sets <c>window.__pwned</c> if it ever runs, as a script element, an event handler or a link.</summary>
    public const string Payload = "<script>window.__pwned = 'script'</script><img src=x onerror=\"window.__pwned = 'img'\"> [link](javascript:window.__pwned='link')";

    private static readonly DateTime Today = new(2026, 11, 25);
    private readonly string root = Path.Combine(Path.GetTempPath(), "policy-site-tests-" + Guid.NewGuid().ToString("N"));

    public SiteFolder()
    {
        Example = Write(TestPaths.RepositoryRoot, "example");
        var hostile = Path.Combine(root, "hostile-repository");
        Copy(Path.Combine(TestPaths.RepositoryRoot, "schemas"), Path.Combine(hostile, "schemas"));
        Copy(Path.Combine(TestPaths.RepositoryRoot, "policies"), Path.Combine(hostile, "policies"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(hostile, "policies"), "*.json", SearchOption.AllDirectories))
        {
            var json = JsonNode.Parse(File.ReadAllText(file))!;
            Inject(json);
            File.WriteAllText(file, json.ToJsonString());
        }

        Directory.CreateDirectory(Path.Combine(hostile, ".git"));
        Hostile = Write(hostile, "hostile");
    }

    public string Example { get; }

    public string Hostile { get; }

    public static Uri Page(string site, string path) => new(Path.Combine(site, path));

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Write(string repository, string name)
    {
        var output = Path.Combine(root, name);
        var error = new StringWriter();
        var environment = new CliEnvironment(new StringWriter(), error, repository, () => Today, _ => null, Path.Combine(repository, "schemas"));
        var code = PolicyCli.Run(["site", "--root", repository, "--out", output], environment);
        Assert.True(code == 0, error.ToString());
        return output;
    }

    /// <summary>Appends the payload to every string with a space in it: the free text, not ids, dates or keys (so the files still load).</summary>
    private static void Inject(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is JsonValue text && text.TryGetValue<string>(out var s) && s.Contains(' ', StringComparison.Ordinal))
                    {
                        obj[name] = s + " " + Payload;
                    }
                    else if (value is not null)
                    {
                        Inject(value);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue text && text.TryGetValue<string>(out var s) && s.Contains(' ', StringComparison.Ordinal))
                    {
                        array[i] = s + " " + Payload;
                    }
                    else if (array[i] is { } item)
                    {
                        Inject(item);
                    }
                }

                break;
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
