using System.Text;

namespace Cardiolabs.EcgAssist.Compliant;

/// <summary>
/// The vendor's own wrapper around the ElectroRead API. It carries strings, so it is not health data
/// by itself: the analyzers summarise it (its body reaches HttpClient.PostAsync) and judge each caller
/// by what it passes. A [DataFlow] on the caller, or on this wrapper, covers the call.
/// </summary>
public sealed class ElectroReadGateway(HttpClient http)
{
    private const string BaseUrl = "https://api.electroread.cardiolabs.example";

    public async Task SendAsync(string path, string body, CancellationToken ct)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/fhir+xml");
        using var response = await http.PostAsync(BaseUrl + path, content, ct);
        response.EnsureSuccessStatusCode();
    }
}
