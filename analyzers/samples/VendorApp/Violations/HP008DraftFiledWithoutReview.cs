using Cardiolabs.EcgAssist.Compliant;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenAI.Chat;
using Policy.Annotations;

namespace Cardiolabs.EcgAssist.Violations;

/// <summary>HP008: the LLM draft is filed in the record unsigned. Fixed form: Compliant/ReportDrafter.cs.</summary>
[DataFlow("df-ecg-report-drafting")]
[DataFlow("df-ecg-record-write")]
public sealed class UnreviewedReportDrafter(ChatClient chat, FhirClient fhir)
{
    public async Task<DiagnosticReport?> DraftAndFileAsync(Observation ecg, EcgFindings findings, CancellationToken ct)
    {
        ChatCompletion completion = await chat.CompleteChatAsync(
            new ChatMessage[] { new SystemChatMessage(ReportPrompt.Instructions), new UserChatMessage(ReportPrompt.Describe(findings)) },
            cancellationToken: ct);
        var report = new DiagnosticReport
        {
            Status = DiagnosticReport.DiagnosticReportStatus.Final,
            Subject = ecg.Subject,
            Conclusion = completion.Content[0].Text,
        };
        return await fhir.CreateAsync(report, ct);
    }
}
