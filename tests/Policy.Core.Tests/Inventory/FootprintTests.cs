using System.Text.Json.Nodes;
using Policy.Core.Inventory;
using Policy.Core.Model;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Inventory;

/// <summary>The footprint figures are converted to comparable units; free text is kept when there is no figure.</summary>
public sealed class FootprintTests : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    private Artefact Card(string footprint)
    {
        repository.Artefact("sys/system-card.json", Artefacts.SystemCard("sys", "anonymous").With("environmentalFootprint", JsonNode.Parse(footprint)));
        return repository.Load().Find("sys", ArtefactKinds.SystemCard)!;
    }

    [Fact]
    public void Figures_are_converted_to_watt_hours_and_kilograms_a_year()
    {
        var footprint = Footprint.Of(Card("""{ "energyPerUse": { "value": 36, "unit": "kJ", "use": "one scan" }, "carbonPerPeriod": { "value": 0.5, "unit": "t CO2e", "period": "P6M" }, "modelSize": { "value": 7000000, "unit": "parameters" } }"""));
        Assert.Equal(10, footprint.WattHoursPerUse!.Value, 6);
        Assert.Equal(500 * 365.0 / 180, footprint.KgCo2ePerYear!.Value, 6);
        Assert.Equal("7M parameters", footprint.ModelSize);
    }

    [Fact]
    public void Register_shows_figures_and_falls_back_to_free_text()
    {
        Assert.Equal("energy per use 10 Wh (one scan); method codecarbon", FootprintText.Of(Card("""{ "energyPerInference": "about 10 Wh", "energyPerUse": { "value": 10, "unit": "Wh", "use": "one scan" }, "measurementMethod": { "reference": "codecarbon" } }""")));
        Assert.Equal("energy per use about 10 Wh; carbon 2 kg a year", FootprintText.Of(Card("""{ "energyPerInference": "about 10 Wh", "co2e": "2 kg a year" }""")));
    }
}
