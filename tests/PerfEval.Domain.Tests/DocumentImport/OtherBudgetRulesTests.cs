using PerfEval.Domain.DocumentImport;

namespace PerfEval.Domain.Tests.DocumentImport;

/// <summary>One row per other-budget rule (<see cref="PhraseCatalogue.OtherBudgetRules"/>), and the sentence that names its budget.</summary>
public sealed class OtherBudgetRulesTests
{
    private const string Statement = " 2024年度政府性基金预算财政拨款收入0.00万元；年初结转和结余0.00万元；支出0.00万元，其中基本支出0.00万元，项目支出0.00万元；年末结转和结余0.00万元。具体情况如下：";

    public static TheoryData<string, string, string, string> Rows() => new()
    {
        // rule, paragraph, pointer, number as written
        { "otherBudgetRevenue", Statement, "/otherBudgets/governmentFund/revenue", "0.00" },
        { "otherBudgetCarryIn", Statement, "/otherBudgets/governmentFund/carryIn", "0.00" },
        { "otherBudgetBasic", Statement, "/otherBudgets/governmentFund/basic", "0.00" },
        { "otherBudgetProject", Statement, "/otherBudgets/governmentFund/project", "0.00" },
        { "otherBudgetExpenditure", Statement, "/otherBudgets/governmentFund/expenditure", "0.00" },
        { "otherBudgetCarryOut", Statement, "/otherBudgets/governmentFund/carryOut", "0.00" },
        { "otherBudgetItem", "年初预算为0.00万元，支出决算为0.00万元，由于预算数为0.00，无法计算百分比。", "/otherBudgets/governmentFund/items/1", "0.00" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_seed_statement_fills_the_rules_pointer_under_the_budget_its_heading_names(string rule, string paragraph, string pointer, string number)
    {
        var result = Extract("3、 政府性基金预算支出情况", paragraph);

        var filled = new DraftBuilder(result.Draft).Get(pointer);
        Assert.True(filled is not null, $"{rule}: {pointer} is not filled");
        Assert.Equal((0m, "万元"), (filled["value"]!.GetValue<decimal>(), filled["unit"]!.GetValue<string>()));
        var source = Assert.Single(result.Provenance, p => p.Pointer == pointer);
        Assert.Equal((rule, number), (source.Rule, source.Number));
    }

    [Fact]
    public void Every_other_budget_rule_has_a_row_and_cites_its_seed_phrasing()
    {
        var tested = Rows().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(PhraseCatalogue.OtherBudgetRules, rule =>
        {
            Assert.Contains(rule.Name, tested);
            Assert.False(string.IsNullOrWhiteSpace(rule.Seed));
        });
    }

    [Fact]
    public void Every_figure_of_a_sentence_that_opens_by_naming_the_budget_is_an_item_of_it()
    {
        var result = Extract("#### （一）总体绩效目标实现情况", "政府性基金预算项目 0 个，共涉及资金 0 万元，占政府性基金预算项目支出总额的 0%。");

        var items = result.Draft["otherBudgets"]!["governmentFund"]!["items"]!.AsArray();
        Assert.Equal([(0m, "个"), (0m, "万元"), (0m, "%")], items.Select(i => (i!["value"]!.GetValue<decimal>(), i["unit"]!.GetValue<string>())));
        Assert.Equal(3, result.Provenance.Count(p => p.Rule == "otherBudgetSentence"));
    }

    private static ExtractionResult Extract(params string[] paragraphs) =>
        DocumentExtractor.Extract(paragraphs.Select((text, i) => new SourceParagraph(i + 1, null, text)).ToList(), new ImportContext("测试单位", null, 2024));
}
