using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;

namespace Cardiolabs.EcgAssist.Compliant;

/// <summary>Reads ECG observations from the hospital's FHIR server (a read is a source, not a sink).</summary>
public sealed class RecordReader(FhirClient fhir)
{
    public Task<Observation?> ReadEcgAsync(string observationId, CancellationToken ct) =>
        fhir.ReadAsync<Observation>("Observation/" + observationId, ct: ct);
}
