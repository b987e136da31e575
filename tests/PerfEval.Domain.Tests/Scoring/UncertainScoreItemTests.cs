using PerfEval.Domain.Audit;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Audit;

namespace PerfEval.Domain.Tests.Scoring;

/// <summary>A score computed from a figure the audit flags as a slip or a contradiction says so instead of scoring silently.</summary>
public sealed class UncertainScoreItemTests
{
    [Fact]
    public void Hengshan_execution_rate_rests_on_a_contradicted_funds_total()
    {
        var document = Fixtures.Report("hengshan-2022");
        var findings = AuditEngine.Run(document).Findings;

        var result = ScoringEngine.Score(document, ScoringBuilders.SelfEval, findings);

        var execution = result.Items.Single(i => i.Method == ScoreMethods.BudgetExecution);
        Assert.True(execution.Uncertain);
        Assert.Equal(["PE-ID-008@/indicatorTables/0/budgetExecution/fullYearBudget/value", "PE-ID-008@/indicatorTables/0/budgetExecution/executed/value"],
            execution.UncertainFindings);
        Assert.All(result.Items.Where(i => i != execution), i => Assert.False(i.Uncertain));
        Assert.Equal(ScoringEngine.Score(document, ScoringBuilders.SelfEval).Total, result.Total);
    }

    [Fact]
    public void Hengshan_san_gong_indicators_rest_on_a_unit_slip()
    {
        var document = Fixtures.Report("hengshan-2022");
        var profile = ScoringProfiles.All.Single(p => p.Kind == ProfileKinds.CommonIndicators);

        var result = ScoringEngine.Score(document, profile, AuditEngine.Run(document).Findings);

        var sanGong = result.Items.Where(i => i.UncertainFindings?.Contains("PE-UNIT-001@/sanGong/actual/total/value") == true).ToList();
        Assert.NotEmpty(sanGong);
        Assert.All(sanGong, i => Assert.True(i.Uncertain));
    }

    [Fact]
    public void Without_findings_nothing_is_uncertain()
    {
        var document = SyntheticReport.Clean();

        var result = ScoringEngine.Score(document, ScoringBuilders.SelfEval, AuditEngine.Run(document).Findings);

        Assert.All(result.Items, i => Assert.False(i.Uncertain));
        Assert.Equal(ScoringEngine.Score(document, ScoringBuilders.SelfEval).Total, result.Total);
    }
}
