using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Cardiolabs.EcgAssist.Violations;

/// <summary>HP001: the ECG leaves for the inference API with no [DataFlow]. Fixed form: Compliant/EcgInferenceClient.cs.</summary>
public sealed class UnattestedInferenceClient(HttpClient http)
{
    public async Task<HttpResponseMessage> AnalyseAsync(Observation ecg, CancellationToken ct)
    {
        var json = new FhirJsonSerializer().SerializeToString(ecg);
        return await http.PostAsync("https://api.electroread.cardiolabs.example/v4/analyses", new StringContent(json, Encoding.UTF8, "application/fhir+json"), ct);
    }
}
