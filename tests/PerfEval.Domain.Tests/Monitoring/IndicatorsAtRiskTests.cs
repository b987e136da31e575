using PerfEval.Domain.Declarations;
using PerfEval.Domain.Monitoring;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Tests.Monitoring;

public sealed class IndicatorsAtRiskTests
{
    private const decimal Half = 0.5m;

    private static DeclaredIndicator Declared(string level3, string text, string op, decimal value, string unit) => new()
    {
        Level1 = "产出指标",
        Level2 = "数量指标",
        Level3 = level3,
        Target = new StatedValue { Text = text, Operator = op, Value = value, Unit = unit },
        Weight = 10m,
    };

    private static readonly DeclarationDocument Declaration = new()
    {
        SchemaVersion = "1.0",
        FiscalYear = 2025,
        TargetSets =
        [
            new TargetSet
            {
                Subject = TargetSubjects.Department,
                Indicators =
                [
                    Declared("人民调解案件", "1000件", "=", 1000m, "件"),
                    Declared("群众满意度", "≥90%", ">=", 90m, "%"),
                    Declared("办案成本", "≤50万元", "<=", 50m, "万元"),
                    Declared("法律援助案件", "200件", "=", 200m, "件"),
                ],
            },
        ],
    };

    private static MonitoringDocument Period(params IndicatorProgress[] indicators) => new()
    {
        SchemaVersion = "1.0",
        FiscalYear = 2025,
        Period = "06",
        FullYearBudget = new Money { Value = 1000m, Unit = MoneyUnits.TenThousandYuan },
        Executed = new Money { Value = 300m, Unit = MoneyUnits.TenThousandYuan },
        Indicators = indicators,
    };

    private static IndicatorProgress Progress(string level3, string text, bool? atRisk = null) =>
        new() { Level3 = level3, Progress = new StatedValue { Text = text }, AtRisk = atRisk };

    [Fact]
    public void A_cumulative_count_below_its_time_share_of_the_target_is_behind_with_pointers_into_both_documents()
    {
        var risk = Assert.Single(IndicatorsAtRisk.Assess(Period(Progress("人民调解案件", "420件")), Declaration, Half), r => r.Level3 == "人民调解案件");

        Assert.Equal(IndicatorRiskStatus.Behind, risk.Status);
        Assert.True(risk.AtRisk);
        Assert.Equal(500m, risk.Expected);
        Assert.Equal("/indicators/0", risk.MonitoringPointer);
        Assert.Equal("/targetSets/0/indicators/0/target", risk.DeclarationPointer);
    }

    [Fact]
    public void A_count_at_its_time_share_is_on_track_and_a_rate_is_compared_as_a_level()
    {
        var risks = IndicatorsAtRisk.Assess(Period(Progress("人民调解案件", "500件"), Progress("群众满意度", "85%")), Declaration, Half);

        Assert.Equal(IndicatorRiskStatus.OnTrack, risks.Single(r => r.Level3 == "人民调解案件").Status);
        var rate = risks.Single(r => r.Level3 == "群众满意度");
        Assert.Equal(IndicatorRiskStatus.Behind, rate.Status);
        Assert.Equal(90m, rate.Expected);
    }

    [Fact]
    public void A_ceiling_already_exceeded_is_at_risk()
    {
        var risk = IndicatorsAtRisk.Assess(Period(Progress("办案成本", "55万元")), Declaration, Half).Single(r => r.Level3 == "办案成本");

        Assert.Equal(IndicatorRiskStatus.CeilingExceeded, risk.Status);
        Assert.True(risk.AtRisk);
    }

    [Fact]
    public void The_agencys_own_flag_always_counts_and_words_or_other_units_are_not_compared()
    {
        var risks = IndicatorsAtRisk.Assess(Period(Progress("人民调解案件", "900件", atRisk: true), Progress("法律援助案件", "进展顺利"), Progress("群众满意度", "85分")),
            Declaration, Half);

        Assert.Equal(IndicatorRiskStatus.Flagged, risks.Single(r => r.Level3 == "人民调解案件").Status);
        Assert.Equal(IndicatorRiskStatus.NotComparable, risks.Single(r => r.Level3 == "法律援助案件").Status);
        Assert.Equal(IndicatorRiskStatus.NotComparable, risks.Single(r => r.Level3 == "群众满意度").Status);
        Assert.Equal(1, IndicatorsAtRisk.CountAtRisk(risks));
    }

    [Fact]
    public void Declared_indicators_not_reported_are_listed_but_not_counted_and_undeclared_ones_count_only_when_flagged()
    {
        var risks = IndicatorsAtRisk.Assess(Period(Progress("新增指标", "3项"), Progress("另一个新增指标", "1项", atRisk: true)), Declaration, Half);

        Assert.Equal(4, risks.Count(r => r.Status == IndicatorRiskStatus.NotReported));
        Assert.Equal(IndicatorRiskStatus.Undeclared, risks.Single(r => r.Level3 == "新增指标").Status);
        Assert.Equal(1, IndicatorsAtRisk.CountAtRisk(risks));
    }

    [Fact]
    public void Without_a_declaration_only_the_agencys_flags_count()
    {
        var risks = IndicatorsAtRisk.Assess(Period(Progress("人民调解案件", "1件"), Progress("法律援助案件", "1件", atRisk: true)), null, Half);

        Assert.Equal(1, IndicatorsAtRisk.CountAtRisk(risks));
        Assert.Equal(IndicatorRiskStatus.Undeclared, risks[0].Status);
    }

    [Fact]
    public void Without_the_share_of_the_year_a_cumulative_count_is_not_compared()
    {
        var risk = IndicatorsAtRisk.Assess(Period(Progress("人民调解案件", "1件")), Declaration, null).Single(r => r.Level3 == "人民调解案件");

        Assert.Equal(IndicatorRiskStatus.NotComparable, risk.Status);
        Assert.False(risk.AtRisk);
    }
}
