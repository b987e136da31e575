using PerfEval.Domain.Monitoring;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Tests.Declarations;

namespace PerfEval.Domain.Tests.Monitoring;

public sealed class ExecutionJumpAtYearEndRuleTests
{
    /// <summary>Sichuan's 2025 scheme as data: 40 % by the end of June, 80 % by the end of October.</summary>
    private static readonly PeriodThreshold June = new("06", new DateOnly(2022, 6, 30), 40m);
    private static readonly PeriodThreshold October = new("10", new DateOnly(2022, 10, 31), 80m);

    private static MonitoringDocument Executed(string period, decimal executed) => new()
    {
        SchemaVersion = "1.0",
        FiscalYear = 2022,
        Period = period,
        FullYearBudget = new Money { Value = 265.58m, Unit = MoneyUnits.TenThousandYuan },
        Executed = new Money { Value = executed, Unit = MoneyUnits.TenThousandYuan },
    };

    private static IReadOnlyList<MonitoringConsistencyFinding> Findings(MonitoringDocument monitoring, PeriodThreshold? threshold) =>
        MonitoringConsistencyRules.Run(new MonitoringComparison(DeclaredHengshan.Report(), monitoring, threshold)).Where(f => f.RuleId == "PE-MON-002").ToList();

    [Fact]
    public void Execution_that_rises_more_after_the_period_than_the_threshold_leaves_is_flagged_with_both_pointers()
    {
        // 衡山 2022 states 执行率 100%; 26.56 % at the end of June leaves 73.44 points for the rest of the year, more than 100 − 40.
        var finding = Assert.Single(Findings(Executed("06", 70.54m), June));

        Assert.Equal("司法行政项目经费", finding.Subject);
        Assert.Equal("26.56%", finding.MidYear);
        Assert.Equal("100%", finding.YearEnd);
        Assert.Equal("warning", finding.Severity);
        Assert.Equal(["/indicatorTables/0/budgetExecution"], finding.ReportPointers);
        Assert.Equal(["/executed", "/fullYearBudget"], finding.MonitoringPointers);
        Assert.Contains("73.44", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limit_comes_from_the_period_threshold_and_no_threshold_judges_nothing()
    {
        Assert.Empty(Findings(Executed("06", 106.24m), June));           // 40.00 % in June: exactly 60 points after it
        Assert.Single(Findings(Executed("10", 185.90m), October));       // 70.00 % in October: 30 points, more than 20
        Assert.Empty(Findings(Executed("10", 212.47m), October));        // 80.00 % in October: 20 points
        Assert.Empty(Findings(Executed("06", 10m), null));
    }
}
