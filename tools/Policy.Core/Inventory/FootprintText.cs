using System.Globalization;
using Policy.Core.Model;

namespace Policy.Core.Inventory;

/// <summary>
/// The SystemCard's environmental footprint as one line for the register: the comparable figures (Wh per use, kg
/// CO2e per year, model size, retraining, method) where the card gives them, else its free-text estimates.
/// </summary>
public static class FootprintText
{
    public static string Of(Artefact card)
    {
        if (card.Root.Property("environmentalFootprint") is not { } footprint)
        {
            return string.Empty;
        }

        var figures = Footprint.Of(card);
        var parts = new List<string>();
        Add(parts, "energy per use", figures.WattHoursPerUse is { } wh ? Number(wh) + " Wh" + (figures.Use is null ? string.Empty : $" ({figures.Use})") : footprint.String("energyPerInference"));
        Add(parts, "carbon", figures.KgCo2ePerYear is { } kg ? Number(kg) + " kg CO2e per year" : footprint.String("co2e"));
        Add(parts, "model size", figures.ModelSize);
        Add(parts, "retraining", figures.Retraining);
        Add(parts, "method", figures.Method);
        return string.Join("; ", parts);
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static void Add(List<string> parts, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add($"{label} {value}");
        }
    }
}
