using System.Text.Json.Nodes;

namespace Policy.Benchmarks.Generation;

/// <summary>
/// The example artefacts the generator copies: every JSON file of a policy folder, grouped by the
/// system it belongs to. Kinds the examples do not have yet come from the minimal templates shipped
/// beside this program (Templates/), so the generated set always holds every kind.
/// </summary>
public sealed class TemplateLibrary
{
    private readonly Dictionary<string, JsonObject> fallbacks;

    private TemplateLibrary(JsonObject governance, IReadOnlyList<TemplateSystem> systems, Dictionary<string, JsonObject> fallbacks)
    {
        Governance = governance;
        Systems = systems;
        this.fallbacks = fallbacks;
    }

    /// <summary>One example system: its SystemCard and every artefact whose <c>system</c> names it (approvals excepted: they are made fresh).</summary>
    public sealed record TemplateSystem(string Id, JsonObject Card, IReadOnlyList<JsonObject> Artefacts)
    {
        public JsonObject? FirstOf(string kind) => Artefacts.FirstOrDefault(a => Kind(a) == kind);
    }

    public JsonObject Governance { get; }

    public IReadOnlyList<TemplateSystem> Systems { get; }

    public static TemplateLibrary Load(string policiesFolder, string fallbackFolder)
    {
        var all = Directory.EnumerateFiles(policiesFolder, "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => JsonNode.Parse(File.ReadAllBytes(file)) as JsonObject)
            .OfType<JsonObject>()
            .ToList();

        var governance = all.FirstOrDefault(a => Kind(a) == "Governance")
            ?? throw new InvalidOperationException($"{policiesFolder} has no Governance artefact to copy");
        var systems = all.Where(a => Kind(a) == "SystemCard")
            .Select(card => new TemplateSystem(
                Text(card, "id"),
                card,
                all.Where(a => Kind(a) is not ("SystemCard" or "Approval" or "Governance") && Text(a, "system") == Text(card, "id")).ToList()))
            .ToList();
        if (systems.Count == 0)
        {
            throw new InvalidOperationException($"{policiesFolder} has no SystemCard to copy");
        }

        var fallbacks = Directory.EnumerateFiles(fallbackFolder, "*.json")
            .Select(file => (JsonObject)JsonNode.Parse(File.ReadAllBytes(file))!)
            .ToDictionary(Kind, StringComparer.Ordinal);
        return new TemplateLibrary(governance, systems, fallbacks);
    }

    /// <summary>
    /// An artefact of <paramref name="kind"/> for <paramref name="system"/>: the system's own example,
    /// else the shipped minimal template (another system's example would carry references, such as an
    /// incident's monitoring indicator, that do not hold for this one).
    /// </summary>
    public JsonObject For(TemplateSystem system, string kind)
    {
        if (system.FirstOf(kind) is { } own)
        {
            return (JsonObject)own.DeepClone();
        }

        return Fallback(kind, ("{system}", system.Id));
    }

    /// <summary>A shipped template with its <c>{placeholders}</c> filled.</summary>
    public JsonObject Fallback(string kind, params (string Placeholder, string Value)[] values)
    {
        var text = fallbacks[kind].ToJsonString();
        foreach (var (placeholder, value) in values)
        {
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }

        return (JsonObject)JsonNode.Parse(text)!;
    }

    public static string Kind(JsonObject artefact) => Text(artefact, "kind");

    public static string Text(JsonObject artefact, string name) =>
        artefact[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
}
