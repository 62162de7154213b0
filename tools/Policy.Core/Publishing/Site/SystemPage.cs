using System.Globalization;
using System.Text;
using Policy.Core.Html;
using Policy.Core.Inventory;
using Policy.Core.Model;
using Policy.Core.Rules.Approvals;
using static Policy.Core.Publishing.Site.SiteHtml;

namespace Policy.Core.Publishing.Site;

/// <summary>
/// One system's page: its register row as a card, the oversight decisions, the data flows (diagram and table), the
/// DPIA risks on the CNIL PIA map, the incidents on a time line, the ethics assessment, and who approved what and
/// whether it still holds. Every figure's facts are also in a table.
/// </summary>
public sealed class SystemPage(PolicyRepository repository, ApprovalStatusIndex approvals, DateTime today)
{
    public string Render(RegisterRow row, IReadOnlyList<(string Id, string Lang, string Title)> notices)
    {
        var card = row.SystemCard;
        var artefacts = repository.ForSystem(card.Id).ToList();
        var body = new StringBuilder(Nav("../")).Append("<main>\n<h1>").Append(E(card.Root.String("title") ?? card.Id)).Append("</h1>\n");
        body.Append("<p><a href=\"../index.html\">Back to the register</a></p>\n");
        Section(body, "card", b => Card(b, row));
        Section(body, "oversight", b => Oversight(b, artefacts.Where(a => a.Kind == ArtefactKinds.HumanOversight).ToList()));
        Section(body, "flows", b => Flows(b, card, artefacts.Where(a => a.Kind == ArtefactKinds.DataFlow).ToList()));
        Section(body, "risks", b => Risks(b, repository.Index.DpiasCovering(card.Id)));
        Section(body, "incidents", b => Incidents(b, artefacts.Where(a => a.Kind == ArtefactKinds.Incident).ToList()));
        Section(body, "ethics", b => Ethics(b, artefacts.Where(a => a.Kind == ArtefactKinds.EthicsAssessment).ToList()));
        Section(body, "approvals", b => Approvals(b, [card, .. artefacts.Where(a => a != card), .. repository.Index.DpiasCovering(card.Id).Where(d => !artefacts.Contains(d))]));
        Section(body, "notices", b =>
        {
            b.Append("<h2>Patient notices</h2>\n<ul>\n");
            foreach (var (id, lang, title) in notices)
            {
                b.Append($"<li><a href=\"../{E(NoticePage(id, lang))}\" hreflang=\"{E(lang)}\">{E(title)} ({E(lang)})</a></li>\n");
            }

            b.Append("</ul>\n");
        });
        body.Append("</main>\n");
        return HtmlPage.Render(card.Root.String("lang") ?? "en", card.Root.String("title") ?? card.Id, body.ToString());
    }

    private static void Section(StringBuilder body, string id, Action<StringBuilder> content)
    {
        body.Append("<section id=\"").Append(id).Append("\">\n");
        content(body);
        body.Append("</section>\n");
    }

    private static void Card(StringBuilder body, RegisterRow row)
    {
        body.Append("<h2>System card</h2>\n<dl>\n");
        foreach (var cell in row.Cells)
        {
            body.Append("<dt>").Append(E(cell.Column)).Append("</dt><dd>").Append(E(cell.Value.Length == 0 ? "—" : cell.Value));
            if (cell.State is { } state)
            {
                body.Append(' ').Append(Badge(state));
            }

            body.Append("</dd>\n");
        }

        body.Append("</dl>\n");
    }

    private static void Oversight(StringBuilder body, IReadOnlyList<Artefact> declarations)
    {
        body.Append("<h2>Oversight decisions</h2>\n");
        var rows = declarations.SelectMany(o => o.Root.Items("decisions").Select(d => (IReadOnlyList<Cell>)
            [o.Id, d.String("id"), d.String("description"), d.String("mode"), d.Bool("significantEffect") == true ? "yes" : "no"])).ToList();
        body.Append(rows.Count == 0 ? "<p>No HumanOversight declares the decisions of this system.</p>\n"
            : Table("Decisions and how people oversee them", ["declaration", "decision", "description", "oversight mode", "significant effect"], rows));
    }

    private void Flows(StringBuilder body, Artefact card, IReadOnlyList<Artefact> flows)
    {
        body.Append("<h2>Data flows</h2>\n");
        if (flows.Count == 0)
        {
            body.Append("<p>No DataFlow is declared for this system.</p>\n");
            return;
        }

        body.Append(Svg.DataFlows(card, flows));
        body.Append(Table("Where the data goes", ["flow", "destination", "operator", "stored in", "hosting certification", "active", "approval"], flows.Select(f => (IReadOnlyList<Cell>)
        [
            f.Id, f.Root.String("destination", "name"), f.Root.String("destination", "operator"),
            string.Join(", ", f.Root.Strings("destination", "storageCountries").Select(c => c.Value).DefaultIfEmpty(f.Root.String("destination", "country") ?? "?")),
            f.Root.String("destination", "hostingCertification", "type") ?? "none", f.Root.Bool("active") == false ? "no" : "yes", Cell.Raw(Badge(State(f))),
        ])));
    }

