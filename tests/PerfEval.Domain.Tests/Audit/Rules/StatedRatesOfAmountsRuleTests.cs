using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class StatedRatesOfAmountsRuleTests
{
    private static readonly IAuditRule Rule = new StatedRatesOfAmountsRule();

    private static IReadOnlyList<Finding> Findings(params (string Pointer, JsonNode? Value)[] changes) =>
        SyntheticReport.Findings(Rule, SyntheticReport.With(changes));

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_the_asset_use_rate_is_not_in_use_over_original_value()
    {
        var finding = Assert.Single(Findings(("/assets/fixedAssetUseRate/value", JsonValue.Create(100))));

        Assert.Equal(["/assets/fixedAssetUseRate/value", "/assets/fixedAssetsInUse/value", "/assets/fixedAssetsOriginalValue/value"], finding.Pointers);
        Assert.Equal(Severities.Error, finding.Severity);
        Assert.Equal(96.05m, finding.Expected);
    }

    [Fact]
    public void A_coverage_that_fits_neither_total_nor_project_spending_is_a_warning()
    {
        var finding = Assert.Single(Findings(("/selfEvaluation/coverage/value", JsonValue.Create(80))));

        Assert.Equal(Severities.Warning, finding.Severity);
        Assert.Equal("/finance/final/expenditure/total/value", finding.Pointers[2]);
    }

    [Fact]
    public void A_coverage_taken_of_project_spending_passes()
    {
        Assert.Empty(Findings(("/selfEvaluation/coveredFunds/value", JsonValue.Create(250.00m))));
    }

    [Fact]
    public void Fires_when_the_sangong_change_rate_is_not_the_change_over_the_prior_year()
    {
        var finding = Assert.Single(Findings(("/sanGong/changeRateFromPriorYear/value", JsonValue.Create(-5))));

        Assert.Equal(["/sanGong/changeRateFromPriorYear/value", "/sanGong/actual/total/value", "/sanGong/priorYearActual/total/value"], finding.Pointers);
        Assert.Equal(-11.61m, finding.Expected);
        Assert.Contains("(2.74万元 − 3.10万元) / 3.10万元", finding.MessageZh);
    }

    [Fact]
    public void An_unsigned_fall_is_flagged()
    {
        Assert.Single(Findings(("/sanGong/changeRateFromPriorYear/value", JsonValue.Create(11.61m))));
    }

    [Fact]
    public void A_change_rate_of_the_budgets_passes_when_the_report_states_both_budgets()
    {
        var document = SyntheticReport.With(("/sanGong/changeRateFromPriorYear/value", JsonValue.Create(50)),
            ("/sanGong/priorYearBudget", JsonNode.Parse("""{ "total": { "value": 2.00 } }""")));

        Assert.Empty(SyntheticReport.Findings(Rule, document));
    }

    [Fact]
    public void A_fall_cut_off_rather_than_rounded_is_a_truncation_warning()
    {
        // (2 − 6) / 6 = −66.67 %: "−66.6" matches only when cut off.
        var finding = Assert.Single(Findings(("/sanGong/actual/total/value", JsonValue.Create(2)), ("/sanGong/priorYearActual/total/value", JsonValue.Create(6)),
            ("/sanGong/changeRateFromPriorYear/value", JsonValue.Create(-66.6m))));

        Assert.Equal(Severities.Warning, finding.Severity);
        Assert.Contains("截尾", finding.MessageZh);
    }

    [Fact]
    public void Extreme_amounts_do_not_throw()
    {
        SyntheticReport.Findings(Rule, SyntheticReport.WithoutValidation(("/sanGong/actual/total/value", JsonValue.Create(decimal.MaxValue)),
            ("/sanGong/priorYearActual/total/value", JsonValue.Create(0.0000001m)), ("/assets/fixedAssetsInUse/value", JsonValue.Create(decimal.MinValue))));
    }
}
