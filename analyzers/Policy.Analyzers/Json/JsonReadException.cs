using System;
using Policy.Kernel.Json;

namespace Policy.Analyzers.Json
{
    /// <summary>A policy file is not strict JSON; <see cref="Offset"/> is where the reader stopped.</summary>
    internal sealed class JsonReadException : Exception
    {
        public JsonReadException(string message, int offset, StrictJsonProblem problem = StrictJsonProblem.Syntax)
            : base(message)
        {
            Offset = offset;
            Problem = problem;
        }

        public int Offset { get; }

        /// <summary>Which rule of strict JSON (tools/Policy.Kernel/Json/StrictJson.cs) the file breaks.</summary>
        public StrictJsonProblem Problem { get; }
    }
}
