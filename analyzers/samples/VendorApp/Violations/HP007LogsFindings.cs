using Cardiolabs.EcgAssist.Compliant;
using Microsoft.Extensions.Logging;

namespace Cardiolabs.EcgAssist.Violations;

/// <summary>HP007: the findings go to the log. Fixed form: Compliant/EcgPipeline.cs logs the priority only.</summary>
public sealed class ChattyPipeline(ILogger<ChattyPipeline> logger)
{
    public void Report(EcgFindings findings) =>
        logger.LogInformation("ECG analysed: {Rhythm}, {Abnormalities}", findings.Rhythm, string.Join(", ", findings.Abnormalities));
}
