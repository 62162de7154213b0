using Policy.Core.Html;
using Microsoft.Playwright;

namespace Policy.Site.Tests;

/// <summary>
/// The site of the example repository in headless Chromium: one register row per system, the filters and sorting
/// work, every internal link resolves, nothing is requested from outside file://, the page's own script is allowed
/// by its policy, and a script typed into any text field never runs.
/// </summary>
public sealed class SiteInBrowserTests(SiteFolder site) : IClassFixture<SiteFolder>, IAsyncLifetime
{
    private static readonly string[] Systems = ["coding-assist", "consult-scribe", "ecg-assist", "mammo-screen", "pharma-stock-forecast", "triage-orientation"];
    private readonly List<string> requests = [];
    private readonly List<string> consoleErrors = [];
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        if (Chromium.Executable is not null)
        {
            (playwright, browser) = await Chromium.LaunchAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    private async Task<IPage> Open(string siteFolder, string path)
    {
        var page = await browser!.NewPageAsync();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{page.Url}: {message.Text}");
            }
        };
        page.Dialog += (_, dialog) => consoleErrors.Add($"{page.Url}: a dialog opened: {dialog.Message}");
        await page.GotoAsync(SiteFolder.Page(siteFolder, path).AbsoluteUri);
        return page;
    }

    private static async Task<IReadOnlyList<string>> VisibleIds(IPage page) =>
        await page.Locator("#register tbody tr:not([hidden]) th").EvaluateAllAsync<string[]>("cells => cells.map(c => c.querySelector('a').textContent)");

    [ChromiumFact]
    public async Task Register_has_one_row_per_system()
    {
        var page = await Open(site.Example, "index.html");
        Assert.Equal(Systems, await VisibleIds(page));
        Assert.Equal("6 of 6 systems shown", await page.Locator("#shown").TextContentAsync());
        Assert.Empty(consoleErrors); // the page's script and style are allowed by its policy (a wrong hash would log an error)
    }

    [ChromiumFact]
    public async Task Filters_narrow_the_register_and_reset()
    {
        var page = await Open(site.Example, "index.html");
        await page.SelectOptionAsync("select[data-filter=risk]", "high-risk");
        Assert.Equal(["ecg-assist", "mammo-screen", "triage-orientation"], await VisibleIds(page));
        await page.SelectOptionAsync("select[data-filter=criticality]", "vital");
        Assert.Equal(["triage-orientation"], await VisibleIds(page));
        Assert.Equal("1 of 6 systems shown", await page.Locator("#shown").TextContentAsync());
        await page.SelectOptionAsync("select[data-filter=risk]", string.Empty);
        await page.SelectOptionAsync("select[data-filter=criticality]", string.Empty);
        await page.SelectOptionAsync("select[data-filter=stage]", "use");
        await page.SelectOptionAsync("select[data-filter=approval]", "approved");
        Assert.Equal(Systems, await VisibleIds(page));
    }

    [ChromiumFact]
    public async Task Sort_buttons_order_the_rows()
    {
        var page = await Open(site.Example, "index.html");
        await page.ClickAsync("button[data-sort='0']");
        Assert.Equal(Systems, await VisibleIds(page));
        await page.ClickAsync("button[data-sort='0']");
        Assert.Equal(Systems.Reverse(), await VisibleIds(page));
        Assert.Equal("descending", await page.Locator("#register thead th").First.GetAttributeAsync("aria-sort"));
    }

    [ChromiumFact]
    public async Task Every_internal_link_resolves_and_no_request_leaves_the_folder()
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([SiteFolder.Page(site.Example, "index.html").AbsoluteUri]);
        var broken = new List<string>();
        while (queue.TryDequeue(out var url))
        {
            if (!visited.Add(url))
            {
                continue;
            }

            var page = await browser!.NewPageAsync();
            page.Request += (_, request) => requests.Add(request.Url);
            await page.GotoAsync(url);
            var links = await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
            foreach (var link in links.Where(l => l.StartsWith("file:", StringComparison.Ordinal)))
            {
                var target = new Uri(link);
                var file = target.LocalPath;
                if (!File.Exists(file))
                {
                    broken.Add($"{url} -> {link}: no such file");
                    continue;
                }

                if (target.Fragment.Length > 1)
                {
                    var other = await browser.NewPageAsync();
                    await other.GotoAsync(link);
                    if (await other.Locator($"[id='{Uri.UnescapeDataString(target.Fragment[1..])}']").CountAsync() == 0)
                    {
                        broken.Add($"{url} -> {link}: no element with that id");
                    }

                    await other.CloseAsync();
                }

                queue.Enqueue(target.GetLeftPart(UriPartial.Path));
            }

            await page.CloseAsync();
        }

        Assert.Empty(broken);
        Assert.Equal(18, visited.Count); // the register, the Governance, 6 systems, 10 notices
        Assert.All(requests, r => Assert.StartsWith("file://", r, StringComparison.Ordinal));
        Assert.True(requests.Count >= visited.Count);
    }

    [ChromiumFact]
    public async Task The_page_policy_runs_the_page_script_and_nothing_injected()
    {
        // As if escaping had failed: raw markup in the body. The policy allows only the page's own script, by its hash.
        var html = HtmlPage.Render("en", "t", "<main><script>window.__pwned = 'inline'</script><img src=\"x\" onerror=\"window.__pwned = 'img'\"></main>", "window.__own = 'ran';");
        var file = Path.Combine(site.Example, "policy-test.html");
        var image = Path.Combine(site.Example, "x"); // exists, so only the policy can stop it from loading
        await File.WriteAllTextAsync(file, html);
        await File.WriteAllBytesAsync(image, [0x89, 0x50, 0x4E, 0x47]);
        try
        {
            var page = await browser!.NewPageAsync();
            var loaded = new List<string>();
            page.RequestFinished += (_, request) => loaded.Add(request.Url);
            await page.GotoAsync(SiteFolder.Page(site.Example, "policy-test.html").AbsoluteUri);
            Assert.Equal("ran", await page.EvaluateAsync<string?>("() => window.__own ?? null"));
            Assert.Null(await page.EvaluateAsync<string?>("() => window.__pwned ?? null"));
            Assert.DoesNotContain(loaded, r => r.EndsWith("/x", StringComparison.Ordinal)); // img-src allows data: only, so the image is never fetched
        }
        finally
        {
            File.Delete(file);
            File.Delete(image);
        }
    }

    [ChromiumFact]
    public async Task A_script_typed_into_any_text_field_never_runs()
    {
        var pages = Directory.EnumerateFiles(site.Hostile, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Hostile, f)).ToList();
        Assert.Equal(18, pages.Count);
        foreach (var path in pages)
        {
            var page = await Open(site.Hostile, path);
            Assert.Null(await page.EvaluateAsync<string?>("() => window.__pwned ?? null"));
            // Two layers: the text is escaped (no element from a field exists), and the policy would block it anyway.
            Assert.Equal(path == "index.html" ? 1 : 0, await page.EvaluateAsync<int>("() => document.scripts.length"));
            Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('img, [onerror]').length"));
            foreach (var link in await page.Locator("a[href^='javascript:']").AllAsync())
            {
                Assert.Fail($"{path} has a javascript: link {await link.GetAttributeAsync("href")}");
            }

            await page.CloseAsync();
        }

        var register = await Open(site.Hostile, "systems/ecg-assist.html");
        Assert.Contains("<script>window.__pwned = 'script'</script>", await register.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(consoleErrors, e => e.Contains("dialog", StringComparison.Ordinal));
        Assert.All(requests, r => Assert.StartsWith("file://", r, StringComparison.Ordinal)); // the <img src=x> is text, so never requested
    }
}
