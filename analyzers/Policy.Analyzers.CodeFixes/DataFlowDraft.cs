// The text of a draft DataFlow declaration: what the code shows (categories, constant host, where it
// is sent from, the system) filled in; everything a person must decide marked "TODO: ...", which the
// schema rejects, so a draft cannot pass validation or be approved by accident. It says it is not approved.
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Policy.Analyzers.Policies;

namespace Policy.Analyzers.CodeFixes
{
    internal sealed class DataFlowDraft
    {
        public const string SchemaId = "https://policy-as-code.example/schemas/data-flow.schema.json";

        public DataFlowDraft(string id, string? system, IReadOnlyList<string> categories, string? host, string? sinkFamily, string codeRef)
        {
            Id = id;
            System = system;
            Categories = categories;
            Host = host;
            SinkFamily = sinkFamily;
            CodeRef = codeRef;
        }

        public string Id { get; }

        public string? System { get; }

        public IReadOnlyList<string> Categories { get; }

        public string? Host { get; }

        public string? SinkFamily { get; }

        public string CodeRef { get; }

        public string ToJson()
        {
            var special = Categories.Any(DataCategoryTaxonomy.IsHealth);
            var destination = Host ?? (SinkFamily is null ? "an external service" : "a " + SinkFamily + " service");
            var json = new StringBuilder();
            json.Append("{\n");
            Line(json, 1, "$schema", Quote(SchemaId));
            Line(json, 1, "kind", Quote("DataFlow"));
            Line(json, 1, "id", Quote(Id));
            Line(json, 1, "title", Quote($"DRAFT, not approved: data sent by {CodeRef} to {destination}"));
            Line(json, 1, "version", Quote("0.1.0"));
            Line(json, 1, "system", Quote(System ?? "TODO: id of the SystemCard this flow belongs to (no [AiSystem] found in the code)"));
            Line(json, 1, "owner", "{ \"name\": " + Quote("TODO: accountable person") + ", \"role\": " + Quote("TODO: their role") + " }");
            Line(json, 1, "reviewDue", Quote("TODO: yyyy-mm-dd"));
            Open(json, 1, "x-draft");
            Line(json, 2, "status", Quote("draft, not approved"));
            Line(json, 2, "note", Quote(
                "Drafted by the Policy.Analyzers code fix from what the code sends. Nobody has decided anything in it yet: "
                + "replace every TODO, have the committee approve this file's content hash (an Approval in approvals/), "
                + "and only then attest it with [DataFlow(\"" + Id + "\")]. Delete this x-draft block when it is complete."));
            Line(json, 2, "seenIn", Quote(CodeRef));
            Line(json, 2, "sinkFamily", Quote(SinkFamily ?? "unknown"), last: true);
            Close(json, 1);
            Open(json, 1, "source");
            Line(json, 2, "component", Quote("TODO: the application or component that sends the data"));
            Line(json, 2, "codeRefs", "[" + Quote(CodeRef) + "]", last: true);
            Close(json, 1);
            Open(json, 1, "destination");
            Line(json, 2, "name", Quote("TODO: the destination service"));
            Line(json, 2, "operator", Quote("TODO: the legal entity operating it"));
            Line(json, 2, "type", Quote("TODO: internal | processor | third-party-controller | public-authority"));
            Line(json, 2, "endpoints", "[" + Quote(Host ?? "TODO: host names or *.suffix patterns (the address is not a constant in the code)") + "]");
            Line(json, 2, "country", Quote("TODO: ISO 3166-1 alpha-2 country of the destination"));
            Line(json, 2, "hostingCertification", "{ \"type\": " + Quote("TODO: HDS | SecNumCloud | ISO27001 | none") + " }", last: true);
            Close(json, 1);
            Line(json, 1, "direction", Quote("outbound"));
            Line(json, 1, "dataCategories", "[" + string.Join(", ", Categories.Select(Quote)) + "]");
            Line(json, 1, "dataSubjects", "[" + Quote("TODO: whose data (patient, professional, ...)") + "]");
            Line(json, 1, "purpose", Quote("TODO: purpose taxonomy key, for example care.diagnosis"));
            Open(json, 1, "lawfulBasis");
            Line(json, 2, "art6", Quote("TODO: GDPR Art. 6 lawful basis"), last: !special);
            if (special)
            {
                Line(json, 2, "art9", Quote("TODO: GDPR Art. 9(2) condition for health data"), last: true);
            }

            Close(json, 1);
            if (special)
            {
                Line(json, 1, "dpia", Quote("TODO: id of the Dpia that covers this flow"));
            }

            Line(json, 1, "recipientMayTrainOnData", Quote("TODO: true or false"));
            Line(json, 1, "protection", "{ \"encryptionInTransit\": " + Quote("TODO: true or false") + " }", last: true);
            json.Append("}\n");
            return json.ToString();
        }

        private static void Line(StringBuilder json, int depth, string name, string value, bool last = false) =>
            json.Append(' ', depth * 2).Append(Quote(name)).Append(": ").Append(value).Append(last ? "\n" : ",\n");

        private static void Open(StringBuilder json, int depth, string name) =>
            json.Append(' ', depth * 2).Append(Quote(name)).Append(": {\n");

        private static void Close(StringBuilder json, int depth) =>
            json.Append(' ', depth * 2).Append("},\n");

        private static string Quote(string text)
        {
            var quoted = new StringBuilder(text.Length + 2).Append('"');
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"': quoted.Append("\\\""); break;
                    case '\\': quoted.Append("\\\\"); break;
                    case '\n': quoted.Append("\\n"); break;
                    case '\r': quoted.Append("\\r"); break;
                    case '\t': quoted.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            quoted.Append("\\u").Append(((int)c).ToString("x4", global::System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            quoted.Append(c);
                        }

                        break;
                }
            }

            return quoted.Append('"').ToString();
        }
    }
}
