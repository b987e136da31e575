using PerfEval.Domain.Monitoring;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Tests.Monitoring;

public sealed class ExecutionForecastTests
{
    private static readonly ScoringProfile SelfEvaluation = ScoringProfiles.All.Single(p => p.Id == "cn-mof-2020-selfeval");
    private static readonly ScoringProfile CommonIndicators = ScoringProfiles.All.Single(p => p.Id == "cn-mof-2013-dept-overall");

    [Fact]
    public void The_cumulative_rate_is_extrapolated_over_the_year_and_scored_with_the_budget_execution_item()
    {
        // 30 % at the end of June (181 of 365 days): 30 / (181/365) = 60.50 %; 10 × 0.605 = 6.05 points.
        var forecast = ExecutionForecast.Forecast(30m, 2025, new DateOnly(2025, 6, 30), SelfEvaluation);

        Assert.Equal(60.50m, forecast.ForecastExecutionRate);
        Assert.Equal(10m, forecast.Weight);
        Assert.Equal(6.05m, forecast.ForecastScore);
        Assert.Equal("cn-mof-2020-selfeval", forecast.Profile);
    }

    [Fact]
    public void A_fast_pace_is_capped_at_100_percent_and_full_marks()
    {
        var forecast = ExecutionForecast.Forecast(70m, 2025, new DateOnly(2025, 6, 30), SelfEvaluation);

        Assert.Equal(100m, forecast.ForecastExecutionRate);
        Assert.Equal(10m, forecast.ForecastScore);
    }

    [Fact]
    public void A_profile_without_a_budget_execution_item_forecasts_the_rate_but_gives_no_score()
    {
        var forecast = ExecutionForecast.Forecast(30m, 2025, new DateOnly(2025, 6, 30), CommonIndicators);

        Assert.Equal(60.50m, forecast.ForecastExecutionRate);
        Assert.Null(forecast.ForecastScore);
        Assert.Contains("no 预算执行率 item", forecast.Explanation);
    }

    [Fact]
    public void Without_a_rate_or_a_period_end_there_is_no_forecast()
    {
        Assert.Null(ExecutionForecast.Forecast(null, 2025, new DateOnly(2025, 6, 30), SelfEvaluation).ForecastExecutionRate);
        var noEnd = ExecutionForecast.Forecast(30m, 2025, null, SelfEvaluation);
        Assert.Null(noEnd.ForecastExecutionRate);
        Assert.Null(noEnd.ForecastScore);
    }
}
