using Kinds = Policy.Kernel.Artefacts.ArtefactKind;

namespace Policy.Core.Model;

/// <summary>The kinds the rules name (the kernel's names); the schema set may define more (a kind is a schema, not code).</summary>
public static class ArtefactKinds
{
    public const string SystemCard = Kinds.SystemCard;
    public const string Dpia = Kinds.Dpia;
    public const string HumanOversight = Kinds.HumanOversight;
    public const string DataFlow = Kinds.DataFlow;
    public const string PatientNotice = Kinds.PatientNotice;
    public const string Incident = Kinds.Incident;
    public const string EthicsAssessment = Kinds.EthicsAssessment;
    public const string Approval = Kinds.Approval;
    public const string Governance = Kinds.Governance;
}
