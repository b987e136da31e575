using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Tests.Scoring;

public sealed class CommonIndicatorRuleTests
{
    private static ReportDocument Doc(Staffing? staffing = null, SanGong? sanGong = null) => new()
    {
        SchemaVersion = "1.0", Agency = new AgencyInfo { Name = "x" }, FiscalYear = 2023, Staffing = staffing, SanGong = sanGong,
    };

    [Theory]
    [InlineData(50, 50, 1)]
    [InlineData(45, 50, 1)]
    [InlineData(55, 50, 0)]
    [InlineData(101, 100, 0.9)]
    public void In_service_control_rate_full_marks_up_to_100_percent_then_minus_0_1_per_point(decimal inService, decimal quota, decimal score)
    {
        var result = ScoringEngine.Score(Doc(new Staffing { InService = new Quantity { Value = inService }, QuotaTotal = new Quantity { Value = quota } }), ScoringBuilders.DeptOverall);

        Assert.Equal(score, result.Items.Single(i => i.Indicator == "在职人员控制率").Score);
    }

    [Fact]
    public void San_gong_change_uses_the_prior_year_figures_stated_in_the_report()
    {
        var sanGong = new SanGong
        {
            Actual = new SanGongFigures { Total = new Money { Value = 9.55m } },
            PriorYearActual = new SanGongFigures { Total = new Money { Value = 10.77m } },
        };

        var item = ScoringEngine.Score(Doc(sanGong: sanGong), ScoringBuilders.DeptOverall).Items.Single(i => i.Indicator == "“三公经费”变动率");

        Assert.Equal("-11.33%", item.Actual);
        Assert.Equal(3m, item.Score);
    }

    [Fact]
    public void San_gong_increase_deducts_0_3_per_point()
    {
        var sanGong = new SanGong
        {
            Actual = new SanGongFigures { Total = new Money { Value = 11m } },
            PriorYearActual = new SanGongFigures { Total = new Money { Value = 10m } },
        };

        Assert.Equal(0m, ScoringEngine.Score(Doc(sanGong: sanGong), ScoringBuilders.DeptOverall).Items.Single(i => i.Indicator == "“三公经费”变动率").Score);
    }

    [Fact]
    public void A_zero_base_is_insufficient_never_a_division_by_zero()
    {
        var sanGong = new SanGong
        {
            Actual = new SanGongFigures { Total = new Money { Value = 1m } },
            PriorYearActual = new SanGongFigures { Total = new Money { Value = 0m } },
        };

        var result = ScoringEngine.Score(Doc(sanGong: sanGong), ScoringBuilders.DeptOverall);

        Assert.Contains(result.Insufficient, i => i.Indicator == "“三公经费”变动率" && i.Reason.Contains("undefined", StringComparison.Ordinal));
    }

    [Fact]
    public void Profiles_parse_from_json_and_cite_sources()
    {
        Assert.Equal(2, ScoringProfiles.All.Count);
        Assert.All(ScoringBuilders.DeptOverall.Indicators, rule => Assert.Contains("财预〔2013〕53号", rule.Source, StringComparison.Ordinal));
        Assert.Contains(ScoringBuilders.DeptOverall.Indicators, rule => !rule.WeightVerified);
        Assert.Throws<FormatException>(() => ScoringProfile.Parse("""{"id":"x","version":"1","kind":"magic","title":"t","grades":[{"grade":"优","min":90}]}"""));
    }
}
