using Policy.Core.Loading;

namespace Policy.Benchmarks.Micro;

/// <summary>The example files and schema set the micro-benchmarks use, found from the checkout.</summary>
internal static class ExampleFiles
{
    /// <summary>The largest example SystemCard (a high-risk medical device: most conditional branches taken).</summary>
    public static string SystemCard => Path.Combine(Arguments.RepositoryRoot(), "policies", "systems", "ecg-assist", "system-card.json");

    public static SchemaCatalog Schemas() => SchemaCatalog.Load(Path.Combine(Arguments.RepositoryRoot(), "schemas"));
}
