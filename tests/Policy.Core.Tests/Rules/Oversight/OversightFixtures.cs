using System.Text.Json.Nodes;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Rules.OversightTests;

/// <summary>Minimal HumanOversight and PatientNotice artefacts for the oversight rules.</summary>
internal static class OversightFixtures
{
    public const string SystemId = "ecg-assist";
    public const string CardFile = "ecg/system-card.json";
    public const string OversightFile = "ecg/human-oversight.json";
    public const string NoticeFile = "ecg/patient-notice.json";

    public static JsonObject Decision(string mode, bool significantEffect, string id = "prioritise") =>
        new() { ["id"] = id, ["description"] = id, ["significantEffect"] = significantEffect, ["mode"] = mode };

    public static JsonObject HumanOversight(params JsonObject[] decisions) =>
        Artefacts.Envelope("HumanOversight", "ho-ecg", SystemId)
            .With("decisions", new JsonArray(decisions.Length == 0 ? [Decision("in-the-loop", false)] : decisions))
            .With("reviewers", JsonNode.Parse("""
                [ { "role": "reading cardiologist", "profession": "physician", "competence": "cardiology", "trainingRef": "TRN-ECG-01", "authorityToOverride": true } ]
                """));

    public static JsonObject Card(params string[] categories) => Artefacts.SystemCard(SystemId, categories.Length == 0 ? ["health.observation"] : categories);

    /// <summary>A notice for the system with the given sections in each language (every section text is "…").</summary>
    public static JsonObject Notice(IReadOnlyDictionary<string, string[]> sectionsByLanguage)
    {
        var content = new JsonObject();
        foreach (var (language, sections) in sectionsByLanguage)
        {
            var text = new JsonObject { ["aiUse"] = "AI helps read your ECG." };
            foreach (var section in sections)
            {
                text[section] = section == "secondaryUse"
                    ? new JsonObject { ["description"] = "training", ["objectOrOptOut"] = "you may object", ["howTo"] = "write to the DPO" }
                    : $"{section} text";
            }

            content[language] = text;
        }

        return Artefacts.Envelope("PatientNotice", "pn-ecg", SystemId)
            .With("systems", new JsonArray(SystemId))
            .With("content", content);
    }
}
