using Microsoft.Playwright;

namespace Policy.Site.Tests;

/// <summary>
/// The register and a system's data flows and risk map render to images (PNG) in Chromium. With POLICY_SCREENSHOTS
/// set to a folder, the images are also written there: that is how docs/site-register.png and docs/site-system.png are made.
/// </summary>
public sealed class ScreenshotTests(SiteFolder site) : IClassFixture<SiteFolder>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47];

    [ChromiumFact]
    public async Task Register_and_system_page_render_to_images()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
            await page.GotoAsync(SiteFolder.Page(site.Example, "index.html").AbsoluteUri);
            await page.SelectOptionAsync("select[data-filter=risk]", "high-risk");
            var register = await page.Locator("main").ScreenshotAsync();
            await page.GotoAsync(SiteFolder.Page(site.Example, "systems/consult-scribe.html").AbsoluteUri);
            var system = await page.Locator("#flows").ScreenshotAsync();
            var risks = await page.Locator("#risks svg").ScreenshotAsync();
            Assert.All(new[] { register, system, risks }, image => Assert.Equal(PngSignature, image[..4]));

            if (Environment.GetEnvironmentVariable("POLICY_SCREENSHOTS") is { Length: > 0 } folder)
            {
                await File.WriteAllBytesAsync(Path.Combine(folder, "site-register.png"), register);
                await File.WriteAllBytesAsync(Path.Combine(folder, "site-system.png"), system);
            }
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
