using System.Text.Json;
using System.Text.Json.Nodes;
using Policy.Core.Model;
using Policy.Kernel.Time;

namespace Policy.Core.Rules.Configuration;

/// <summary>
/// Thresholds and legal dates are data, not code: the defaults ship in <c>rules-config.json</c>
/// (versioned with the tool, each with its source and whether the law makes it a floor, a ceiling or
/// fixed) and the Governance artefact's <c>policies</c> sets the organisation's own, key by key, only
/// where that tightens the law (<see cref="LegalFloors"/>; what it refused is <see cref="Refused"/>).
/// Rules read the resulting values here.
/// </summary>
public sealed class RulesConfiguration
{
    private readonly JsonElement policies;
    private readonly JsonElement shipped;

    private RulesConfiguration(string version, JsonElement policies, JsonElement shipped, IReadOnlyList<RefusedPolicy> refused)
    {
        Version = version;
        Refused = refused;
        this.policies = policies;
        this.shipped = shipped;
        EeaCountries = shipped.Strings("eeaCountries").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
    }

    public static RulesConfiguration Defaults { get; } = From(null);

    /// <summary>The shipped defaults' version (reports and releases cite it).</summary>
    public string Version { get; }

    /// <summary>Governance values that would have relaxed the law or moved a legal date, and so do not apply (XR-GOV-03 reports them).</summary>
    public IReadOnlyList<RefusedPolicy> Refused { get; }

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

    /// <summary>AI Act application date by key: prohibitions, generalPurposeModels, annexIIIHighRisk, transparency, annexIHighRisk. Law: always the shipped date.</summary>
    public DateTime AiActDate(string key) => shipped.Date("aiActDates", key) ?? throw Missing("aiActDates/" + key);

    /// <summary>The HDS 2024 migration deadline. Law: always the shipped date.</summary>
    public DateTime HdsCertificationDeadline => shipped.Date("hdsCertificationDeadline") ?? throw Missing("hdsCertificationDeadline");

    /// <summary>XR-DPIA-07: words in a <c>nationalLaw</c> title that show the professional secrecy of GDPR Art. 9(3).</summary>
    public IReadOnlyList<string> ProfessionalSecrecyMarkers => Markers("professionalSecrecyMarkers");

    /// <summary>XR-DPIA-12: words in a <c>nationalLaw</c> title that show a research framework (a CNIL reference methodology or authorisation).</summary>
    public IReadOnlyList<string> ResearchFrameworkMarkers => Markers("researchFrameworkMarkers");

    /// <summary>
    /// EEA countries (ISO 3166-1 alpha-2): where GDPR Chapter V does not apply and HDS 2024 allows
    /// physical hosting. Always the shipped list: EEA membership is law, not an organisation's choice.
    /// </summary>
    public IReadOnlySet<string> EeaCountries { get; }

    public bool IsEeaCountry(string country) => EeaCountries.Contains(country);

    /// <summary>
    /// The shipped defaults with the organisation's <c>policies</c> laid over them where the law allows. The only
    /// path Governance values take to the rules.
    /// </summary>
    public static RulesConfiguration From(JsonElement? governancePolicies)
    {
        using var stream = typeof(RulesConfiguration).Assembly.GetManifestResourceStream("Policy.Core.rules-config.json")
            ?? throw new InvalidOperationException("rules-config.json is not embedded in Policy.Core");
        var shipped = JsonNode.Parse(stream)!.AsObject();
        var defaults = JsonDocument.Parse(shipped["policies"]!.ToJsonString()).RootElement;
        var merged = shipped["policies"]!.AsObject();
        var refused = governancePolicies is { ValueKind: JsonValueKind.Object } given
            ? LegalFloors.Overlay(merged, shipped["sources"]!.AsObject(), JsonNode.Parse(given.GetRawText())!.AsObject())
            : [];
        return new RulesConfiguration(shipped["version"]!.GetValue<string>(), JsonDocument.Parse(merged.ToJsonString()).RootElement, defaults, refused);
    }

    /// <summary>The organisation's non-blank words when it gives any, else the shipped ones.</summary>
    private IReadOnlyList<string> Markers(string key) =>
        policies.Strings(key).Select(m => m.Value).Where(m => m.Trim().Length > 0).ToList() is { Count: > 0 } markers
            ? markers
            : shipped.Strings(key).Select(m => m.Value).ToList();

    /// <summary>The organisation's value when it is a valid duration (the schema reports one that is not), else the shipped default.</summary>
    private IsoDuration Duration(params string[] path) =>
        IsoDuration.Parse(policies.String(path)) ?? IsoDuration.Parse(shipped.String(path)) ?? throw Missing(string.Join("/", path));

    private static InvalidOperationException Missing(string key) => new($"rules configuration has no valid '{key}'");
}
