namespace Policy.Core.Tests.Architecture;

/// <summary>
/// Policy.Core's namespaces use each other one way, with the rule catalogue and descriptors at the
/// bottom: no namespace reaches itself again through the namespaces it uses.
/// </summary>
public sealed class NamespaceCycleTests
{
    [Fact]
    public void Policy_core_namespaces_have_no_cycle()
    {
        var graph = NamespaceGraph.Build();
        var cycles = Cycles(graph).ToList();
        // Each set of namespaces that reach each other, with every use between them and where it is.
        Assert.True(cycles.Count == 0, string.Join("\n\n", cycles.Select(cycle => string.Join("\n",
            cycle.SelectMany(from => graph[from].Where(edge => cycle.Contains(edge.Key)).Select(edge => $"{from} -> {edge.Key}: {edge.Value}"))))));
    }

    [Fact]
    public void The_cycle_check_sees_a_cycle()
    {
        var graph = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["A"] = new Dictionary<string, string> { ["B"] = "a.cs" },
            ["B"] = new Dictionary<string, string> { ["C"] = "b.cs" },
            ["C"] = new Dictionary<string, string> { ["A"] = "c.cs" },
            ["D"] = new Dictionary<string, string> { ["A"] = "d.cs" },
        };
        Assert.Equal(["A", "B", "C"], Assert.Single(Cycles(graph)));
    }

    [Fact]
    public void The_graph_sees_the_uses_it_must()
    {
        var graph = NamespaceGraph.Build();
        Assert.Contains("Policy.Core.Model", graph["Policy.Core.Validation"].Keys);
        Assert.Contains("Policy.Core.Findings", graph["Policy.Core.Formatting"].Keys);
    }

    /// <summary>Each strongly connected set of two or more namespaces (Tarjan), in a stable order.</summary>
    private static IEnumerable<List<string>> Cycles(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.TryGetValue(node, out var targets) ? targets.Keys.Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);

                if (component.Count > 1)
                {
                    components.Add(component.Order(StringComparer.Ordinal).ToList());
                }
            }
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;
    }
}
