using System.Net.Http.Json;
using Hl7.Fhir.Model;
using Policy.Annotations;

namespace Cardiolabs.EcgAssist.Violations;

/// <summary>HP003: df-ecg-research-export is declared but no committee approved it.</summary>
public sealed class ResearchExporter(HttpClient http)
{
    [DataFlow("df-ecg-research-export")]
    public Task<HttpResponseMessage> ExportAsync(Observation ecg, CancellationToken ct) =>
        http.PostAsJsonAsync("https://lake.research.cardiolabs.example/ecg", ecg, ct);
}
