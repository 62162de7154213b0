using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Policy.Core.Tests.Architecture;

/// <summary>
/// Which namespaces of Policy.Core use which (a namespace with those under it, see <see cref="Layer"/>):
/// every type and member a source file of tools/Policy.Core names, or whose type an expression has,
/// resolved by the compiler (Roslyn) against the same references.
/// </summary>
internal static class NamespaceGraph
{
    private const string Root = "Policy.Core";

    /// <summary>From each namespace to the other Policy.Core namespaces it uses, with one place that shows it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Build()
    {
        var compilation = Compile();
        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees.Where(t => t.FilePath.Contains($"{Path.DirectorySeparatorChar}Policy.Core{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            {
                var from = Layer(declaration.Name.ToString());
                if (!edges.TryGetValue(from, out var targets))
                {
                    edges[from] = targets = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                foreach (var node in declaration.DescendantNodes().Where(n => n is ExpressionSyntax or TypeSyntax))
                {
                    foreach (var used in Used(model, node).Select(Layer))
                    {
                        if (used != from && (used == Root || used.StartsWith(Root + ".", StringComparison.Ordinal)))
                        {
                            targets.TryAdd(used, $"{Path.GetFileName(tree.FilePath)}({node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}): {node}");
                        }
                    }
                }
            }
        }

        return edges.ToDictionary(e => e.Key, e => (IReadOnlyDictionary<string, string>)e.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// A namespace and those under it are one node (Policy.Core.Rules.Dpia is Policy.Core.Rules): the
    /// families of rules share their base, and the graph is about how the parts of Core depend on each other.
    /// </summary>
    private static string Layer(string ns)
    {
        var parts = ns.Split('.');
        return parts.Length > 3 && ns.StartsWith(Root + ".", StringComparison.Ordinal) ? string.Join('.', parts.Take(3)) : ns;
    }

    private static IEnumerable<string> Used(SemanticModel model, SyntaxNode node)
    {
        var symbol = model.GetSymbolInfo(node).Symbol;
        var type = node is ExpressionSyntax ? model.GetTypeInfo(node).Type : null;
        foreach (var candidate in new[] { symbol, type })
        {
            var declaring = candidate switch
            {
                INamedTypeSymbol named => named.OriginalDefinition,
                ITypeSymbol other => other.ContainingType,
                IMethodSymbol { ReducedFrom: { } extension } => extension.ContainingType,
                INamespaceSymbol => null,
                ISymbol member => member.ContainingType,
                null => null,
            };
            while (declaring?.ContainingType is { } outer)
            {
                declaring = outer;
            }

            if (declaring?.ContainingNamespace is { IsGlobalNamespace: false } ns)
            {
                yield return ns.ToDisplayString();
            }
        }
    }

    private static CSharpCompilation Compile()
    {
        var sources = new[] { "Policy.Core", "Policy.Kernel" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "tools", project), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path))
            .Append(CSharpSyntaxTree.ParseText(
                "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;",
                new CSharpParseOptions(LanguageVersion.Latest)));
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = Directory.EnumerateFiles(framework, "*.dll")
            .Where(dll => Path.GetFileName(dll) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(Policy.JsonSchema.JsonSourceDocument).Assembly.Location)
            .Append(typeof(Markdig.Markdown).Assembly.Location)
            .Where(IsManaged)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("Policy.Core.Graph", sources, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        // CS8795: a [GeneratedRegex] method, whose body the regex source generator writes; it names no type.
        // A [JsonSerializable] context: System.Text.Json's source generator writes its other half (these sources
        // are compiled without generators), and the file alone uses what it names.
        var errors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8795" && d.Location.SourceTree?.ToString().Contains("[JsonSerializable(", StringComparison.Ordinal) != true)
            .Take(5).ToList();
        Assert.True(errors.Count == 0, "Policy.Core does not compile for the graph: " + string.Join("\n", errors));
        return compilation;
    }

    private static bool IsManaged(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
