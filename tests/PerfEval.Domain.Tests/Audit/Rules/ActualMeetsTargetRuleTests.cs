using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class ActualMeetsTargetRuleTests
{
    private static readonly IAuditRule Rule = new ActualMeetsTargetRule();

    private static Finding Single(params (string Pointer, JsonNode? Value)[] changes) =>
        Assert.Single(SyntheticReport.Findings(Rule, SyntheticReport.With(changes)));

    private static JsonNode Text(string text) => JsonValue.Create(text);

    [Fact]
    public void Passes_when_every_actual_meets_its_target()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void A_missed_row_that_scores_full_marks_is_a_warning_with_the_gap_and_the_score_as_evidence()
    {
        var finding = Single(("/indicatorTables/0/indicators/1/actual/text", Text("85%")));

        Assert.Equal(Severities.Warning, finding.Severity);
        Assert.Equal(["/indicatorTables/0/indicators/1/actual/text", "/indicatorTables/0/indicators/1/target/text", "/indicatorTables/0/indicators/1/score"], finding.Pointers);
        Assert.Equal(90m, finding.Expected);
        Assert.Equal(85m, finding.Actual);
        Assert.Contains("差 5%", finding.MessageZh);
        Assert.Contains("满分", finding.MessageZh);
    }

    [Fact]
    public void A_missed_row_scored_below_full_marks_is_an_info()
    {
        var finding = Single(("/indicatorTables/0/indicators/0/actual/text", Text("3场")), ("/indicatorTables/0/indicators/0/score", JsonValue.Create(12.5m)));

        Assert.Equal(Severities.Info, finding.Severity);
        Assert.Contains("完成 50%", finding.MessageZh);
    }

    [Fact]
    public void The_table_saying_every_target_was_met_makes_a_miss_a_warning()
    {
        var finding = Single(("/indicatorTables/0/indicators/0/actual/text", Text("3场")), ("/indicatorTables/0/indicators/0/score", JsonValue.Create(12.5m)),
            ("/indicatorTables/0/overallGoalActual", Text("完成绩效目标并全部达标。")));

        Assert.Equal(Severities.Warning, finding.Severity);
        Assert.Equal("/indicatorTables/0/overallGoalActual", finding.Pointers[^1]);
    }

    [Fact]
    public void A_negative_target_is_missed_when_the_actual_is_above_it()
    {
        var finding = Single(("/performanceGoals/0/indicators/1/actual/text", Text("20%")));

        Assert.Equal("/performanceGoals/0/indicators/1/actual/text", finding.Pointers[0]);
        Assert.Contains("超出 5%", finding.MessageZh);
        Assert.Equal(Severities.Warning, finding.Severity);
        Assert.Equal("/performanceGoals/0/achievement", finding.Pointers[^1]);
    }

    [Fact]
    public void A_goal_whose_achievement_admits_the_miss_is_an_info()
    {
        var finding = Single(("/performanceGoals/0/indicators/0/actual/text", Text("150件")), ("/performanceGoals/0/achievement", Text("部分完成")));

        Assert.Equal(Severities.Info, finding.Severity);
        Assert.Equal(50m, SafeMath.Subtract(finding.Expected!.Value, finding.Actual!.Value));
    }

    [Fact]
    public void A_target_written_in_words_is_read_from_the_number_stated_with_it()
    {
        var finding = Single(("/performanceGoals/0/indicators/2/actual/text", Text("98%")));

        Assert.Equal("/performanceGoals/0/indicators/2/target/value", finding.Pointers[1]);
    }

    [Theory]
    [InlineData("≥80%")]   // may still be 95%
    [InlineData("有所提升")]
    [InlineData("85件")]   // another unit
    public void Says_nothing_when_the_miss_is_not_certain(string actual)
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.With("/indicatorTables/0/indicators/1/actual/text", Text(actual))));
    }

    [Theory]
    [InlineData("≥90%", "≤85%", true)]
    [InlineData("≥90%", "<90%", true)]
    [InlineData("≥90%", "≤90%", false)]
    [InlineData(">90%", "90%", true)]
    [InlineData("≥90%", "90%", false)]
    [InlineData("≤15%", "≥16%", true)]
    [InlineData("≤15%", ">15%", true)]
    [InlineData("≤15%", "15%", false)]
    [InlineData("<15%", "15%", true)]
    [InlineData("≤15%", "≤20%", false)]
    public void A_miss_is_found_only_when_every_value_the_actual_allows_misses(string target, string actual, bool missed)
    {
        var document = SyntheticReport.With(("/indicatorTables/0/indicators/1/target/text", Text(target)), ("/indicatorTables/0/indicators/1/actual/text", Text(actual)));

        Assert.Equal(missed, SyntheticReport.Findings(Rule, document).Count == 1);
    }

    [Fact]
    public void An_output_stated_as_a_target_is_compared_with_the_achievement_of_the_same_key()
    {
        var finding = Single(("/outputs/14/value", JsonValue.Create(20)));

        Assert.Equal(["/outputs/13/value", "/outputs/14/value"], finding.Pointers);
        Assert.Equal(Severities.Info, finding.Severity);
    }

    [Fact]
    public void An_output_that_claims_the_target_was_exceeded_while_missing_it_is_a_warning()
    {
        var finding = Single(("/outputs/14/value", JsonValue.Create(20)), ("/outputs/13/text", Text("超额完成全年任务")));

        Assert.Equal(Severities.Warning, finding.Severity);
    }

    [Fact]
    public void Approximate_outputs_are_not_compared()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.With(("/outputs/14/value", JsonValue.Create(20)), ("/outputs/13/qualifier", Text("approx")))));
    }

    [Fact]
    public void Extreme_values_do_not_throw()
    {
        var finding = Assert.Single(SyntheticReport.Findings(Rule, SyntheticReport.WithoutValidation(
            ("/outputs/14/value", JsonValue.Create(decimal.MaxValue)), ("/outputs/13/value", JsonValue.Create(decimal.MinValue)))));

        Assert.Equal(decimal.MaxValue, finding.Expected);
    }

    [Fact]
    public void The_source_reports_meet_the_targets_they_state()
    {
        // 衡山's 自评表 (6场 → 14场 …) and 芦淞's 法援 targets (612 ≥ 550, 669 ≥ 400) are all met.
        Assert.All(Fixtures.ReportNames, name => Assert.Empty(SyntheticReport.Findings(Rule, Fixtures.Report(name))));
    }

    [Fact]
    public void Lusong_missing_its_legal_aid_target_would_be_found_in_its_own_section()
    {
        var report = Fixtures.Report("lusong-2024");
        var outputs = report.Outputs!.ToList();
        outputs[18] = outputs[18] with { Value = 500 };

        var finding = Assert.Single(SyntheticReport.Findings(Rule, report with { Outputs = outputs }));
        Assert.Equal(["/outputs/18/value", "/outputs/19/value"], finding.Pointers);
        Assert.Equal(550m, finding.Expected);
    }

    [Fact]
    public void Twenty_thousand_targets_are_paired_with_their_achievements()
    {
        // 20,000 targets and 20,000 achievements of one key, one pair per section. A pairwise search would take minutes here
        // (no time is asserted: the suite's own duration would show it).
        var outputs = Enumerable.Range(0, 20_000).SelectMany(i => new[]
        {
            new Domain.Reports.Metric { Key = "cases", Value = i == 7 ? 5 : 10, Unit = "件", Section = $"§{i}" },
            new Domain.Reports.Metric { Key = "cases", Value = 9, Unit = "件", Section = $"§{i}", IsTarget = true },
        }).ToList();
        var document = SyntheticReport.Clean() with { Outputs = outputs };
        var finding = Assert.Single(SyntheticReport.Findings(Rule, document));

        Assert.Equal("/outputs/14/value", finding.Pointers[0]);
    }
}
