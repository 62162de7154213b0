using Policy.Core.Model;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Policy.Kernel.Hashing;

namespace Policy.Benchmarks.Generation;

/// <summary>
/// Writes a policy repository of exactly <c>count</c> valid artefacts: one Governance, then "units"
/// copied from the example systems in turn (SystemCard, Dpia, HumanOversight, DataFlows,
/// PatientNotice, one Incident, and an Approval with the real content hash of every artefact the
/// repository rules expect approved), every id suffixed with the unit number so files are distinct and references stay inside
/// the unit. Extra Incidents fill the last few slots so the count is exact.
/// </summary>
public sealed class SyntheticRepository
{
    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep accented text as UTF-8, like the examples
    };

    private static readonly string[] ApprovedKinds = ["SystemCard", "Dpia", "HumanOversight", "DataFlow", "PatientNotice", "EthicsAssessment"];

    private readonly TemplateLibrary templates;
    private readonly string outRoot;
    private readonly DateTime today;
    private readonly Dictionary<string, int> written = new(StringComparer.Ordinal);

    public SyntheticRepository(TemplateLibrary templates, string outRoot, DateTime today)
    {
        this.templates = templates;
        this.outRoot = outRoot;
        this.today = today;
    }

    /// <summary>How many files of each kind were written.</summary>
    public IReadOnlyDictionary<string, int> Written => written;

    public void Generate(int count)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "at least one artefact (the Governance) is written");
        }

        var policies = Path.Combine(outRoot, "policies");
        var governancePath = Path.Combine(policies, "governance.json");
        var governance = (JsonObject)templates.Governance.DeepClone();
        SetSchema(governancePath, governance);
        Write(governancePath, governance);
        var remaining = count - 1;
        if (remaining > 0)
        {
            var approval = Approve(governance, Serialise(governance), null, null);
            Write(Path.Combine(policies, "approvals", TemplateLibrary.Text(governance, "id") + ".approval.json"), approval);
            remaining--;
        }

        var lastSystem = (string?)null;
        for (var unit = 0; ; unit++)
        {
            var files = BuildUnit(unit, policies);
            if (files.Count > remaining)
            {
                break;
            }

            foreach (var (path, artefact) in files)
            {
                Write(path, artefact);
            }

            remaining -= files.Count;
            lastSystem = TemplateLibrary.Text(files[0].Artefact, "id");
        }

        if (lastSystem is null && remaining > 0)
        {
            // Fewer slots than one whole system: its card, so the Incidents filling the rest name a real system.
            var (path, card) = BuildUnit(0, policies)[0];
            Write(path, card);
            remaining--;
            lastSystem = TemplateLibrary.Text(card, "id");
        }

        FillWithIncidents(policies, lastSystem ?? templates.Systems[0].Id, remaining);
    }

    /// <summary>One system's artefacts, in write order (targets before the approvals that hash them).</summary>
    private List<(string Path, JsonObject Artefact)> BuildUnit(int unit, string policies)
    {
        var template = templates.Systems[unit % templates.Systems.Count];
        var artefacts = new List<JsonObject> { (JsonObject)template.Card.DeepClone() };
        artefacts.AddRange(template.Artefacts.Where(a => TemplateLibrary.Kind(a) is not ("PatientNotice" or "Incident")).Select(a => (JsonObject)a.DeepClone()));
        artefacts.Add(templates.For(template, "PatientNotice"));
        artefacts.Add(templates.For(template, "Incident"));

        var suffix = string.Create(CultureInfo.InvariantCulture, $"-g{unit:D5}");
        var renames = new Dictionary<string, string>(StringComparer.Ordinal) { [template.Id] = template.Id + suffix };
        foreach (var artefact in artefacts)
        {
            renames.TryAdd(TemplateLibrary.Text(artefact, "id"), TemplateLibrary.Text(artefact, "id") + suffix);
        }

        var systemId = renames[template.Id];
        var folder = Path.Combine(policies, "systems", systemId);
        var files = new List<(string, JsonObject)>();
        foreach (var artefact in artefacts)
        {
            Rename(artefact, renames);
            Vary(artefact, unit);
            var path = PathFor(folder, artefact);
            SetSchema(path, artefact);
            files.Add((path, artefact));
        }

        var riskClass = artefacts[0]["aiAct"]?["riskClass"]?.GetValue<string>();
        foreach (var (path, target) in files.Where(f => ApprovedKinds.Contains(TemplateLibrary.Kind(f.Item2))).ToList())
        {
            var approval = Approve(target, Serialise(target), systemId, riskClass);
            files.Add((Path.Combine(policies, "approvals", TemplateLibrary.Text(target, "id") + ".approval.json"), approval));
        }

        return files;
    }

    private void FillWithIncidents(string policies, string systemId, int remaining)
    {
        for (var extra = 1; extra <= remaining; extra++)
        {
            var incident = templates.Fallback("Incident", ("{system}", systemId));
            incident["id"] = string.Create(CultureInfo.InvariantCulture, $"inc-{systemId}-x{extra}");
            Vary(incident, extra);
            Write(PathFor(Path.Combine(policies, "systems", systemId), incident), incident);
        }
    }

    /// <summary>Every string value equal to a renamed id (the artefact's own id, its system, references to its siblings) gets the new id.</summary>
    private static void Rename(JsonNode? node, IReadOnlyDictionary<string, string> renames)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text) && renames.TryGetValue(text, out var renamed))
                    {
                        obj[name] = renamed;
                    }
                    else
                    {
                        Rename(child, renames);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text) && renames.TryGetValue(text, out var renamed))
                    {
                        array[i] = renamed;
                    }
                    else
                    {
                        Rename(array[i], renames);
                    }
                }

                break;
        }
    }

    /// <summary>Makes the text of each copy differ (title) beyond its ids, within the 100-character title limit.</summary>
    private static void Vary(JsonObject artefact, int unit)
    {
        var mark = string.Create(CultureInfo.InvariantCulture, $" (synthetic {unit})");
        var title = TemplateLibrary.Text(artefact, "title");
        artefact["title"] = (title.Length + mark.Length > 100 ? title[..(100 - mark.Length)] : title) + mark;
    }

    private JsonObject Approve(JsonObject target, string targetText, string? systemId, string? riskClass)
    {
        var kind = TemplateLibrary.Kind(target);
        var id = TemplateLibrary.Text(target, "id");
        var approval = templates.Fallback("Approval", ("{target}", id));
        if (systemId is not null)
        {
            approval["system"] = systemId; // every approval but the Governance's names its system
        }
        approval["target"] = new JsonObject
        {
            ["kind"] = kind,
            ["id"] = id,
            ["version"] = TemplateLibrary.Text(target, "version"),
            ["sha256"] = TextContentHash.Of(targetText),
        };

        // Decided a week ago (later if needed so the next review is within a year of it, as a DPIA's
        // must be), after the DPO's opinion for a DPIA; valid a year or until the target's review.
        var decided = today.AddDays(-7);
        if (DateOf(target["reviewDue"]) is { } review && review.AddYears(-1) > decided)
        {
            decided = review.AddYears(-1) < today ? review.AddYears(-1) : today;
        }

        if (kind == "Dpia" && DateOf(target["dpoOpinion"]?["date"]) is { } opinion && opinion > decided)
        {
            decided = opinion;
        }

        var until = decided.AddYears(1).AddDays(-1);
        if (DateOf(target["reviewDue"]) is { } reviewDue && reviewDue < until)
        {
            until = reviewDue;
        }

        var owner = target["owner"]?["name"]?.GetValue<string>();
        var approvers = new JsonArray();
        foreach (var (role, name) in RequiredApprovers(kind, riskClass).Where(a => a.Name != owner))
        {
            var approver = new JsonObject { ["name"] = name, ["role"] = role, ["decidedAt"] = Date(decided) };
            if (EmailOf(name) is { } email)
            {
                // An approver counts only as the role holder the Governance names, e-mail included.
                approver["email"] = email;
            }

            approvers.Add(approver);
        }

        approval["approvers"] = approvers;
        approval["validFrom"] = Date(decided);
        approval["validUntil"] = Date(until);
        if (kind == "Dpia")
        {
            approval["attestations"] = new JsonArray("context-accurate", "risks-understood", "action-plan-ratified", "corrective-actions-committed");
        }

        return approval;
    }

    /// <summary>The e-mail the Governance gives this person as a role holder or deputy, if any.</summary>
    private string? EmailOf(string name) =>
        (templates.Governance["roles"] as JsonObject ?? [])
            .Select(role => role.Value as JsonObject)
            .SelectMany(holder => new[] { holder?["person"], holder?["deputy"] })
            .OfType<JsonObject>()
            .Where(person => TemplateLibrary.Text(person, "name") == name)
            .Select(person => person["email"]?.GetValue<string>())
            .FirstOrDefault(email => email is not null);

    /// <summary>The committee members holding each role the governance approval matrix requires for this kind and risk class.</summary>
    private IEnumerable<(string Role, string Name)> RequiredApprovers(string kind, string? riskClass)
    {
        var members = (templates.Governance["committee"]?["members"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(m => (Role: TemplateLibrary.Text(m, "role"), Name: TemplateLibrary.Text(m, "name")))
            .ToList();
        var roles = (templates.Governance["approvalMatrix"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(row => TemplateLibrary.Text(row, "kind") == kind && (row["riskClass"] is null || TemplateLibrary.Text(row, "riskClass") == riskClass))
            .SelectMany(row => (row["requiredRoles"] as JsonArray ?? []).Select(r => r!.GetValue<string>().Split('|')[0]))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        // No matrix row for the kind (the Governance itself, often): the whole committee decides.
        return roles.Count == 0 ? members : roles.Select(role => members.FirstOrDefault(m => m.Role == role)).Where(m => m.Name is { Length: > 0 });
    }

    private static string PathFor(string systemFolder, JsonObject artefact)
    {
        var id = TemplateLibrary.Text(artefact, "id");
        return TemplateLibrary.Kind(artefact) switch
        {
            "SystemCard" => Path.Combine(systemFolder, "system-card.json"),
            "Dpia" => Path.Combine(systemFolder, "dpia.json"),
            "HumanOversight" => Path.Combine(systemFolder, "human-oversight.json"),
            "PatientNotice" => Path.Combine(systemFolder, "patient-notice.json"),
            "DataFlow" => Path.Combine(systemFolder, "data-flows", id + ".json"),
            "Incident" => Path.Combine(systemFolder, "incidents", id + ".json"),
            var other => Path.Combine(systemFolder, other.ToLowerInvariant(), id + ".json"),
        };
    }

    private void Write(string path, JsonObject artefact)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        SetSchema(path, artefact);
        File.WriteAllText(path, Serialise(artefact) + "\n");
        var kind = TemplateLibrary.Kind(artefact);
        written[kind] = written.GetValueOrDefault(kind) + 1;
    }

    /// <summary>`$schema` is the relative path from the file to its kind's schema; set before hashing, since the hash covers it.</summary>
    private void SetSchema(string path, JsonObject artefact) =>
        artefact["$schema"] = Path.GetRelativePath(Path.GetDirectoryName(path)!, Path.Combine(outRoot, "schemas", SchemaFileOf(TemplateLibrary.Kind(artefact)))).Replace('\\', '/');

    private static string Serialise(JsonObject artefact) => artefact.ToJsonString(Output);

    /// <summary>`SystemCard` → `system-card.schema.json` (docs/dev/artefact-contract.md).</summary>
    private static string SchemaFileOf(string kind) =>
        string.Concat(kind.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())) + ".schema.json";

    private static DateTime? DateOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text)
        && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
