using System.Globalization;
using Policy.Core.Loading;
using Policy.Core.Model;
using Policy.Core.Rules;
using Policy.Core.Rules.Approvals;
using Policy.Core.Validation;
using Policy.JsonSchema;

namespace Policy.Benchmarks.Throughput;

/// <summary>
/// `memory --root DIR`: what `policy validate` allocates and what stays alive, stage by stage, on one
/// thread: the bytes read, the parsed documents, the artefacts with their hashes, then the whole validator.
/// "Live" is the managed heap after a full collection while the stage's output is still referenced.
/// </summary>
public static class MemoryProfile
{
    public static int Run(Arguments arguments)
    {
        var (layout, policies) = GeneratedSet.From(arguments);
        var catalog = SchemaCatalog.Load(layout.SchemasDirectory);
        var files = FileDiscovery.Discover(layout, [policies]).Files;
        var baseline = Live();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} files; live before loading (schema set, discovery): {baseline / 1048576.0:F1} MiB"));

        var bytes = Stage("read (File.ReadAllBytes)", baseline, () => files.Select(File.ReadAllBytes).ToArray());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  input: {bytes.Sum(b => (long)b.Length) / 1048576.0:F1} MiB of JSON"));
        var documents = Stage("strict parse (JsonSourceDocument.Parse), bytes kept", baseline, () => bytes.Select(b => JsonSourceDocument.Parse(b)).ToArray());
        Stage("schema validation (Schema.Validate), results dropped", baseline, () =>
        {
            foreach (var document in documents)
            {
                catalog.ForKind(document.Root.GetProperty("kind").GetString()!)!.Schema.Validate(document.Root);
            }

            return 0;
        });
        var artefacts = Stage("artefacts with content hashes", baseline, () =>
            documents.Select((d, i) =>
            {
                var artefact = new Artefact(layout.Relative(files[i]), d);
                _ = artefact.ContentHash;
                return artefact;
            }).ToArray());
        GC.KeepAlive(bytes);
        bytes = null;
        documents = null;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  artefacts alone (bytes array released): {(Live() - baseline) / 1048576.0:F1} MiB live"));
        GC.KeepAlive(artefacts);
        artefacts = null;

        var loader = new ArtefactLoader(layout, catalog, JsonSourceOptions.Default);
        var loaded = Stage("ArtefactLoader.Load (read, parse, schema, hash)", Live(), () => files.Select(loader.Load).ToArray());
        var today = DateTime.UtcNow.Date;
        var repository = Stage("model (PolicyRepository)", Live(), () => new PolicyRepository(loaded.Select(o => o.Artefact).OfType<Artefact>(), catalog.Taxonomy));
        var approvals = Stage("ApprovalStatusIndex", Live(), () => new ApprovalStatusIndex(repository, today));
        var context = new RuleContext(repository, RuleSettings.From(approvals.Governance), today, approvals: approvals);
        var perRule = new List<(string Rule, long Bytes)>();
        foreach (var rule in RepositoryRules.All)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            rule.Check(context);
            perRule.Add((rule.GetType().Name, GC.GetAllocatedBytesForCurrentThread() - before));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"repository rules, all",-52} allocated {perRule.Sum(r => r.Bytes) / 1048576.0,8:F1} MiB; the most:"));
        foreach (var (rule, allocatedBytes) in perRule.OrderByDescending(r => r.Bytes).Take(8))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule,-50} allocated {allocatedBytes / 1048576.0,8:F1} MiB"));
        }

        GC.KeepAlive(loaded);
        loaded = null;
        (repository, approvals, context) = (null!, null!, null!);

        var validator = new PolicyValidator(layout, catalog, RepositoryRules.All);
        var settings = new ValidationSettings { Today = DateTime.UtcNow.Date, MaxParallelism = 1 };
        var report = Stage("PolicyValidator.Validate, 1 thread (report kept)", Live(), () => validator.Validate([policies], settings));
        GC.KeepAlive(report);
        return 0;
    }

    private static T Stage<T>(string what, long baseline, Func<T> stage)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = stage();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-52} allocated {allocated / 1048576.0,8:F1} MiB, live {(Live() - baseline) / 1048576.0,8:F1} MiB"));
        GC.KeepAlive(result);
        return result;
    }

    private static long Live()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(true);
    }
}
