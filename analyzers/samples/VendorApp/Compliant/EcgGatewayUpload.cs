using System.Text;
using System.Xml;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;
using Policy.Annotations;

namespace Cardiolabs.EcgAssist.Compliant;

/// <summary>
/// Uploads the ECG as FHIR XML through the gateway wrapper: the XmlWriter writes the health data into
/// the StringBuilder, which the wrapper sends. Attested with the approved flow (fixes the wrapper case of HP001).
/// </summary>
[DataFlow("df-ecg-cloud-inference")]
public sealed class EcgGatewayUpload(ElectroReadGateway gateway)
{
    public Task UploadAsync(Observation ecg, CancellationToken ct) => gateway.SendAsync("/v4/analyses", EcgXml.Write(ecg), ct);
}

/// <summary>The ECG written as FHIR XML into a string.</summary>
public static class EcgXml
{
    public static string Write(Observation ecg)
    {
        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml))
        {
            new FhirXmlSerializer().Serialize(ecg, writer);
        }

        return xml.ToString();
    }
}
