using Policy.Core.Loading;

namespace Policy.Benchmarks.Throughput;

/// <summary>The set a timed mode reads (`--root DIR`, as `generate` writes it): its layout and policies folder.</summary>
public sealed record GeneratedSet(RepositoryLayout Layout, string Policies)
{
    public static GeneratedSet From(Arguments arguments)
    {
        var root = Path.GetFullPath(arguments.Text("root"));
        return new GeneratedSet(new RepositoryLayout(root, Path.Combine(root, "schemas")), Path.Combine(root, "policies"));
    }
}
