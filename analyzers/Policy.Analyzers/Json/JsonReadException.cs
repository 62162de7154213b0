using System;

namespace Policy.Analyzers.Json
{
    /// <summary>A policy file is not well-formed JSON; <see cref="Offset"/> is where the reader stopped.</summary>
    internal sealed class JsonReadException : Exception
    {
        public JsonReadException(string message, int offset)
            : base(message)
        {
            Offset = offset;
        }

        public int Offset { get; }
    }
}
