using Policy.Core.Findings;
using Policy.Core.Model;

namespace Policy.Core.Inventory;

/// <summary>
/// One row of the organisation's register of AI systems (the mapping the CNIL/HAS guide asks for): derived from the
/// SystemCard and the approved artefacts around it, never stored. <see cref="Gaps"/> says which
/// columns cannot be filled and what to create or approve; XR-REG-01 reports them and
/// <c>policy inventory</c> renders the row.
/// </summary>
public sealed record RegisterRow(string SystemId, Artefact SystemCard, IReadOnlyList<RegisterCell> Cells, IReadOnlyList<RegisterGap> Gaps)
{
    public string? this[string column] => Cells.FirstOrDefault(c => c.Column == column)?.Value;
}

/// <summary>
/// One column's value in a row; empty when it cannot be derived (a <see cref="RegisterGap"/> says why). A column
/// derived from artefacts lists them with their approval state; <see cref="State"/> is the worst of them, or
/// <see cref="ApprovalState.Missing"/> when an expected artefact does not exist, and null for a column no artefact stands behind.
/// </summary>
public sealed record RegisterCell(string Column, string Value)
{
    public IReadOnlyList<ArtefactApproval> Artefacts { get; init; } = [];

    public ApprovalState? State { get; init; }
}

/// <summary>
/// Why a column is empty or not derived from approved artefacts: what is missing, what to do, and where.
/// <see cref="CoveredBy"/> names the more specific rule that already reports the same root cause (XR-REG-01 then stays quiet).
/// </summary>
public sealed record RegisterGap(string Column, string Problem, string Action, SourceLocation At, string? CoveredBy, IReadOnlyList<RelatedLocation> Related);

/// <summary>The register columns, in display order.</summary>
public static class RegisterColumns
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Vendor = "vendor";
    public const string Purpose = "intended purpose";
    public const string Version = "version";
    public const string Summary = "summary";
    public const string Stage = "lifecycle stage";
    public const string Dates = "in use since / until";
    public const string AiAct = "AI Act risk class";
    public const string EuDatabase = "EU database registration";
    public const string MedicalDevice = "medical device";
    public const string Criticality = "criticality for care";
    public const string DataCategories = "data categories";
    public const string DataSubjects = "data subjects";
    public const string Destinations = "destinations";
    public const string Oversight = "human oversight";
    public const string Monitoring = "monitoring indicators";
    public const string Incidents = "incidents";
    public const string Dpia = "DPIA";
    public const string Fria = "FRIA";
    public const string Notice = "patient notice";
    public const string Footprint = "environmental footprint";
    public const string Owner = "owner";
    public const string LastReview = "last review";
    public const string ReviewDue = "review due";
    public const string ApprovalExpiry = "approval expiry";

    public static IReadOnlyList<string> All { get; } =
    [
        Id, Name, Vendor, Purpose, Version, Summary, Stage, Dates, AiAct, EuDatabase, MedicalDevice, Criticality, DataCategories, DataSubjects,
        Destinations, Oversight, Monitoring, Incidents, Dpia, Fria, Notice, Footprint, Owner, LastReview, ReviewDue, ApprovalExpiry,
    ];

    /// <summary>Columns that an artefact stands behind, so that they carry its approval state.</summary>
    public static IReadOnlyList<string> WithApproval { get; } = [Id, Destinations, Oversight, Dpia, Fria, Notice];

    /// <summary>The heading of a column's approval state in tables ("id" stands for the SystemCard itself).</summary>
    public static string ApprovalHeading(string column) => column == Id ? "system card approval" : column + " approval";

    /// <summary>The JSON name of each column: the stable contract of `policy inventory --format json`.</summary>
    public static string Key(string column) => Keys[column];

    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        [Id] = "id", [Name] = "name", [Vendor] = "vendor", [Purpose] = "intendedPurpose", [Version] = "productVersion",
        [Summary] = "summary", [Stage] = "lifecycleStage", [Dates] = "inUse", [AiAct] = "aiActRiskClass", [EuDatabase] = "euDatabaseRef",
        [MedicalDevice] = "medicalDevice", [Criticality] = "criticalityForCare", [DataCategories] = "dataCategories",
        [DataSubjects] = "dataSubjects", [Destinations] = "hosting", [Oversight] = "oversight", [Monitoring] = "monitoringIndicators",
        [Incidents] = "incidents", [Dpia] = "dpia", [Fria] = "fria", [Notice] = "patientNotice", [Footprint] = "environmentalFootprint",
        [Owner] = "owner", [LastReview] = "lastReview", [ReviewDue] = "nextReview", [ApprovalExpiry] = "approvalExpiry",
    };
}
