using PerfEval.Domain.Monitoring;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Tests.Monitoring;

public sealed class MonitoringAssessmentTests
{
    private static MonitoringDocument Period(decimal executed) => new()
    {
        SchemaVersion = "1.0",
        FiscalYear = 2025,
        Period = "06",
        FullYearBudget = new Money { Value = 1000m, Unit = MoneyUnits.TenThousandYuan },
        Executed = new Money { Value = executed, Unit = MoneyUnits.TenThousandYuan },
        Indicators = [new IndicatorProgress { Level3 = "调解", AtRisk = true }],
    };

    private static readonly PeriodThreshold June = new("06", new DateOnly(2025, 6, 30), 40m);

    [Fact]
    public void A_period_below_its_threshold_carries_the_pace_the_indicators_and_the_forecast_under_the_headline_profile()
    {
        var assessment = MonitoringAssessment.Assess(Period(300m), June, null, null, ScoringProfiles.DefaultHeadline);

        Assert.True(assessment.Pace.BelowThreshold);
        Assert.Equal(30m, assessment.Pace.ExecutionRate);
        Assert.Equal(1, assessment.AtRiskIndicators);
        Assert.Equal(60.50m, assessment.Forecast.ForecastExecutionRate);
        Assert.Equal(6.05m, assessment.Forecast.ForecastScore);
        Assert.Empty(assessment.Findings);
    }

    [Fact]
    public void Without_a_threshold_there_is_no_forecast_and_nothing_is_below()
    {
        var assessment = MonitoringAssessment.Assess(Period(300m), null, null, null, ScoringProfiles.DefaultHeadline);

        Assert.False(assessment.Pace.BelowThreshold);
        Assert.Null(assessment.Forecast.ForecastExecutionRate);
    }
}
