using PerfEval.Domain.Monitoring;

namespace PerfEval.Domain.Tests.Monitoring;

public sealed class YearElapsedTests
{
    [Fact]
    public void The_share_counts_days_from_the_first_of_January_inclusive()
    {
        Assert.Equal(181m / 365m, YearElapsed.Share(2025, new DateOnly(2025, 6, 30)));
        Assert.Equal(182m / 366m, YearElapsed.Share(2024, new DateOnly(2024, 6, 30)));
        Assert.Equal(1m, YearElapsed.Share(2025, new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void A_period_ending_after_the_year_is_capped_and_one_before_it_is_zero()
    {
        Assert.Equal(1m, YearElapsed.Share(2025, new DateOnly(2026, 1, 15)));
        Assert.Equal(0m, YearElapsed.Share(2025, new DateOnly(2024, 12, 31)));
    }
}
