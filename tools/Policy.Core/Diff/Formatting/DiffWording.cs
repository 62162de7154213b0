namespace Policy.Core.Diff.Formatting;

/// <summary>The words every format uses for the classes and the changes, so they say the same thing.</summary>
internal static class DiffWording
{
    public static string Label(DiffClass value) => value switch
    {
        DiffClass.RaisesRisk => "raises risk",
        DiffClass.WeakensSafeguard => "weakens a safeguard",
        DiffClass.Strengthens => "strengthens",
        DiffClass.Neutral => "neutral",
        _ => "editorial",
    };

    public static string Artefact(string kind, string id) => $"{kind} '{id}'";

    /// <summary>A value for people: its JSON, shortened; "(none)" when absent.</summary>
    public static string Value(string? json, int max = 160) =>
        json is null ? "(none)" : json.Length <= max ? json : json[..(max - 1)] + "…";

    public static string Roles(IReadOnlyList<string> roles) =>
        roles.Count == 0 ? "the roles the approval matrix requires" : string.Join(", ", roles.Select(r => r.Replace("|", " or ", StringComparison.Ordinal)));

    /// <summary>The artefacts changed, each with its changes, the artefact with the most urgent change first.</summary>
    public static IEnumerable<IGrouping<(string Kind, string Id), PolicyChange>> ByArtefact(PolicyDiffReport report) =>
        report.Changes
            .GroupBy(c => (c.Kind, c.Id))
            .OrderBy(g => g.Min(c => c.Class))
            .ThenByDescending(g => g.Count(c => c.Class == g.Min(x => x.Class)))
            .ThenBy(g => g.First().File, StringComparer.Ordinal);
}
