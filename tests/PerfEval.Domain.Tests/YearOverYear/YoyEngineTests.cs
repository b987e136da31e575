using PerfEval.Domain.Reports;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Domain.Tests.YearOverYear;

public sealed class YoyEngineTests
{
    private static ReportDocument Doc(int year, decimal? total, SanGong? sanGong = null, params Metric[] outputs) => new()
    {
        SchemaVersion = "1.0", Agency = new AgencyInfo { Name = "x" }, FiscalYear = year, SanGong = sanGong, Outputs = outputs,
        Finance = total is null ? null : new Finance { Final = new BudgetStatement { Expenditure = new ExpenditureLines { Total = new Money { Value = total } } } },
    };

    [Fact]
    public void Two_stored_years_give_absolute_and_percent_changes()
    {
        var result = YoyEngine.Compare(Doc(2023, 1250m), Doc(2022, 1000m), new YoyOptions());

        var item = result.Items.Single(i => i.MetricKey == "finance.final.expenditure.total");
        Assert.Equal(1000m, item.PreviousValue);
        Assert.Equal(250m, item.AbsoluteChange);
        Assert.Equal(25m, item.PercentChange);
        Assert.Equal("increase", item.Direction);
        Assert.Equal(YoySources.StoredReport, item.PreviousSource);
        Assert.True(item.Flagged);
    }

    [Fact]
    public void Lingling_prior_year_san_gong_stated_in_the_report_is_used()
    {
        var lingling = new SanGong
        {
            Actual = new SanGongFigures { Total = new Money { Value = 9.55m } },
            PriorYearActual = new SanGongFigures { Total = new Money { Value = 10.77m } },
            ChangeFromPriorYear = new Money { Value = -1.22m },
        };

        var item = YoyEngine.Compare(Doc(2023, null, lingling), null, new YoyOptions()).Items.Single(i => i.MetricKey == "sanGong.actual.total");

        Assert.Equal(YoySources.StatedInReport, item.PreviousSource);
        Assert.Equal(-1.22m, item.AbsoluteChange);
        Assert.Equal(-11.33m, item.PercentChange);
        Assert.Equal("decrease", item.Direction);
    }

    [Fact]
    public void When_stored_and_stated_prior_figures_differ_both_are_shown_and_flagged()
    {
        var current = new SanGong { Actual = new SanGongFigures { Total = new Money { Value = 9.55m } }, PriorYearActual = new SanGongFigures { Total = new Money { Value = 10.77m } } };
        var previous = new SanGong { Actual = new SanGongFigures { Total = new Money { Value = 10.70m } } };

        var item = YoyEngine.Compare(Doc(2023, null, current), Doc(2022, null, previous), new YoyOptions()).Items.Single(i => i.MetricKey == "sanGong.actual.total");

        Assert.Equal(YoySources.Both, item.PreviousSource);
        Assert.Equal(10.70m, item.StoredPreviousValue);
        Assert.Equal(10.77m, item.StatedPreviousValue);
        Assert.True(item.SourcesDisagree);
        Assert.True(item.Flagged);
    }

    [Fact]
    public void A_zero_base_gives_no_percentage_and_says_so()
    {
        var item = YoyEngine.Compare(Doc(2023, 5m), Doc(2022, 0m), new YoyOptions()).Items.Single(i => i.MetricKey == "finance.final.expenditure.total");

        Assert.Null(item.PercentChange);
        Assert.Equal(5m, item.AbsoluteChange);
        Assert.Contains("base is 0", item.PercentChangeNote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(110, 100, false)]
    [InlineData(121, 100, true)]
    [InlineData(79, 100, true)]
    public void Changes_beyond_the_threshold_are_flagged(decimal now, decimal before, bool flagged)
    {
        var item = YoyEngine.Compare(Doc(2023, now), Doc(2022, before), new YoyOptions { DefaultThresholdPercent = 20m }).Items.Single(i => i.MetricKey == "finance.final.expenditure.total");

        Assert.Equal(flagged, item.Flagged);
    }

    [Fact]
    public void Percent_changes_round_half_up_to_two_decimals_and_money_is_compared_in_wan_yuan()
    {
        var now = Doc(2023, null, new SanGong { Actual = new SanGongFigures { Total = new Money { Value = 2.05m } }, PriorYearActual = new SanGongFigures { Total = new Money { Value = 20800m, Unit = "元" } } });

        var item = YoyEngine.Compare(now, null, new YoyOptions()).Items.Single(i => i.MetricKey == "sanGong.actual.total");

        Assert.Equal(-1.44m, item.PercentChange);
        Assert.Equal("万元", item.Unit);
    }

    [Fact]
    public void Outputs_and_scores_are_compared_by_key_and_scope()
    {
        var current = Doc(2023, null, null, new Metric { Key = "mediationCases", Value = 1449, Unit = "件", Scope = "全区" });
        var previous = Doc(2022, null, null, new Metric { Key = "mediationCases", Value = 1000, Unit = "件", Scope = "全区" });

        var result = YoyEngine.Compare(current, previous, new YoyOptions(),
            new Dictionary<string, decimal?> { ["p"] = 90m }, new Dictionary<string, decimal?> { ["p"] = 95m });

        Assert.Equal(44.9m, result.Items.Single(i => i.MetricKey == "outputs.mediationCases@全区").PercentChange);
        Assert.Equal(-5m, result.Items.Single(i => i.MetricKey == "score.p").AbsoluteChange);
    }

    [Fact]
    public void Common_indicators_are_compared_too()
    {
        static ReportDocument WithStaff(int year, decimal inService) => Doc(year, null) with
        {
            Staffing = new Staffing { InService = new Quantity { Value = inService }, QuotaTotal = new Quantity { Value = 50 } },
        };

        var item = YoyEngine.Compare(WithStaff(2023, 45), WithStaff(2022, 40), new YoyOptions()).Items.Single(i => i.MetricKey == "indicators.inServiceControlRate");

        Assert.Equal(90m, item.Value);
        Assert.Equal(80m, item.PreviousValue);
        Assert.Equal(12.5m, item.PercentChange);
    }
}
