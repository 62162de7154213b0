namespace Policy.JsonSchema.Evaluation;

/// <summary>
/// Which properties and items of one instance the schemas applied to it have evaluated: what
/// unevaluatedProperties and unevaluatedItems need. Properties are identified by their position in
/// the object (every keyword enumerates in document order), so tracking allocates nothing for the
/// first 64. Only used where a schema has unevaluated*; instances are pooled by the context.
/// </summary>
internal sealed class Annotations
{
    private ulong propertyBits;
    private HashSet<int>? moreProperties;
    private ulong itemBits;
    private HashSet<int>? moreItems;

    public bool AllProperties { get; private set; }

    public bool AllItems { get; private set; }

    public int ItemPrefix { get; private set; }

    public void Clear()
    {
        propertyBits = 0;
        itemBits = 0;
        moreProperties?.Clear();
        moreItems?.Clear();
        AllProperties = false;
        AllItems = false;
        ItemPrefix = 0;
    }

    public void AddProperty(int position)
    {
        if (position < 64)
        {
            propertyBits |= 1UL << position;
        }
        else
        {
            (moreProperties ??= new HashSet<int>()).Add(position);
        }
    }

    public void MarkAllProperties() => AllProperties = true;

    public void AddItem(int index)
    {
        if (index < 64)
        {
            itemBits |= 1UL << index;
        }
        else
        {
            (moreItems ??= new HashSet<int>()).Add(index);
        }
    }

    public void AddItemPrefix(int count) => ItemPrefix = Math.Max(ItemPrefix, count);

    public void MarkAllItems() => AllItems = true;

    public bool IsPropertyEvaluated(int position) =>
        AllProperties || (position < 64 ? (propertyBits & (1UL << position)) != 0 : moreProperties?.Contains(position) ?? false);

    public bool IsItemEvaluated(int index) =>
        AllItems || index < ItemPrefix || (index < 64 ? (itemBits & (1UL << index)) != 0 : moreItems?.Contains(index) ?? false);

    public void Merge(Annotations other)
    {
        AllProperties |= other.AllProperties;
        AllItems |= other.AllItems;
        ItemPrefix = Math.Max(ItemPrefix, other.ItemPrefix);
        propertyBits |= other.propertyBits;
        itemBits |= other.itemBits;
        if (other.moreProperties is { Count: > 0 })
        {
            (moreProperties ??= new HashSet<int>()).UnionWith(other.moreProperties);
        }

        if (other.moreItems is { Count: > 0 })
        {
            (moreItems ??= new HashSet<int>()).UnionWith(other.moreItems);
        }
    }
}
