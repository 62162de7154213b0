using Policy.Core.Tests;

namespace Policy.Cli.Tests;

/// <summary>`policy render notice` on the example repository.</summary>
public sealed class RenderNoticeCommandTests
{
    private static CliRunner.Result Render(params string[] args) => CliRunner.Run(TestPaths.RepositoryRoot, ["render", "notice", "--root", TestPaths.RepositoryRoot, .. args]);

    [Fact]
    public void Renders_an_approved_notice_in_each_language()
    {
        var fr = Render("ecg-assist");
        Assert.True(fr.ExitCode == 0, fr.Error);
        Assert.Contains("<html lang=\"fr\">", fr.Out, StringComparison.Ordinal);
        Assert.Contains("<h2>Vos droits</h2>", fr.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, fr.Error);
        var en = Render("ecg-assist", "--lang", "en", "--format", "markdown");
        Assert.Equal(0, en.ExitCode);
        Assert.Contains("## Your rights", en.Out, StringComparison.Ordinal);
        Assert.Contains("## Automated decision", en.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_system_language_or_format_is_a_usage_error()
    {
        var unknown = Render("no-such-system");
        Assert.Equal(ExitCodes.UsageOrIoError, unknown.ExitCode);
        Assert.Contains("no SystemCard has the id 'no-such-system'", unknown.Error);
        Assert.Equal(ExitCodes.UsageOrIoError, Render("ecg-assist", "--lang", "de").ExitCode);
        Assert.Equal(ExitCodes.UsageOrIoError, Render("ecg-assist", "--format", "pdf").ExitCode);
    }

    [Fact]
    public void A_system_without_a_notice_says_so()
    {
        var result = Render("pharma-stock-forecast");
        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        Assert.Contains("no PatientNotice lists 'pharma-stock-forecast'", result.Error);
    }
}
