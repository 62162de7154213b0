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

    /// <summary>
    /// Both values for people; two long texts are shown around their first difference, so a fixed typo
    /// deep in a paragraph is visible.
    /// </summary>
    public static (string Before, string After) Values(string? before, string? after, int max = 160)
    {
        if (before is null || after is null || (before.Length <= max && after.Length <= max))
        {
            return (Value(before, max), Value(after, max));
        }

        var first = 0;
        while (first < before.Length && first < after.Length && before[first] == after[first])
        {
            first++;
        }

        var start = Math.Max(0, first - (max / 3));
        return (Window(before, start, max), Window(after, start, max));
    }

    private static string Window(string text, int start, int max)
    {
        var body = text.Length - start <= max ? text[start..] : text.Substring(start, max - 1) + "…";
        return start > 0 ? "…" + body : body;
    }

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
