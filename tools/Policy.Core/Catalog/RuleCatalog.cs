namespace Policy.Core.Catalog;

/// <summary>Every rule the tool knows, by id, in id order.</summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, RuleDescriptor> byId;

    public RuleCatalog(IEnumerable<RuleDescriptor> rules)
    {
        byId = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!byId.TryAdd(rule.Id, rule))
            {
                throw new ArgumentException($"rule id {rule.Id} is declared twice", nameof(rules));
            }
        }

        All = byId.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<RuleDescriptor> All { get; }

    public bool TryGet(string id, out RuleDescriptor rule) => byId.TryGetValue(id, out rule!);

    public RuleDescriptor this[string id] => byId[id];
}
