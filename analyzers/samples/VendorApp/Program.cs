// Composition root of the EcgAssist integration service. Everything that sends data is in Compliant/;
// the assembly says which AI system it belongs to, so fixes and rules know whose declarations apply.
using System.ClientModel;
using Cardiolabs.EcgAssist.Compliant;
using Hl7.Fhir.Rest;
using Microsoft.Extensions.Logging.Abstractions;
using OpenAI;
using OpenAI.Chat;
using Policy.Annotations;

[assembly: AiSystem("ecg-assist")]

namespace Cardiolabs.EcgAssist;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: VendorApp <Observation id of a resting ECG>");
            return 2;
        }

        using var http = new HttpClient();
        using var fhir = new FhirClient("https://fhir.chu-montreval.example/r4");
        var chat = new ChatClient(
            "gpt-4o-mini",
            new ApiKeyCredential(Environment.GetEnvironmentVariable("ECGASSIST_OPENAI_KEY") ?? string.Empty),
            new OpenAIClientOptions { Endpoint = new Uri("https://cardiolabs-frc.openai.azure.com/openai/v1/") });
        var worklist = new CardiologistWorklist();
        var pipeline = new EcgPipeline(
            new RecordReader(fhir),
            new EcgInferenceClient(http),
            new TriageService(),
            new ReportDrafter(chat, fhir, worklist),
            NullLogger<EcgPipeline>.Instance);
        return await pipeline.RunAsync(args[0], CancellationToken.None) ? 0 : 1;
    }
}
