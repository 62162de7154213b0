using System.Globalization;
using System.Text;
using Policy.Core.Html;
using Policy.Core.Inventory;
using Policy.Core.Model;

namespace Policy.Core.Publishing.Site;

/// <summary>
/// The site's inline SVG figures. Each has a title and a description for screen readers, and the page gives the same
/// facts as text beside it, so nothing is only in the picture. Colours use presentation attributes (the page's CSP
/// allows no style attribute).
/// </summary>
public static class Svg
{
    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Open(int width, int height, string title, string description, string id, string displayWidth = "100%") =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{displayWidth}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\">"
        + $"<title id=\"{id}-t\">{HtmlPage.Encode(title)}</title><desc id=\"{id}-d\">{HtmlPage.Encode(description)}</desc>";

    private static string Text(double x, double y, string text, string anchor = "start", int size = 13, string weight = "normal") =>
        $"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"#1a1a1a\">{HtmlPage.Encode(text)}</text>";

    /// <summary>The system in the middle-left, one box per destination on the right, arrows by direction, labelled with countries and hosting certification.</summary>
    public static string DataFlows(Artefact card, IReadOnlyList<Artefact> flows)
    {
        const int row = 90;
        var height = Math.Max(1, flows.Count) * row + 20;
        var svg = new StringBuilder(Open(860, height, $"Data flows of {card.Id}", $"{flows.Count} data flow(s) from {card.Id} to their destinations, with storage countries and hosting certification.", "flows"));
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" fill=\"#1a1a1a\"/></marker></defs>");
        var middle = height / 2.0;
        svg.Append($"<rect x=\"10\" y=\"{N(middle - 30)}\" width=\"220\" height=\"60\" rx=\"6\" fill=\"#e8eef5\" stroke=\"#1a1a1a\"/>");
        svg.Append(Text(120, middle + 5, Shorten(card.Id, 28), "middle", 14, "bold"));
        for (var i = 0; i < flows.Count; i++)
        {
            var flow = flows[i];
            var y = 10 + (i * row) + 10;
            var destination = flow.Root.String("destination", "name") ?? flow.Id;
            var countries = string.Join("/", flow.Root.Strings("destination", "storageCountries").Select(c => c.Value).DefaultIfEmpty(flow.Root.String("destination", "country") ?? "?"));
            var certification = flow.Root.String("destination", "hostingCertification", "type") ?? "no certification";
            var direction = flow.Root.String("direction");
            var markers = direction switch
            {
                "inbound" => "marker-start=\"url(#arrow)\"",
                "bidirectional" => "marker-start=\"url(#arrow)\" marker-end=\"url(#arrow)\"",
                _ => "marker-end=\"url(#arrow)\"",
            };
            svg.Append($"<line x1=\"230\" y1=\"{N(middle)}\" x2=\"520\" y2=\"{N(y + 30)}\" stroke=\"#1a1a1a\" stroke-width=\"2\" {markers}/>");
            svg.Append(Text(375, ((middle + y + 30) / 2) - 6, flow.Id, "middle", 11));
            svg.Append($"<rect x=\"520\" y=\"{N(y)}\" width=\"330\" height=\"60\" rx=\"6\" fill=\"#ffffff\" stroke=\"#1a1a1a\"/>");
            svg.Append(Text(530, y + 22, Shorten(destination, 44), "start", 13, "bold"));
            svg.Append(Text(530, y + 44, $"stored in {countries} · {certification}", "start", 12));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The CNIL PIA map: likelihood across, severity up, 1 to 4 each; every risk placed at its residual gauges, inherent ones outlined.</summary>
    public static string RiskMap(IReadOnlyList<(string Id, int Severity, int Likelihood, bool Residual)> risks)
    {
        const int cell = 130, left = 60, top = 10;
        var svg = new StringBuilder(Open(left + (4 * cell) + 20, top + (4 * cell) + 60, "DPIA risks on the CNIL PIA map", "Each risk placed by severity (1 to 4, up) and likelihood (1 to 4, across), residual after measures.", "risks", "600"));
        for (var severity = 1; severity <= 4; severity++)
        {
            for (var likelihood = 1; likelihood <= 4; likelihood++)
            {
                var x = left + ((likelihood - 1) * cell);
                var y = top + ((4 - severity) * cell);
                var fill = severity + likelihood >= 7 ? "#f4c7c3" : severity + likelihood >= 5 ? "#fde9c4" : "#d9ead3";
                svg.Append($"<rect x=\"{x}\" y=\"{y}\" width=\"{cell}\" height=\"{cell}\" fill=\"{fill}\" stroke=\"#767676\"/>");
                var here = risks.Where(r => r.Residual && r.Severity == severity && r.Likelihood == likelihood).Select(r => r.Id).ToList();
                for (var k = 0; k < here.Count; k++)
                {
                    svg.Append(Text(x + 6, y + 18 + (k * 15), Shorten(here[k], 20), "start", 11));
                }
            }

            svg.Append(Text(left - 10, top + ((4 - severity) * cell) + (cell / 2), severity.ToString(CultureInfo.InvariantCulture), "end"));
        }

        for (var likelihood = 1; likelihood <= 4; likelihood++)
        {
            svg.Append(Text(left + ((likelihood - 1) * cell) + (cell / 2), top + (4 * cell) + 18, likelihood.ToString(CultureInfo.InvariantCulture), "middle"));
        }

        svg.Append(Text(left + (2 * cell), top + (4 * cell) + 44, "likelihood →", "middle", 13, "bold"));
        svg.Append($"<text x=\"16\" y=\"{top + (2 * cell)}\" transform=\"rotate(-90 16 {top + (2 * cell)})\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"#1a1a1a\">severity →</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Incidents on a time line, from the first detected to today, coloured by severity, labelled with their id.</summary>
    public static string IncidentTimeline(IReadOnlyList<(string Id, DateTime Detected, string Severity)> incidents, DateTime today)
    {
        const int width = 860, left = 40, right = 820;
        var svg = new StringBuilder(Open(width, 110, "Incident timeline", $"{incidents.Count} incident(s) by detection date, up to {today:yyyy-MM-dd}.", "incidents"));
        var start = incidents.Count == 0 ? today.AddYears(-1) : incidents.Min(i => i.Detected).AddDays(-30);
        var span = Math.Max(1, (today - start).TotalDays);
        svg.Append($"<line x1=\"{left}\" y1=\"60\" x2=\"{right}\" y2=\"60\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>");
        svg.Append(Text(left, 90, start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "start", 11));
        svg.Append(Text(right, 90, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "end", 11));
        foreach (var (id, detected, severity) in incidents)
        {
            var x = left + ((right - left) * (detected - start).TotalDays / span);
            var fill = severity is "serious" or "major" ? "#8a1c00" : severity == "moderate" ? "#b35900" : "#1b5e20";
            svg.Append($"<circle cx=\"{N(x)}\" cy=\"60\" r=\"8\" fill=\"{fill}\"/>");
            svg.Append(Text(x, 40, $"{id} ({severity})", "middle", 11));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Energy per use of every system that gives the figure, as horizontal bars on one logarithmic scale (Wh): the
    /// figures span several orders of magnitude (a weekly refit against one ECG), which a linear scale would flatten.
    /// </summary>
    public static string FootprintChart(IReadOnlyList<(string Id, Footprint Footprint)> systems)
    {
        var known = systems.Where(s => s.Footprint.WattHoursPerUse is > 0).ToList();
        var height = (known.Count * 34) + 40;
        var svg = new StringBuilder(Open(860, height, "Energy per use", "Energy per use of each system, in watt-hours, on one logarithmic scale.", "footprint"));
        var low = known.Count == 0 ? 0 : Math.Floor(Math.Log10(known.Min(s => s.Footprint.WattHoursPerUse!.Value))) - 1;
        var high = known.Count == 0 ? 1 : Math.Ceiling(Math.Log10(known.Max(s => s.Footprint.WattHoursPerUse!.Value)));
        for (var i = 0; i < known.Count; i++)
        {
            var (id, footprint) = known[i];
            var y = 10 + (i * 34);
            var length = 340 * (Math.Log10(footprint.WattHoursPerUse!.Value) - low) / Math.Max(1, high - low);
            svg.Append(Text(200, y + 17, id, "end", 12));
            svg.Append($"<rect x=\"210\" y=\"{y}\" width=\"{N(Math.Max(2, length))}\" height=\"24\" fill=\"#0b4f8a\"/>");
            svg.Append(Text(220 + length, y + 17, $"{N(footprint.WattHoursPerUse!.Value)} Wh ({footprint.Use ?? "one use"})", "start", 12));
        }

        svg.Append(Text(210, height - 6, $"logarithmic scale, from {N(Math.Pow(10, low))} Wh", "start", 11));
        return svg.Append("</svg>").ToString();
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
