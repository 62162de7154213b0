using System.Net.Http.Json;
using Hl7.Fhir.Model;
using Policy.Annotations;

namespace Cardiolabs.EcgAssist.Violations;

/// <summary>HP002: the attribute names an id no policy file defines (the flow is df-ecg-cloud-inference).</summary>
public sealed class MistypedFlowClient(HttpClient http)
{
    [DataFlow("df-ecg-cloud")]
    public Task<HttpResponseMessage> AnalyseAsync(Observation ecg, CancellationToken ct) =>
        http.PostAsJsonAsync("https://api.electroread.cardiolabs.example/v4/analyses", ecg, ct);
}
