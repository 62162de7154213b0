using System.Buffers.Binary;
using System.Text;

namespace Policy.Core.Signing;

/// <summary>
/// Reads the armored SSH signature format (OpenSSH PROTOCOL.sshsig): the public key that made it is
/// inside, so the kernel can check it is one the Governance lists for the approver.
/// </summary>
public static class SshSignature
{
    private const string Begin = "-----BEGIN SSH SIGNATURE-----";
    private const string End = "-----END SSH SIGNATURE-----";

    /// <summary>The signer's public key as <c>type base64</c>, or null when the text is not an SSH signature.</summary>
    public static string? SignerKey(string armored)
    {
        var start = armored.IndexOf(Begin, StringComparison.Ordinal);
        var end = armored.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return null;
        }

        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(string.Concat(armored[(start + Begin.Length)..end].Where(c => !char.IsWhiteSpace(c))));
        }
        catch (FormatException)
        {
            return null;
        }

        // "SSHSIG", uint32 version, string publickey, ...
        if (blob.Length < 10 || Encoding.ASCII.GetString(blob, 0, 6) != "SSHSIG")
        {
            return null;
        }

        var offset = 10;
        if (ReadString(blob, ref offset) is not { } key)
        {
            return null;
        }

        var keyOffset = 0;
        return ReadString(key, ref keyOffset) is { } type ? $"{Encoding.ASCII.GetString(type)} {Convert.ToBase64String(key)}" : null;
    }

    private static byte[]? ReadString(byte[] data, ref int offset)
    {
        if (offset + 4 > data.Length)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset, 4));
        if (length > data.Length - offset - 4)
        {
            return null;
        }

        var value = data.AsSpan(offset + 4, (int)length).ToArray();
        offset += 4 + (int)length;
        return value;
    }
}
