using PerfEval.Domain.Publication;

namespace PerfEval.Domain.Tests.Publication;

public sealed class ChinaStandardTimeTests
{
    [Theory]
    [InlineData("2024-06-30T15:59:59Z", "2024-06-30")]
    [InlineData("2024-06-30T16:00:00Z", "2024-07-01")]
    [InlineData("2024-12-31T16:30:00Z", "2025-01-01")]
    [InlineData("2024-07-01T01:00:00+09:00", "2024-07-01")]
    [InlineData("2024-06-30T23:00:00-05:00", "2024-07-01")]
    public void The_date_in_China_is_the_utc_instant_plus_eight_hours(string instant, string date)
    {
        Assert.Equal(DateOnly.Parse(date), ChinaStandardTime.DateOf(DateTimeOffset.Parse(instant)));
    }

    [Fact]
    public void Midnight_in_China_is_16_00_utc_the_day_before()
    {
        var start = ChinaStandardTime.StartOf(new DateOnly(2024, 10, 8));

        Assert.Equal(DateTimeOffset.Parse("2024-10-07T16:00:00Z"), start);
        Assert.Equal(new DateOnly(2024, 10, 8), ChinaStandardTime.DateOf(start));
        Assert.Equal(new DateOnly(2024, 10, 7), ChinaStandardTime.DateOf(start.AddTicks(-1)));
    }
}
