using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Policy.Core.Diff;

/// <summary>
/// A 64-bit hash of a string value's UTF-8 bytes, so the links keep one number per value instead of a
/// string. Not for security and not stable across versions: it is compared only within one run.
/// </summary>
public static class JsonValueHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    public static ulong Of(string value) => Of(Encoding.UTF8.GetBytes(value));

    public static ulong Of(ReadOnlySpan<byte> bytes)
    {
        var hash = (ulong)bytes.Length * Multiplier;
        while (bytes.Length >= 8)
        {
            hash = Mix(hash, BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            bytes = bytes[8..];
        }

        if (bytes.Length > 0)
        {
            ulong tail = 0;
            for (var i = bytes.Length - 1; i >= 0; i--)
            {
                tail = (tail << 8) | bytes[i];
            }

            hash = Mix(hash, tail);
        }

        // The avalanche of MurmurHash3's fmix64, so every input bit reaches every output bit.
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53;
        return hash ^ (hash >> 33);
    }

    private static ulong Mix(ulong hash, ulong word) => BitOperations.RotateLeft(hash ^ (word * Multiplier), 29) * 0xBF58476D1CE4E5B9;
}
