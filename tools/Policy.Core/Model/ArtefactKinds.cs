namespace Policy.Core.Model;

/// <summary>The kinds docs/format.md describes; the schema set may define more (a kind is a schema, not code).</summary>
public static class ArtefactKinds
{
    public const string SystemCard = "SystemCard";
    public const string Dpia = "Dpia";
    public const string HumanOversight = "HumanOversight";
    public const string DataFlow = "DataFlow";
    public const string PatientNotice = "PatientNotice";
    public const string Incident = "Incident";
    public const string Approval = "Approval";
    public const string Governance = "Governance";
}
