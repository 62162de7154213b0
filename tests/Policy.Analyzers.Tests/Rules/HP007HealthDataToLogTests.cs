using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Policy.Analyzers.Tests.Infrastructure;
using VerifyHP007 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.HealthDataToLogAnalyzer>;

namespace Policy.Analyzers.Tests.Rules;

public class HP007HealthDataToLogTests
{
    private static DiagnosticResult HP007(int location, int origin, string categories, string sink) =>
        new DiagnosticResult("HP007", DiagnosticSeverity.Warning).WithLocation(location).WithLocation(origin).WithArguments(categories, sink);

    [Fact]
    public async Task Ilogger_extension_with_health_data_fires()
    {
        var code = TestSources.Usings + """
            class Admissions
            {
                private readonly ILogger<Admissions> logger = null!;

                [DataFlow("df-cloud")]
                public void Admit(Condition {|#1:diagnosis|})
                {
                    {|#0:logger.LogInformation("Admitted with {Code}", diagnosis.Code.Text)|};
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null, HP007(0, 1, "health.diagnosis", "LoggerExtensions.LogInformation"));
    }

    [Fact]
    public async Task Logger_message_method_parameter_fires_unless_classified()
    {
        var code = TestSources.Usings + """
            using Microsoft.Extensions.Compliance.Classification;

            public sealed class PhiAttribute : DataClassificationAttribute
            {
                public PhiAttribute() : base(new DataClassification("Health", "Phi")) { }
            }

            static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Reading {Value}")]
                static partial void Reading(ILogger logger, string value);

                [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Reading {Value}")]
                static partial void RedactedReading(ILogger logger, [Phi] string value);

                public static void Write(ILogger logger, Observation {|#1:observation|})
                {
                    {|#0:Reading(logger, observation.Code.Text)|};
                    RedactedReading(logger, observation.Id);
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null, HP007(0, 1, "health.observation", "[LoggerMessage] Reading"));
    }

    [Fact]
    public async Task Console_and_trace_fire()
    {
        var code = TestSources.Usings + """
            class Debugging
            {
                public void Dump(Patient {|#1:patient|})
                {
                    {|#0:Console.WriteLine(patient.BirthDate)|};
                    {|#2:System.Diagnostics.Trace.WriteLine("patient " + patient.Gender)|};
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null,
            HP007(0, 1, "health.record", "Console.WriteLine"),
            HP007(2, 1, "health.record", "Trace.WriteLine"));
    }

    [Fact]
    public async Task Redacted_values_counts_and_non_health_data_are_quiet()
    {
        var code = TestSources.Usings + """
            using Microsoft.Extensions.Compliance.Redaction;

            class Admissions
            {
                private readonly ILogger<Admissions> logger = null!;
                private readonly Redactor redactor = null!;

                public void Admit(List<Observation> observations, Patient patient, string ward)
                {
                    logger.LogInformation("Loaded {Count} observations", observations.Count);
                    logger.LogInformation("Ward {Ward}", ward);
                    logger.LogInformation("Patient {Id}", redactor.Redact(patient.Id));
                    Console.WriteLine(patient.Active == true ? "active" : "inactive");
                }
            }
            """;
        await VerifyHP007.RunAsync(code, null);
    }
}
