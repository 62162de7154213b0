using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenAI.Chat;
using Policy.Annotations;

namespace Cardiolabs.EcgAssist.Compliant;

/// <summary>
/// Drafts the ECG report with the LLM, has the cardiologist sign it, files it in the record: each
/// flow is declared (fixes HP001), and the draft passes the review gate first (fixes HP008).
/// </summary>
[DataFlow("df-ecg-report-drafting")]
[DataFlow("df-ecg-record-write")]
public sealed class ReportDrafter(ChatClient chat, FhirClient fhir, ICardiologistSignOff signOff)
{
    public async Task<DiagnosticReport?> DraftAndFileAsync(Observation ecg, EcgFindings findings, CancellationToken ct)
    {
        ChatCompletion completion = await chat.CompleteChatAsync(
            new ChatMessage[] { new SystemChatMessage(ReportPrompt.Instructions), new UserChatMessage(ReportPrompt.Describe(findings)) },
            cancellationToken: ct);
        var draft = new DiagnosticReport
        {
            Status = DiagnosticReport.DiagnosticReportStatus.Preliminary,
            Code = new CodeableConcept("http://loinc.org", "11524-6", "EKG study"),
            Subject = ecg.Subject,
            Conclusion = completion.Content[0].Text,
        };
        var signed = await signOff.RequestSignOffAsync(draft, ct);
        return await fhir.CreateAsync(signed, ct);
    }
}
