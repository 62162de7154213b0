using System.Text.Json;
using System.Text;
using Policy.Core.Html;
using Policy.Core.Inventory;
using Policy.Core.Model;
using Policy.Core.Rules.Approvals;
using static Policy.Core.Publishing.Site.SiteHtml;

namespace Policy.Core.Publishing.Site;

/// <summary>The Governance page: the organisation, its committee, who holds each role, and the approval matrix, with whether it is in force.</summary>
public static class GovernancePage
{
    public static string Render(Artefact? governance, ApprovalStatusIndex approvals)
    {
        var body = new StringBuilder(Nav(string.Empty)).Append("<main>\n<h1>Governance</h1>\n");
        if (governance is null)
        {
            body.Append("<p>The repository has no Governance artefact; the tool's default approval matrix applies.</p>\n</main>\n");
            return HtmlPage.Render("en", "Governance", body.ToString());
        }

        var root = governance.Root;
        body.Append("<p>").Append(E(root.String("organisation", "name"))).Append(" — ").Append(E(governance.Id)).Append(' ').Append(E(governance.Version))
            .Append(' ').Append(Badge(ApprovalStates.Of(approvals.StatusOf(governance)))).Append("</p>\n");
        body.Append("<h2 id=\"committee\">Committee</h2>\n<p>").Append(E(root.String("committee", "name"))).Append("</p>\n");
        body.Append(Table("Members", ["role", "name"], root.Items("committee", "members").Select(m => (IReadOnlyList<Cell>)[m.String("role"), m.String("name")])));
        body.Append("<h2 id=\"roles\">Roles</h2>\n");
        var roles = root.Property("roles") is { ValueKind: JsonValueKind.Object } held ? held.EnumerateObject().ToList() : [];
        body.Append(Table("Who holds each role", ["role", "person", "function", "deputy"], roles.Select(r => (IReadOnlyList<Cell>)
            [r.Name, r.Value.String("person", "name"), r.Value.String("person", "function"), r.Value.String("deputy", "name")])));
        body.Append("<h2 id=\"matrix\">Approval matrix</h2>\n");
        body.Append(Table("Which roles approve what", ["kind", "risk class", "health data", "required roles", "at least", "description"], root.Items("approvalMatrix").Select(m => (IReadOnlyList<Cell>)
        [
            m.String("kind"), m.String("riskClass") ?? "any", m.Bool("healthData") switch { true => "yes", false => "no", null => "any" },
            string.Join(", ", m.Strings("requiredRoles").Select(r => r.Value)), m.Number("minApprovers")?.ToString(System.Globalization.CultureInfo.InvariantCulture), m.String("description"),
        ])));
        body.Append("</main>\n");
        return HtmlPage.Render(root.String("lang") ?? "en", "Governance", body.ToString());
    }
}
