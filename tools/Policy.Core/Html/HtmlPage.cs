using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Policy.Core.Html;

/// <summary>
/// The shell of every page the tool writes: a <c>lang</c> attribute, one stylesheet and at most one script, both
/// inline and allowed by their hash in a Content-Security-Policy that forbids every other load. So the page
/// works offline from a folder, and a script that found its way into a field could not run even if escaping failed.
/// </summary>
public static class HtmlPage
{
    /// <summary>Text as HTML: every field goes through here (or through Markdig with raw HTML disabled).</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string Render(string lang, string title, string body, string? script = null, string? extraStyle = null)
    {
        var style = Style + (extraStyle ?? string.Empty);
        var scriptSource = script is null ? "'none'" : $"'sha256-{Hash(script)}'";
        var csp = $"default-src 'none'; style-src 'sha256-{Hash(style)}'; script-src {scriptSource}; img-src data:; base-uri 'none'; form-action 'none'";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(lang)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(csp).Append("\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(title)).Append("</title>\n<style>").Append(style).Append("</style>\n</head>\n<body>\n");
        html.Append(body);
        if (script is not null)
        {
            html.Append("<script>").Append(script).Append("</script>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Hash(string content) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    // Dark text on white and dark blue links: contrast above WCAG AA (4.5:1) everywhere; state colours carry a word too.
    internal const string Style = """
body{font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0 auto;max-width:80rem;padding:1rem;line-height:1.5}
a{color:#0b4f8a}a:focus,button:focus,select:focus,input:focus{outline:3px solid #b35900}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#e8eef5}caption{text-align:left;font-weight:bold;padding:.3rem 0}
.state{font-weight:bold;white-space:nowrap}.state-approved{color:#1b5e20}.state-stale,.state-expired,.state-invalid{color:#8a1c00}.state-missing{color:#6b2c91}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
""";
}
