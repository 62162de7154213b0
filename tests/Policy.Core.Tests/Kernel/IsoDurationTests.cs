using Policy.Kernel.Time;

namespace Policy.Core.Tests.Kernel;

public sealed class IsoDurationTests
{
    [Theory]
    [InlineData("P30D", 0, 0, 30, 0)]
    [InlineData("P1Y6M", 1, 6, 0, 0)]
    [InlineData("P2W", 0, 0, 14, 0)]
    [InlineData("P1W2D", 0, 0, 9, 0)]
    [InlineData("PT72H", 0, 0, 0, 72 * 3600)]
    [InlineData("PT24H", 0, 0, 0, 24 * 3600)]
    [InlineData("P1DT12H", 0, 0, 1, 12 * 3600)]
    [InlineData("PT1H30M", 0, 0, 0, 5400)]
    [InlineData("PT0.5S", 0, 0, 0, 0.5)]
    [InlineData("P1M", 0, 1, 0, 0)]
    [InlineData("PT1M", 0, 0, 0, 60)]
    public void Durations_parse_with_their_time_part(string text, int years, int months, int days, double seconds)
    {
        Assert.True(IsoDuration.TryParse(text, out var duration));
        Assert.Equal((years, months, days, TimeSpan.FromSeconds(seconds)), (duration.Years, duration.Months, duration.Days, duration.Time));
    }

    [Theory]
    [InlineData("P")]
    [InlineData("30D")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("P1.5Y")]
    [InlineData("PT1.5H")]
    [InlineData("P1D1Y")]
    [InlineData("P1Y1Y")]
    [InlineData("PT1S1H")]
    [InlineData("P1H")]
    [InlineData("P-1D")]
    [InlineData("p1d")]
    [InlineData("P99999999999D")]
    [InlineData("")]
    public void Invalid_durations_are_refused(string text) => Assert.False(IsoDuration.TryParse(text, out _));

    [Fact]
    public void Months_are_added_calendar_wise()
    {
        Assert.Equal(new DateTime(2027, 2, 28), IsoDuration.Parse("P1M")!.Value.AddTo(new DateTime(2027, 1, 31)));
    }

    [Fact]
    public void The_time_part_is_added_too()
    {
        Assert.Equal(new DateTime(2026, 11, 4, 12, 0, 0), IsoDuration.Parse("P2DT12H")!.Value.AddTo(new DateTime(2026, 11, 2)));
        var moment = new DateTimeOffset(2026, 11, 1, 7, 0, 0, TimeSpan.FromHours(1));
        Assert.Equal(new DateTimeOffset(2026, 11, 4, 7, 0, 0, TimeSpan.FromHours(1)), IsoDuration.Parse("PT72H")!.Value.AddTo(moment));
    }

    [Theory]
    [InlineData("P30D")]
    [InlineData("P1Y6M")]
    [InlineData("PT72H")]
    [InlineData("P1DT12H30M")]
    public void Durations_print_as_they_parse(string text) => Assert.Equal(text, IsoDuration.Parse(text)!.Value.ToString());

    [Fact]
    public void Approximate_lengths_compare_durations_of_different_units()
    {
        Assert.True(IsoDuration.Parse("P6M")!.Value.Approximate < IsoDuration.Parse("P200D")!.Value.Approximate);
        Assert.True(IsoDuration.Parse("PT72H")!.Value.Approximate > IsoDuration.Parse("P2D")!.Value.Approximate);
    }
}
