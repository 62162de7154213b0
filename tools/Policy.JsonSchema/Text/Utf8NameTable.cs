using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Policy.JsonSchema.Text;

/// <summary>
/// Property name → index, looked up by the raw UTF-8 bytes of an instance's property name, so
/// matching instance properties against a schema's names allocates nothing.
/// </summary>
internal sealed class Utf8NameTable
{
    private readonly byte[][] keys;
    private readonly int[] buckets;
    private readonly int mask;

    public Utf8NameTable(IReadOnlyList<string> names)
    {
        Names = names;
        keys = names.Select(Encoding.UTF8.GetBytes).ToArray();
        var size = 4;
        while (size < names.Count * 2)
        {
            size <<= 1;
        }

        buckets = new int[size];
        mask = size - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = Hash(keys[i]) & mask;
            while (buckets[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            buckets[slot] = i + 1;
        }
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => keys.Length;

    public byte[] Utf8(int index) => keys[index];

    /// <summary>Index of the instance property's name, or -1.</summary>
    public int IndexOf(JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        return raw.IndexOf((byte)'\\') < 0 ? IndexOf(raw) : IndexOf(Encoding.UTF8.GetBytes(property.Name));
    }

    public int IndexOf(ReadOnlySpan<byte> name)
    {
        var slot = Hash(name) & mask;
        while (true)
        {
            var entry = buckets[slot];
            if (entry == 0)
            {
                return -1;
            }

            if (keys[entry - 1].AsSpan().SequenceEqual(name))
            {
                return entry - 1;
            }

            slot = (slot + 1) & mask;
        }
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
