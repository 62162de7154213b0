namespace Policy.Core.Diff;

/// <summary>What a change means for the committee, from the most to the least urgent (the order reports rank by).</summary>
public enum DiffClass
{
    RaisesRisk,
    WeakensSafeguard,
    Strengthens,
    Neutral,
    Editorial,
}

/// <summary>How a value or an artefact changed between the two sides.</summary>
public enum ChangeType
{
    Added,
    Removed,
    Modified,
    Moved,
}

/// <summary>The names the classification file, `--fail-on` and the JSON report use.</summary>
public static class DiffNames
{
    public static IReadOnlyList<DiffClass> Classes { get; } = Enum.GetValues<DiffClass>();

    public static string Of(DiffClass value) => value switch
    {
        DiffClass.RaisesRisk => "raises-risk",
        DiffClass.WeakensSafeguard => "weakens-safeguard",
        DiffClass.Strengthens => "strengthens",
        DiffClass.Neutral => "neutral",
        _ => "editorial",
    };

    public static string Of(ChangeType value) => value switch
    {
        ChangeType.Added => "added",
        ChangeType.Removed => "removed",
        ChangeType.Modified => "modified",
        _ => "moved",
    };

    public static bool TryParseClass(string? text, out DiffClass value)
    {
        foreach (var candidate in Classes)
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = DiffClass.Neutral;
        return false;
    }

    public static bool TryParseChange(string? text, out ChangeType value)
    {
        foreach (var candidate in Enum.GetValues<ChangeType>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = ChangeType.Modified;
        return false;
    }
}
