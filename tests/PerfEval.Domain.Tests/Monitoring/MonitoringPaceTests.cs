using PerfEval.Domain.Monitoring;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Tests.Monitoring;

public sealed class MonitoringPaceTests
{
    private static MonitoringDocument Period(decimal executed, string executedUnit, decimal budget, string budgetUnit) => new()
    {
        SchemaVersion = "1.0",
        FiscalYear = 2025,
        Period = "06",
        Executed = new Money { Value = executed, Unit = executedUnit },
        FullYearBudget = new Money { Value = budget, Unit = budgetUnit },
        Indicators = [new IndicatorProgress { Level3 = "调解", AtRisk = true }, new IndicatorProgress { Level3 = "援助", AtRisk = false }],
    };

    private static readonly PeriodThreshold June = new("06", new DateOnly(2025, 6, 30), 40m);

    [Fact]
    public void Execution_below_the_period_threshold_is_flagged_with_units_converted()
    {
        var pace = MonitoringPace.Assess(Period(3_995_000m, MoneyUnits.Yuan, 1000m, MoneyUnits.TenThousandYuan), June);

        Assert.Equal(39.95m, pace.ExecutionRate);
        Assert.Equal(40m, pace.MinExecutionRate);
        Assert.True(pace.BelowThreshold);
        Assert.Equal(1, pace.AtRiskIndicators);
    }

    [Fact]
    public void At_the_threshold_or_without_one_or_without_a_budget_is_never_below()
    {
        Assert.False(MonitoringPace.Assess(Period(400m, MoneyUnits.TenThousandYuan, 1000m, MoneyUnits.TenThousandYuan), June).BelowThreshold);
        Assert.False(MonitoringPace.Assess(Period(1m, MoneyUnits.TenThousandYuan, 1000m, MoneyUnits.TenThousandYuan), null).BelowThreshold);
        var noBudget = MonitoringPace.Assess(Period(1m, MoneyUnits.TenThousandYuan, 0m, MoneyUnits.TenThousandYuan), June);
        Assert.Null(noBudget.ExecutionRate);
        Assert.False(noBudget.BelowThreshold);
    }
}
