using System.Text;
using System.Xml;
using Cardiolabs.EcgAssist.Compliant;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace Cardiolabs.EcgAssist.Violations;

/// <summary>
/// HP001 through the vendor's own wrapper: the ECG, serialized into an XmlWriter over a StringBuilder,
/// is passed to ElectroReadGateway.SendAsync, whose HttpClient call is the sink (the related location).
/// Fixed form: Compliant/EcgGatewayUpload.cs.
/// </summary>
public sealed class UnattestedGatewayUpload(ElectroReadGateway gateway)
{
    public Task UploadAsync(Observation ecg, CancellationToken ct)
    {
        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml))
        {
            new FhirXmlSerializer().Serialize(ecg, writer);
        }

        return gateway.SendAsync("/v4/analyses", xml.ToString(), ct);
    }
}
