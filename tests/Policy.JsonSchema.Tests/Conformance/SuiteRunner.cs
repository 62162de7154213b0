using System.Text.Json;

namespace Policy.JsonSchema.Tests.Conformance;

/// <summary>One test case of the suite and how our validator did on it.</summary>
internal sealed record CaseResult(string File, string Group, string Description, bool Expected, bool Passed, string? Problem)
{
    public string Name => $"{File} | {Group} | {Description}";
}

/// <summary>
/// Runs files of the official JSON Schema Test Suite (draft 2020-12). Remote references
/// (http://localhost:1234/...) are served from remotes/ on disk by registering those files in the set.
/// </summary>
internal static class SuiteRunner
{
    private static readonly Lazy<List<(Uri Uri, JsonElement Schema)>> Remotes = new(LoadRemotes);

    public static string TestsDirectory => Path.Combine(TestPaths.TestSuite, "tests", "draft2020-12");

    /// <summary>Required test files, relative to tests/draft2020-12.</summary>
    public static IEnumerable<string> RequiredFiles() =>
        Directory.EnumerateFiles(TestsDirectory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>optional/format files for the formats we assert.</summary>
    public static IEnumerable<string> FormatFiles() =>
        SupportedFormats.Select(f => "optional/format/" + f + ".json");

    /// <summary>Other optional files (not a target, reported for information).</summary>
    public static IEnumerable<string> OtherOptionalFiles() =>
        Directory.EnumerateFiles(Path.Combine(TestsDirectory, "optional"), "*.json").Select(f => "optional/" + Path.GetFileName(f)).Order(StringComparer.Ordinal);

    public static readonly string[] SupportedFormats =
    {
        "date", "date-time", "time", "duration", "email", "hostname", "ipv4", "ipv6", "uri", "uri-reference", "uuid", "regex", "json-pointer",
    };

    public static List<CaseResult> Run(string relativeFile)
    {
        var path = Path.Combine(TestsDirectory, relativeFile);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var assertFormat = relativeFile.StartsWith("optional/format", StringComparison.Ordinal) || relativeFile == "optional/format-assertion.json";
        var results = new List<CaseResult>();
        var groupIndex = 0;
        foreach (var group in document.RootElement.EnumerateArray())
        {
            var description = group.GetProperty("description").GetString()!;
            var retrieval = new Uri($"https://suite.invalid/{relativeFile.Replace('/', '-')}/{groupIndex++}/schema.json");
            Schema? schema = null;
            string? loadProblem = null;
            try
            {
                var set = new SchemaSet { Options = new ValidationOptions { AssertFormat = assertFormat } };
                foreach (var (uri, remote) in Remotes.Value)
                {
                    TryAdd(set, uri, remote);
                }

                set.Add(retrieval, group.GetProperty("schema"));
                schema = set.Compile(retrieval);
            }
            catch (SchemaLoadException error)
            {
                loadProblem = "load: " + error.Message;
            }

            foreach (var test in group.GetProperty("tests").EnumerateArray())
            {
                var expected = test.GetProperty("valid").GetBoolean();
                var name = test.GetProperty("description").GetString()!;
                if (schema is null)
                {
                    results.Add(new CaseResult(relativeFile, description, name, expected, false, loadProblem));
                    continue;
                }

                var data = test.GetProperty("data");
                string? problem = null;
                try
                {
                    var fast = schema.IsValid(data);
                    var full = schema.Validate(data);
                    if (fast != expected)
                    {
                        problem = $"IsValid returned {fast}";
                    }
                    else if (full.IsValid != expected)
                    {
                        problem = $"Validate returned {full.IsValid}";
                    }
                    else if (!expected && full.Errors.Count == 0)
                    {
                        problem = "invalid without errors";
                    }
                }
                catch (Exception error)
                {
                    problem = "crash: " + error.GetType().Name + ": " + error.Message;
                }

                results.Add(new CaseResult(relativeFile, description, name, expected, problem is null, problem));
            }
        }

        return results;
    }

    private static void TryAdd(SchemaSet set, Uri uri, JsonElement remote)
    {
        try
        {
            set.Add(uri, remote);
        }
        catch (SchemaLoadException)
        {
            // Remotes written for other drafts may repeat an $id; those files are not what the 2020-12 tests use.
        }
    }

    private static List<(Uri, JsonElement)> LoadRemotes()
    {
        var root = Path.Combine(TestPaths.TestSuite, "remotes");
        var result = new List<(Uri, JsonElement)>();
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            result.Add((new Uri("http://localhost:1234/" + relative), document.RootElement.Clone()));
        }

        return result;
    }
}
