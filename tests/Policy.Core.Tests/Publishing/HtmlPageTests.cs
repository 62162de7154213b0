using System.Globalization;
using System.Text.RegularExpressions;
using Policy.Core.Html;
using Policy.Core.Publishing;

namespace Policy.Core.Tests.Publishing;

/// <summary>The page shell: AA contrast for every text colour, and a policy that loads nothing but the page's own style and script.</summary>
public sealed partial class HtmlPageTests
{
    [Fact]
    public void Every_text_colour_has_aa_contrast_on_white_and_on_the_header_background()
    {
        var colours = TextColour().Matches(HtmlPage.Style).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(colours);
        Assert.All(colours, c => Assert.True(Contrast(c, "ffffff") >= 4.5, $"#{c} on white: {Contrast(c, "ffffff"):F2}"));
        Assert.All(colours, c => Assert.True(Contrast(c, "e8eef5") >= 4.5, $"#{c} on #e8eef5: {Contrast(c, "e8eef5"):F2}"));
    }

    [Fact]
    public void Policy_allows_only_the_inline_style_and_script_by_hash()
    {
        var page = HtmlPage.Render("fr", "t", "<p>x</p>", script: "console.log(1)");
        var policy = Regex.Match(page, "Content-Security-Policy\" content=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("default-src 'none'; style-src 'sha256-", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'sha256-", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'none'", HtmlPage.Render("fr", "t", "<p>x</p>"), StringComparison.Ordinal);
    }

    [Fact]
    public void Encodes_the_title_and_the_language()
    {
        var page = HtmlPage.Render("fr\"><script>", "<b>x</b>", string.Empty);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;b&gt;x&lt;/b&gt;</title>", page, StringComparison.Ordinal);
    }

    private static double Contrast(string foreground, string background)
    {
        var (a, b) = (Luminance(foreground), Luminance(background));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    // WCAG 2.x relative luminance.
    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }

    [GeneratedRegex("(?<![-a-z])color:#([0-9a-f]{6})")]
    private static partial Regex TextColour();
}
