using Microsoft.Playwright;

namespace Policy.Site.Tests;

/// <summary>
/// The operating system's Chromium (the tests never download a browser): PLAYWRIGHT_CHROMIUM_EXECUTABLE, else
/// /usr/bin/chromium. Tests that need it are skipped, with that reason, where neither exists.
/// </summary>
internal static class Chromium
{
    public static string? Executable { get; } = Find();

    public const string Missing = "no Chromium: install it (apt-get install -y chromium) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE";

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Executable, Headless = true, Args = ["--no-sandbox"] });
        return (playwright, browser);
    }
}

/// <summary>A fact that needs Chromium; skipped with the reason where there is none.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = Chromium.Missing;
        }
    }
}
