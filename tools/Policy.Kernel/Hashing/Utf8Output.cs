// The buffer the canonical form is written into, as UTF-8 bytes ready to hash.
using System;
using System.Text;

namespace Policy.Kernel.Hashing
{
    /// <summary>A growing UTF-8 buffer: the canonical form is written as bytes, ready to hash.</summary>
    internal sealed class Utf8Output
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The largest buffer a caller should keep for reuse; a rare huge file's buffer is left to the collector.</summary>
        public const int KeptCapacity = 1 << 20;

        public byte[] Buffer { get; private set; } = new byte[4096];

        public int Length { get; private set; }

        /// <summary>Empties the buffer, keeping its capacity.</summary>
        public void Reset() => Length = 0;

        public void Append(byte b)
        {
            Reserve(1);
            Buffer[Length++] = b;
        }

        public void Append(ReadOnlySpan<byte> bytes)
        {
            Reserve(bytes.Length);
            bytes.CopyTo(Buffer.AsSpan(Length));
            Length += bytes.Length;
        }

        /// <summary>Text known to be ASCII (literals, numbers, escapes).</summary>
        public void AppendAscii(string text)
        {
            Reserve(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                Buffer[Length++] = (byte)text[i];
            }
        }

        public void AppendText(string text, int start, int count)
        {
            if (count == 0)
            {
                return;
            }

            Reserve(count * 3);
            Length += Utf8.GetBytes(text, start, count, Buffer, Length);
        }

        private void Reserve(int more)
        {
            if (Length + more <= Buffer.Length)
            {
                return;
            }

            var grown = new byte[Math.Max(Buffer.Length * 2, Length + more)];
            System.Buffer.BlockCopy(Buffer, 0, grown, 0, Length);
            Buffer = grown;
        }
    }
}
