using System.Net.Http.Json;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Policy.Annotations;

namespace Cardiolabs.EcgAssist.Compliant;

/// <summary>Sends the ECG to the ElectroRead inference API: covered by the approved data flow (fixes HP001, HP004).</summary>
[DataFlow("df-ecg-cloud-inference")]
public sealed class EcgInferenceClient(HttpClient http)
{
    private const string AnalysesUrl = "https://api.electroread.cardiolabs.example/v4/analyses";

    public async Task<EcgFindings> AnalyseAsync(Observation ecg, CancellationToken ct)
    {
        var json = new FhirJsonSerializer().SerializeToString(ecg);
        using var content = new StringContent(json, Encoding.UTF8, "application/fhir+json");
        using var response = await http.PostAsync(AnalysesUrl, content, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<EcgFindings>(ct) ?? throw new InvalidDataException("ElectroRead returned no findings");
    }
}
