using Hl7.Fhir.Model;
using Policy.Annotations;

namespace Cardiolabs.EcgAssist.Compliant;

/// <summary>The review gate before the record: the cardiologist reads, corrects and signs the draft.</summary>
public interface ICardiologistSignOff
{
    /// <returns>The report as the cardiologist signed it (status final).</returns>
    [HumanReview]
    Task<DiagnosticReport> RequestSignOffAsync(DiagnosticReport draft, CancellationToken ct);
}
