using PerfEval.Domain.Monitoring;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Tests.Declarations;

namespace PerfEval.Domain.Tests.Monitoring;

public sealed class YearEndBelowMidYearRuleTests
{
    private static MonitoringDocument June(params IndicatorProgress[] indicators) => new()
    {
        SchemaVersion = "1.0",
        FiscalYear = 2022,
        Period = "06",
        FullYearBudget = new Money { Value = 265.58m, Unit = MoneyUnits.TenThousandYuan },
        Executed = new Money { Value = 120m, Unit = MoneyUnits.TenThousandYuan },
        Indicators = indicators,
    };

    private static IndicatorProgress Progress(string level3, string text, decimal value, string unit) =>
        new() { Level3 = level3, Progress = new StatedValue { Text = text, Operator = "=", Value = value, Unit = unit } };

    private static IReadOnlyList<MonitoringConsistencyFinding> Findings(MonitoringDocument monitoring) =>
        MonitoringConsistencyRules.Run(new MonitoringComparison(DeclaredHengshan.Report(), monitoring, null)).Where(f => f.RuleId == "PE-MON-001").ToList();

    [Fact]
    public void A_year_end_count_below_the_mid_year_progress_is_flagged_with_pointers_into_both_documents()
    {
        // 衡山 2022 states 人民调解案件 917件 at year end; a June report of 950件 cannot be followed by fewer.
        var finding = Assert.Single(Findings(June(Progress("法治宣传场次", "6场", 6m, "场"), Progress("人民调解 案件", "950件", 950m, "件"))));

        Assert.Equal("人民调解案件", finding.Subject);
        Assert.Equal("950件", finding.MidYear);
        Assert.Equal("917件", finding.YearEnd);
        Assert.Equal("error", finding.Severity);
        Assert.Equal(["/indicatorTables/0/indicators/1/actual"], finding.ReportPointers);
        Assert.Equal(["/indicators/1/progress"], finding.MonitoringPointers);
    }

    [Fact]
    public void Counts_that_grew_rates_and_other_units_are_not_compared()
    {
        var findings = Findings(June(
            Progress("人民调解案件", "420件", 420m, "件"),
            Progress("群众满意率", "95%", 95m, "%"),
            Progress("法律援助案件", "0.06万件", 0.06m, "万件"),
            Progress("法治宣传场次", "14场", 14m, "场")));

        Assert.Empty(findings);
    }
}
