using System.Text;
using Policy.Core.Html;
using Policy.Core.Inventory.Formats;
using Policy.Core.Inventory;
using Policy.Core.Model;
using static Policy.Core.Publishing.Site.SiteHtml;

namespace Policy.Core.Publishing.Site;

/// <summary>
/// The site's home page: the register, filterable by risk, stage, criticality and approval state and sortable by any
/// column with a small inline script (the table is complete without it), the footprints compared, and the notices.
/// </summary>
public static class RegisterPage
{
    private static readonly (string Key, string Label)[] Filters = [("risk", "AI Act risk class"), ("stage", "Lifecycle stage"), ("criticality", "Criticality for care"), ("approval", "Approval state")];

    /// <summary>The register's columns on the home page; each system's page shows them all.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        RegisterColumns.Id, RegisterColumns.Name, RegisterColumns.Vendor, RegisterColumns.Stage, RegisterColumns.AiAct, RegisterColumns.MedicalDevice,
        RegisterColumns.Criticality, RegisterColumns.Oversight, RegisterColumns.Dpia, RegisterColumns.Fria, RegisterColumns.Notice, RegisterColumns.Incidents, RegisterColumns.ReviewDue,
    ];

    public static string Render(string organisation, IReadOnlyList<RegisterRow> rows, IReadOnlyList<(string Id, string Lang, string Title)> notices)
    {
        var body = new StringBuilder(Nav(string.Empty)).Append("<main>\n<h1>Register of AI systems</h1>\n<p>").Append(E(organisation))
            .Append(". Derived from the governance artefacts; each artefact column shows whether the committee's approval holds today.</p>\n");
        body.Append("<form id=\"filters\" aria-label=\"Filter the register\">\n");
        foreach (var (key, label) in Filters)
        {
            var values = rows.Select(r => Value(r, key)).Where(v => v.Length > 0).Distinct().Order(StringComparer.Ordinal);
            body.Append($"<label>{E(label)} <select data-filter=\"{key}\" name=\"{key}\"><option value=\"\">all</option>")
                .AppendJoin(string.Empty, values.Select(v => $"<option value=\"{E(v)}\">{E(v)}</option>"))
                .Append("</select></label>\n");
        }

        body.Append("</form>\n<p id=\"shown\" aria-live=\"polite\">").Append(rows.Count).Append(" systems</p>\n");
        body.Append(RegisterHtmlTable.Render(rows, id => SiteHtml.SystemPage(id), Columns));
        body.Append("<h2 id=\"footprint\">Environmental footprint</h2>\n");
        body.Append(Svg.FootprintChart(rows.Select(r => (r.SystemId, Footprint.Of(r.SystemCard))).ToList()));
        body.Append(Table("Footprint figures", ["system", "environmental footprint"], rows.Select(r => (IReadOnlyList<Cell>)[r.SystemId, r[RegisterColumns.Footprint]])));
        body.Append("<h2 id=\"notices\">Patient notices</h2>\n<ul>\n");
        foreach (var (id, lang, title) in notices)
        {
            body.Append($"<li><a href=\"{E(NoticePage(id, lang))}\" hreflang=\"{E(lang)}\">{E(title)} ({E(lang)})</a></li>\n");
        }

        body.Append("</ul>\n</main>\n");
        return HtmlPage.Render("en", "Register of AI systems", body.ToString(), Script);
    }

    private static string Value(RegisterRow row, string key) => key switch
    {
        "risk" => row.SystemCard.Root.String("aiAct", "riskClass") ?? string.Empty,
        "stage" => row.SystemCard.Root.String("lifecycleStage") ?? string.Empty,
        "criticality" => row.SystemCard.Root.String("criticalityForCare") ?? string.Empty,
        _ => RegisterHtmlTable.WorstState(row).Name(),
    };

    // Filters hide rows whose data attribute differs from a chosen value; the sort buttons order rows by a column's text.
    private const string Script = """
(function () {
  var table = document.getElementById('register');
  var body = table.tBodies[0];
  var selects = document.querySelectorAll('select[data-filter]');
  var shown = document.getElementById('shown');
  function apply() {
    var count = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var visible = true;
      Array.prototype.forEach.call(selects, function (select) {
        if (select.value && row.getAttribute('data-' + select.getAttribute('data-filter')) !== select.value) { visible = false; }
      });
      row.hidden = !visible;
      if (visible) { count++; }
    });
    shown.textContent = count + ' of ' + body.rows.length + ' systems shown';
  }
  Array.prototype.forEach.call(selects, function (select) { select.addEventListener('change', apply); });
  Array.prototype.forEach.call(document.querySelectorAll('button[data-sort]'), function (button) {
    button.addEventListener('click', function () {
      var column = Number(button.getAttribute('data-sort'));
      var header = button.parentNode;
      var ascending = header.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute('aria-sort'); });
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].textContent, y = b.cells[column].textContent;
        return ascending ? x.localeCompare(y) : y.localeCompare(x);
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  apply();
})();
""";
}
