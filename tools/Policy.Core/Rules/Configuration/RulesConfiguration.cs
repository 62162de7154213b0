using System.Text.Json;
using System.Text.Json.Nodes;
using Policy.Core.Model;
using Policy.Kernel.Time;

namespace Policy.Core.Rules.Configuration;

/// <summary>
/// Thresholds and legal dates are data, not code: the defaults ship in <c>rules-config.json</c>
/// (versioned with the tool) and the Governance artefact's <c>policies</c> overrides any of them,
/// key by key. Rules read the merged values here.
/// </summary>
public sealed class RulesConfiguration
{
    private readonly JsonElement policies;
    private readonly JsonElement shipped;

    private RulesConfiguration(string version, JsonElement policies, JsonElement shipped)
    {
        Version = version;
        this.policies = policies;
        this.shipped = shipped;
        EeaCountries = shipped.Strings("eeaCountries").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
    }

    public static RulesConfiguration Defaults { get; } = From(null);

    /// <summary>The shipped defaults' version (reports and releases cite it).</summary>
    public string Version { get; }

    /// <summary>HDS or HDS+SecNumCloud.</summary>
    public string HostingRequirement => policies.String("hostingRequirement") ?? "HDS";

    public IsoDuration MaxApprovalValidity => Duration("maxApprovalValidity");

    public IsoDuration ApprovalGraceAfterReviewDue => Duration("approvalGraceAfterReviewDue");

    public IsoDuration DpiaReviewInterval => Duration("dpiaReviewInterval");

    public IsoDuration LogRetentionMin => Duration("logRetentionMin");

    /// <summary>XR-DPIA-04: a residual risk at or above both gauges, or at <c>severityAlone</c>, is high.</summary>
    public (int Severity, int Likelihood, int SeverityAlone) ResidualRiskThreshold =>
        ((int)(policies.Number("residualRiskThreshold", "severity") ?? 3),
         (int)(policies.Number("residualRiskThreshold", "likelihood") ?? 3),
         (int)(policies.Number("residualRiskThreshold", "severityAlone") ?? 4));

    /// <summary>Reporting window by key: providerNotification, death, widespreadOrCriticalInfrastructure, otherSerious, personalDataBreach.</summary>
    public IsoDuration IncidentWindow(string key) => Duration("incidentReporting", key);

    /// <summary>Medical-device classes that need a notified body, for "mdr" or "ivdr".</summary>
    public IReadOnlySet<string> NotifiedBodyClasses(string regulation) =>
        policies.Strings("notifiedBodyClasses", regulation.ToLowerInvariant()).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>AI Act application date by key: prohibitions, generalPurposeModels, annexIIIHighRisk, transparency, annexIHighRisk.</summary>
    public DateTime AiActDate(string key) => policies.Date("aiActDates", key) ?? shipped.Date("aiActDates", key) ?? throw Missing("aiActDates/" + key);

    public DateTime HdsCertificationDeadline => policies.Date("hdsCertificationDeadline") ?? shipped.Date("hdsCertificationDeadline") ?? throw Missing("hdsCertificationDeadline");

    /// <summary>XR-DPIA-07: words in a <c>nationalLaw</c> title that show the professional secrecy of GDPR Art. 9(3).</summary>
    public IReadOnlyList<string> ProfessionalSecrecyMarkers =>
        policies.Strings("professionalSecrecyMarkers").Select(m => m.Value).Where(m => m.Trim().Length > 0).ToList() is { Count: > 0 } markers
            ? markers
            : shipped.Strings("professionalSecrecyMarkers").Select(m => m.Value).ToList();

    /// <summary>
    /// EEA countries (ISO 3166-1 alpha-2): where GDPR Chapter V does not apply and HDS 2024 allows
    /// physical hosting. Always the shipped list: EEA membership is law, not an organisation's choice.
    /// </summary>
    public IReadOnlySet<string> EeaCountries { get; }

    public bool IsEeaCountry(string country) => EeaCountries.Contains(country);

    /// <summary>The shipped defaults with the organisation's <c>policies</c> laid over them.</summary>
    public static RulesConfiguration From(JsonElement? governancePolicies)
    {
        using var stream = typeof(RulesConfiguration).Assembly.GetManifestResourceStream("Policy.Core.rules-config.json")
            ?? throw new InvalidOperationException("rules-config.json is not embedded in Policy.Core");
        var shipped = JsonNode.Parse(stream)!.AsObject();
        var defaults = JsonDocument.Parse(shipped["policies"]!.ToJsonString()).RootElement;
        var merged = shipped["policies"]!.AsObject();
        if (governancePolicies is { ValueKind: JsonValueKind.Object } overrides)
        {
            Merge(merged, JsonNode.Parse(overrides.GetRawText())!.AsObject());
        }

        return new RulesConfiguration(shipped["version"]!.GetValue<string>(), JsonDocument.Parse(merged.ToJsonString()).RootElement, defaults);
    }

    private static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (name, value) in source.ToList())
        {
            if (value is JsonObject child && target[name] is JsonObject existing)
            {
                Merge(existing, child);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }

    /// <summary>The organisation's value when it is a valid duration (the schema reports one that is not), else the shipped default.</summary>
    private IsoDuration Duration(params string[] path) =>
        IsoDuration.Parse(policies.String(path)) ?? IsoDuration.Parse(shipped.String(path)) ?? throw Missing(string.Join("/", path));

    private static InvalidOperationException Missing(string key) => new($"rules configuration has no valid '{key}'");
}
