using Policy.Core.Model;

namespace Policy.Core.Inventory;

/// <summary>The SystemCard's environmental footprint as one line for the register.</summary>
public static class FootprintText
{
    public static string Of(Artefact card)
    {
        if (card.Root.Property("environmentalFootprint") is not { } footprint)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        Add(parts, "energy per use", footprint.String("energyPerInference"));
        Add(parts, "carbon", footprint.String("co2e"));
        return string.Join("; ", parts);
    }

    private static void Add(List<string> parts, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add($"{label} {value}");
        }
    }
}
