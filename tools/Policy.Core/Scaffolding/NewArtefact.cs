using System.Text.Json;
using System.Text.Json.Nodes;
using Policy.Core.Loading;
using Policy.Core.Model;

namespace Policy.Core.Scaffolding;

/// <summary>
/// `policy new KIND --system ID`: where a new artefact goes in the repository layout (docs/format.md, How the files
/// work), its id, and its skeleton with a <c>$schema</c> pointing at the schema from where the file will be.
/// </summary>
public static class NewArtefact
{
    /// <returns>The path under the policy folder and the id the new artefact gets.</returns>
    public static (string Path, string Id) Place(string kind, string? system, DateTime today) => kind switch
    {
        ArtefactKinds.SystemCard => ($"systems/{system}/system-card.json", system!),
        ArtefactKinds.Dpia => ($"systems/{system}/dpia.json", $"dpia-{system}"),
        ArtefactKinds.HumanOversight => ($"systems/{system}/human-oversight.json", $"ho-{system}"),
        ArtefactKinds.PatientNotice => ($"systems/{system}/patient-notice.json", $"pn-{system}"),
        ArtefactKinds.EthicsAssessment => ($"systems/{system}/ethics-assessment.json", $"eth-{system}"),
        ArtefactKinds.DataFlow => ($"systems/{system}/data-flows/df-{system}-new.json", $"df-{system}-new"),
        ArtefactKinds.Incident => ($"systems/{system}/incidents/inc-{system}-{today:yyyy-MM-dd}.json", $"inc-{system}-{today:yyyy-MM-dd}"),
        ArtefactKinds.Approval => ($"approvals/{system}.approval.json", $"apr-{system}"),
        ArtefactKinds.Governance => ("governance.json", "governance"),
        _ => ($"systems/{system}/{KebabName(kind)}.json", $"{KebabName(kind)}-{system}"),
    };

    /// <summary>Whether the kind belongs to a system (every kind but SystemCard's own id and Governance).</summary>
    public static bool NeedsSystem(string kind) => kind != ArtefactKinds.Governance;

    public static string Text(SchemaCatalog schemas, string kind, string? system, string id, string file, DateTime today)
    {
        var schemaFile = Path.GetFileName(schemas.ForKind(kind)!.File);
        var relative = Path.GetRelativePath(Path.GetDirectoryName(file)!, Path.Combine(schemas.Directory, schemaFile)).Replace('\\', '/');
        var envelope = new JsonObject { ["$schema"] = relative, ["kind"] = kind, ["id"] = id };
        if (system is not null && kind != ArtefactKinds.SystemCard && kind != ArtefactKinds.Governance)
        {
            envelope["system"] = system;
        }

        envelope["version"] = "0.1.0";
        var skeleton = Skeleton.Generate(schemas.Directory, schemaFile, schemas.ForKind(kind)!.Schema, today, envelope, system);
        return skeleton.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string KebabName(string kind) =>
        string.Concat(kind.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
