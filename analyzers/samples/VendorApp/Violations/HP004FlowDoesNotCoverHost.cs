using System.Net.Http.Json;
using Hl7.Fhir.Model;
using Policy.Annotations;

namespace Cardiolabs.EcgAssist.Violations;

/// <summary>HP004: the approved flow lists api.electroread.cardiolabs.example; this fallback host is not in it.</summary>
public sealed class FallbackInferenceClient(HttpClient http)
{
    [DataFlow("df-ecg-cloud-inference")]
    public Task<HttpResponseMessage> AnalyseAsync(Observation ecg, CancellationToken ct) =>
        http.PostAsJsonAsync("https://api.electroread-us.cardiolabs.example/v4/analyses", ecg, ct);
}
