using System.Text.Json.Nodes;
using PerfEval.Domain.DocumentImport;

namespace PerfEval.Domain.Tests.DocumentImport;

/// <summary>
/// One row per project rule (<see cref="PhraseCatalogue.ProjectRules"/>): the seed project line, under the heading it was
/// read under, fills the rule's pointer of the project the line names, with the value and unit as written.
/// </summary>
public sealed class ProjectLineRulesTests
{
    private const string Heading = "（二）专项资金支出绩效情况";

    public static TheoryData<string, string, string, string> Rows() => new()
    {
        // rule, paragraph, pointer, value
        { "projectCarryIn", "一是公共法律服务工作经费，上年结余结转0.16万元,年初预算资金71.00万元，年中执行调减20.76万元，实际支出50.24万元，结余结转0.16万元。", "/projects/0/carryIn", "0.16" },
        { "projectLineInitialBudget", "三是智慧矫正建设年初预算67.2万元，年中执行调减62.92万元，实际支出4.28万元，结余结转0.00万元。", "/projects/0/initialBudget", "67.2" },
        { "projectAdjustmentIncrease", "二是公车经费，年初预算资金3.00万元，年中执行调增1.35万元，实际支出4.35万元，结余结转0.00万元。", "/projects/0/adjustmentIncrease", "1.35" },
        { "projectAdjustmentDecrease", "一是公共法律服务工作经费，上年结余结转0.16万元,年初预算资金71.00万元，年中执行调减20.76万元，实际支出50.24万元，结余结转0.16万元。", "/projects/0/adjustmentDecrease", "20.76" },
        { "projectExecuted", "另外，上级专项实际支出102.44万元，为上级指标，不在年初预算中体现。", "/projects/0/executed", "102.44" },
        { "projectSpent", "2.公车经费项目支出3.00万元；", "/projects/0/executed", "3.00" },
        { "projectCarryOut", "二是公车经费，年初预算资金3.00万元，年中执行调增1.35万元，实际支出4.35万元，结余结转0.00万元。", "/projects/0/carryOut", "0.00" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_seed_line_fills_the_projects_pointer(string rule, string paragraph, string pointer, string value)
    {
        var result = Extract(Heading, paragraph);

        var filled = new DraftBuilder(result.Draft).Get(pointer);
        Assert.True(filled is not null, $"{rule}: {pointer} is not filled");
        Assert.Equal((decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "万元"), (filled["value"]!.GetValue<decimal>(), filled["unit"]!.GetValue<string>()));
        var source = Assert.Single(result.Provenance, p => p.Pointer == pointer);
        Assert.Equal(rule, source.Rule);
        Assert.Equal(value, source.Number);
    }

    [Fact]
    public void Every_project_rule_has_a_row_and_cites_its_seed_phrasing()
    {
        var tested = Rows().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(PhraseCatalogue.ProjectRules, rule =>
        {
            Assert.Contains(rule.Name, tested);
            Assert.False(string.IsNullOrWhiteSpace(rule.Seed));
        });
    }

    [Fact]
    public void A_project_named_again_is_the_same_project_and_its_actual_spending_keeps_the_looser_figure_as_a_restatement()
    {
        var result = Extract("（2） 项目支出情况", "3.智慧矫正项目支出67.20万元。", Heading, "三是智慧矫正建设年初预算67.2万元，年中执行调减62.92万元，实际支出4.28万元，结余结转0.00万元。");

        var project = Assert.Single(result.Draft["projects"]!.AsArray())!;
        Assert.Equal("智慧矫正建设", project["name"]!.GetValue<string>());
        Assert.Equal((4.28m, 67.20m), (project["executed"]!["value"]!.GetValue<decimal>(), project["executed"]!["restatements"]![0]!["value"]!.GetValue<decimal>()));
        Assert.Contains(result.Provenance, p => p.Pointer == "/projects/0/executed/restatements/0" && p.Number == "67.20");
        Assert.Contains(result.Warnings, w => w.Code == "statedTwice" && w.Pointer == "/projects/0/executed");
    }

    [Fact]
    public void A_numbered_line_outside_a_project_part_is_not_a_project()
    {
        var result = Extract("（一）部门整体支出绩效情况", "1.强化基层基础工作，维护社会和谐稳定，实际支出50.24万元。");

        Assert.Null(result.Draft["projects"]);
    }

    [Fact]
    public void Lines_after_a_project_total_ending_in_qizhong_are_projects()
    {
        var result = Extract("(二)资金使用及绩效情况", "项目支出265.58万元（含县级财政配套资金）其中：", "(1)一般行政管理事务开支80.35万元，主要用于被装购置。", "(2)其他司法支出开支53.88万元，主要用于法律援助办案补贴。");

        var projects = result.Draft["projects"]!.AsArray();
        Assert.Equal(["一般行政管理事务", "其他司法支出"], projects.Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal(53.88m, projects[1]!["executed"]!["value"]!.GetValue<decimal>());
    }

    private static ExtractionResult Extract(params string[] paragraphs) =>
        DocumentExtractor.Extract(paragraphs.Select((text, i) => new SourceParagraph(i + 1, null, text)).ToList(), new ImportContext("测试单位", null, 2024));
}
