extern alias core;

namespace Policy.Analyzers.Tests.Kernel;

/// <summary>The CLI's content hash of a text (System.Text.Json parse, then the kernel).</summary>
internal static class CoreHash
{
    public static string Of(string json) => core::Policy.Core.Model.TextContentHash.Of(json);
}
