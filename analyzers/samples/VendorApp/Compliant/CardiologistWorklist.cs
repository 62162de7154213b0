using System.Collections.Concurrent;
using Hl7.Fhir.Model;

namespace Cardiolabs.EcgAssist.Compliant;

/// <summary>Puts drafts on the cardiologist's worklist and completes when the cardiologist signs.</summary>
public sealed class CardiologistWorklist : ICardiologistSignOff
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<DiagnosticReport>> pending = new();

    public Task<DiagnosticReport> RequestSignOffAsync(DiagnosticReport draft, CancellationToken ct)
    {
        var waiting = pending.GetOrAdd(draft.Id ?? Guid.NewGuid().ToString("N"), _ => new TaskCompletionSource<DiagnosticReport>());
        return waiting.Task.WaitAsync(ct);
    }

    /// <summary>Called by the worklist UI when the cardiologist signs.</summary>
    public void Sign(string draftId, DiagnosticReport signed)
    {
        if (pending.TryRemove(draftId, out var waiting))
        {
            signed.Status = DiagnosticReport.DiagnosticReportStatus.Final;
            waiting.SetResult(signed);
        }
    }
}
