using System.Globalization;
using Policy.Core.Model;
using Policy.Kernel.Time;

namespace Policy.Core.Inventory;

/// <summary>
/// A SystemCard's environmental footprint in comparable units: energy per use in watt-hours and carbon in kilograms
/// of CO2e per year, converted from the figures as written; null where the card gives no figure.
/// </summary>
public sealed record Footprint(double? WattHoursPerUse, string? Use, double? KgCo2ePerYear, string? ModelSize, string? Retraining, string? Method)
{
    private static readonly Dictionary<string, double> WattHours = new(StringComparer.Ordinal) { ["mWh"] = 0.001, ["Wh"] = 1, ["kWh"] = 1000, ["J"] = 1 / 3600.0, ["kJ"] = 1 / 3.6 };
    private static readonly Dictionary<string, double> Kilograms = new(StringComparer.Ordinal) { ["g CO2e"] = 0.001, ["kg CO2e"] = 1, ["t CO2e"] = 1000 };

    public static Footprint Of(Artefact card)
    {
        var root = card.Root.Path("environmentalFootprint");
        if (root is not { } footprint)
        {
            return new Footprint(null, null, null, null, null, null);
        }

        var energy = Convert(footprint.Number("energyPerUse", "value"), footprint.String("energyPerUse", "unit"), WattHours);
        var carbon = Convert(footprint.Number("carbonPerPeriod", "value"), footprint.String("carbonPerPeriod", "unit"), Kilograms);
        var period = IsoDuration.Parse(footprint.String("carbonPerPeriod", "period"))?.Approximate.TotalDays;
        var perYear = carbon is { } kg && period is > 0 ? kg * 365.0 / period.Value : (double?)null;
        var size = footprint.Number("modelSize", "value") is { } value ? Size(value, footprint.String("modelSize", "unit")) : null;
        return new Footprint(energy, footprint.String("energyPerUse", "use"), perYear, size, footprint.String("retrainingFrequency"), footprint.String("measurementMethod", "reference"));
    }

    /// <summary>A parameter count in millions or billions (110M, 7B); sizes in MB or GB as written.</summary>
    private static string Size(double value, string? unit) => unit == "parameters"
        ? value >= 1e9 ? string.Create(CultureInfo.InvariantCulture, $"{value / 1e9:0.#}B parameters")
        : value >= 1e6 ? string.Create(CultureInfo.InvariantCulture, $"{value / 1e6:0.#}M parameters")
        : string.Create(CultureInfo.InvariantCulture, $"{value:0} parameters")
        : string.Create(CultureInfo.InvariantCulture, $"{value:0.###} {unit}");

    private static double? Convert(double? value, string? unit, Dictionary<string, double> factors) =>
        value is { } v && unit is not null && factors.TryGetValue(unit, out var factor) ? v * factor : null;
}
