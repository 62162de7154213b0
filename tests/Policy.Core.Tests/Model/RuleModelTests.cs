using System.Text.Json;
using Policy.Core.Model;
using Policy.Core.Rules.Incidents;
using Policy.Kernel.Time;

namespace Policy.Core.Tests.Model;

/// <summary>The small shared facts the cross-document rules lean on.</summary>
public sealed class RuleModelTests
{
    [Fact]
    public void Moments_keep_time_and_offset_and_reject_bare_dates()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.FromHours(1)), JsonMoments.ParseMoment("2026-11-01T08:00:00+01:00"));
        Assert.Null(JsonMoments.ParseMoment("2026-11-01"));
        Assert.Null(JsonMoments.ParseMoment("yesterday"));
        Assert.Equal("2026-11-02T07:00Z", IsoDuration.Parse("PT24H")!.Value.AddTo(JsonMoments.ParseMoment("2026-11-01T08:00:00+01:00")!.Value).ToUtcText());
    }

    [Theory]
    [InlineData("2026-11-24T23:59:00Z", null, ReportTiming.Overdue)]
    [InlineData("2026-11-25T10:00:00Z", null, ReportTiming.Pending)] // due on the run date: the day is known, not the hour
    [InlineData("2026-11-20T10:00:00Z", "2026-11-20T10:00:00Z", ReportTiming.OnTime)]
    [InlineData("2026-11-20T10:00:00Z", "2026-11-20T10:00:01Z", ReportTiming.Late)]
    public void Deadlines_are_judged_against_the_run_date(string deadline, string? sent, ReportTiming expected)
    {
        Assert.Equal(expected, IncidentFacts.Judge(JsonMoments.ParseMoment(deadline)!.Value, JsonMoments.ParseMoment(sent), new DateTime(2026, 11, 25)));
    }
}
