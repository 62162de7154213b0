using System;

namespace Policy.Analyzers.Policies
{
    /// <summary>The build's UTC time, used only when policy_analyzers.today is not set.</summary>
    internal static class CompilationClock
    {
        public static DateTime UtcNow() => DateTime.UtcNow;
    }
}
