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

/// <summary>One column's value in a row; empty when it cannot be derived (a <see cref="RegisterGap"/> says why).</summary>
public sealed record RegisterCell(string Column, string Value);

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
    public const string Owner = "owner";
    public const string ReviewDue = "review due";
    public const string ApprovalExpiry = "approval expiry";

    public static IReadOnlyList<string> All { get; } =
    [
        Id, Name, Vendor, Version, Summary, Stage, Dates, AiAct, EuDatabase, MedicalDevice, Criticality, DataCategories, DataSubjects,
        Destinations, Oversight, Monitoring, Incidents, Dpia, Fria, Notice, Owner, ReviewDue, ApprovalExpiry,
    ];
}
