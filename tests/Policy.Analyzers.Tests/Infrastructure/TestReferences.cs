// What test sources compile against: the running framework's assemblies plus the vendor libraries the
// test project references (FHIR, OpenAI, Microsoft.Extensions.AI, logging, compliance) and the
// annotations, all from disk, so tests never touch the network.
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Policy.Analyzers.Tests.Infrastructure;

internal static class TestReferences
{
    /// <summary>No reference-assembly package: everything comes from <see cref="All"/>.</summary>
    public static ReferenceAssemblies None { get; } = new ReferenceAssemblies("net10.0");

    public static IReadOnlyList<MetadataReference> All { get; } = Build();

    private static IReadOnlyList<MetadataReference> Build()
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        foreach (var dll in Directory.EnumerateFiles(frameworkDir, "*.dll"))
        {
            var name = Path.GetFileName(dll);
            if (name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal)
                || name is "netstandard.dll" or "mscorlib.dll")
            {
                if (IsManaged(dll))
                {
                    paths.Add(dll);
                }
            }
        }

        var anchors = new[]
        {
            typeof(Hl7.Fhir.Model.Patient).Assembly,
            typeof(Hl7.Fhir.Model.Base).Assembly,
            typeof(Hl7.Fhir.Rest.BaseFhirClient).Assembly,
            typeof(OpenAI.Chat.ChatClient).Assembly,
            typeof(Microsoft.Extensions.AI.IChatClient).Assembly,
            typeof(Microsoft.Extensions.Logging.ILogger).Assembly,
            typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly,
            typeof(global::Policy.Annotations.DataFlowAttribute).Assembly,
        };
        var binDir = AppContext.BaseDirectory;
        var queue = new Queue<Assembly>(anchors);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0)
        {
            var assembly = queue.Dequeue();
            if (!seen.Add(assembly.GetName().Name!))
            {
                continue;
            }

            paths.Add(assembly.Location);
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                var candidate = Path.Combine(binDir, reference.Name + ".dll");
                if (File.Exists(candidate) && !seen.Contains(reference.Name!))
                {
                    queue.Enqueue(Assembly.LoadFrom(candidate));
                }
            }
        }

        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