    private static void Risks(StringBuilder body, IReadOnlyList<Artefact> dpias)
    {
        body.Append("<h2>DPIA risks</h2>\n");
        if (dpias.Count == 0)
        {
            body.Append("<p>No DPIA covers this system.</p>\n");
            return;
        }

        foreach (var dpia in dpias)
        {
            var risks = dpia.Root.Items("risks").ToList();
            body.Append("<h3>").Append(E(dpia.Id)).Append("</h3>\n");
            body.Append(Svg.RiskMap(risks.Select(r => (r.String("id") ?? "?", (int)(r.Number("residual", "severity") ?? 0), (int)(r.Number("residual", "likelihood") ?? 0), true)).ToList()));
            body.Append(Table($"Risks of {dpia.Id} (CNIL PIA gauges 1–4)", ["risk", "kind", "inherent severity", "inherent likelihood", "residual severity", "residual likelihood", "evaluation"], risks.Select(r => (IReadOnlyList<Cell>)
            [
                r.String("id"), r.String("kind"), Number(r.Number("inherent", "severity")), Number(r.Number("inherent", "likelihood")),
                Number(r.Number("residual", "severity")), Number(r.Number("residual", "likelihood")), r.String("evaluation", "status"),
            ])));
        }
    }

    private void Incidents(StringBuilder body, IReadOnlyList<Artefact> incidents)
    {
        body.Append("<h2>Incidents</h2>\n");
        var dated = incidents.Select(i => (i, Detected: i.Root.Date("detectedAt"))).OrderBy(x => x.Detected).ToList();
        body.Append(Svg.IncidentTimeline(dated.Where(x => x.Detected is not null).Select(x => (x.i.Id, x.Detected!.Value, x.i.Root.String("severity") ?? "?")).ToList(), today));
        body.Append(dated.Count == 0 ? "<p>No incident is recorded.</p>\n" : Table("Incidents by detection date", ["incident", "detected", "severity", "status", "what happened"], dated.Select(x => (IReadOnlyList<Cell>)
            [x.i.Id, x.Detected?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), x.i.Root.String("severity"), x.i.Root.String("status"), x.i.Root.String("title")])));
    }

    private static void Ethics(StringBuilder body, IReadOnlyList<Artefact> assessments)
    {
        body.Append("<h2>Ethics assessment</h2>\n");
        if (assessments.Count == 0)
        {
            body.Append("<p>No EthicsAssessment is recorded.</p>\n");
            return;
        }

        string[] principles = ["benevolence", "nonMaleficence", "autonomy", "justice", "ecoResponsibility"];
        foreach (var assessment in assessments)
        {
            foreach (var stage in assessment.Root.Items("stages"))
            {
                body.Append(Table($"{assessment.Id} at stage {stage.String("stage")} ({stage.String("assessedOn")})", ["principle", "assessment", "measures", "owner"], principles.Select(p => (IReadOnlyList<Cell>)
                [
                    p, Cell.Raw(SafeMarkdown.ToHtml(stage.String("principles", p, "assessment"))),
                    Cell.Raw(string.Concat(stage.Items("principles", p, "measures").Select(m => SafeMarkdown.ToHtml(m.GetString())))),
                    stage.String("principles", p, "owner", "name"),
                ])));
            }
        }
    }

    private void Approvals(StringBuilder body, IReadOnlyList<Artefact> artefacts)
    {
        body.Append("<h2>Approvals</h2>\n");
        body.Append(Table("Who approved what, when, and whether it still holds", ["artefact", "approval", "approvers", "valid until", "state", "why not"], artefacts.Select(a =>
        {
            var status = approvals.StatusOf(a);
            var approvers = status?.Approval?.Approvers.Select(p => $"{p.Name} ({p.Role}, {p.DecidedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})") ?? [];
            return (IReadOnlyList<Cell>)
            [
                $"{a.Kind} {a.Id} {a.Version}", status?.Approval?.Id ?? "none", string.Join("; ", approvers),
                status?.Approval?.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Cell.Raw(Badge(ApprovalStates.Of(status))),
                string.Join(" ", status?.Problems.Where(p => p.VoidsApproval).Select(p => p.Message) ?? []),
            ];
        })));
    }

    private ApprovalState State(Artefact artefact) => ApprovalStates.Of(approvals.StatusOf(artefact));

    private static string? Number(double? value) => value?.ToString("0", CultureInfo.InvariantCulture);
}
