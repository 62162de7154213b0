namespace Policy.JsonSchema.Evaluation;

/// <summary>
/// Which properties and items of one instance the schemas applied to it have evaluated: what
/// unevaluatedProperties and unevaluatedItems need. Only created where a schema uses them.
/// </summary>
internal sealed class Annotations
{
    private HashSet<string>? properties;
    private HashSet<int>? items;

    public bool AllProperties { get; private set; }

    public bool AllItems { get; private set; }

    public int ItemPrefix { get; private set; }

    public void AddProperty(string name) => (properties ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);

    public void MarkAllProperties() => AllProperties = true;

    public void AddItem(int index) => (items ??= new HashSet<int>()).Add(index);

    public void AddItemPrefix(int count) => ItemPrefix = Math.Max(ItemPrefix, count);

    public void MarkAllItems() => AllItems = true;

    public bool IsPropertyEvaluated(string name) => AllProperties || (properties?.Contains(name) ?? false);

    public bool IsItemEvaluated(int index) => AllItems || index < ItemPrefix || (items?.Contains(index) ?? false);

    public void Merge(Annotations other)
    {
        AllProperties |= other.AllProperties;
        AllItems |= other.AllItems;
        ItemPrefix = Math.Max(ItemPrefix, other.ItemPrefix);
        if (other.properties is not null)
        {
            (properties ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(other.properties);
        }

        if (other.items is not null)
        {
            (items ??= new HashSet<int>()).UnionWith(other.items);
        }
    }
}
