using Policy.Core.Model;

namespace Policy.Core.Rules.References;

/// <summary>
/// Where artefacts name other artefacts (the fields that hold another artefact's id), and the kind each
/// reference must resolve to. <c>system</c> is in every kind's envelope; Approval targets are checked
/// separately because their kind is data.
/// </summary>
public static class ReferenceFields
{
    public sealed record Field(string Kind, string Pattern, string TargetKind);

    public static IReadOnlyList<Field> All { get; } =
    [
        new(ArtefactKinds.Dpia, "/scope/systems/*", ArtefactKinds.SystemCard),
        new(ArtefactKinds.Dpia, "/transfers/*/dataFlow", ArtefactKinds.DataFlow),
        new(ArtefactKinds.Dpia, "/rights/information", ArtefactKinds.PatientNotice),
        new(ArtefactKinds.Dpia, "/fundamentalRights/humanOversightRef", ArtefactKinds.HumanOversight),
        new(ArtefactKinds.SystemCard, "/foundationModels/*/dataFlow", ArtefactKinds.DataFlow),
        new(ArtefactKinds.DataFlow, "/dpia", ArtefactKinds.Dpia),
        new(ArtefactKinds.PatientNotice, "/systems/*", ArtefactKinds.SystemCard),
        new(ArtefactKinds.Approval, "/supersedes", ArtefactKinds.Approval),
    ];

    /// <summary>The envelope's <c>system</c>, on every kind that has one.</summary>
    public const string SystemPointer = "/system";
}
