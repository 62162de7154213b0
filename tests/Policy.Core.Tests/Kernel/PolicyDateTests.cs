using Policy.Kernel.Time;

namespace Policy.Core.Tests.Kernel;

public sealed class PolicyDateTests
{
    [Theory]
    [InlineData("2026-11-25", "2026-11-25")]
    [InlineData("2026-11-25T10:00:00Z", "2026-11-25")]
    [InlineData("2026-11-25T23:30:00-05:00", "2026-11-26")]
    [InlineData("2026-11-25T00:30:00+02:00", "2026-11-24")]
    public void Dates_and_date_times_read_as_their_utc_day(string text, string day) =>
        Assert.Equal(day, PolicyDate.Format(PolicyDate.Parse(text)!.Value.Date));

    [Theory]
    [InlineData("2026")]
    [InlineData("11/25/2026")]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("tomorrow")]
    [InlineData("")]
    public void Anything_else_reads_as_absent(string text) => Assert.Null(PolicyDate.Parse(text));
}
