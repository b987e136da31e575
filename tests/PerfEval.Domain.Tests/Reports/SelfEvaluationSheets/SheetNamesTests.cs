using PerfEval.Domain.Reports;
using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Domain.Tests.Reports.SelfEvaluationSheets;

public sealed class SheetNamesTests
{
    [Fact]
    public void Sheets_are_named_after_their_projects_legal_and_unique()
    {
        IndicatorTable[] tables =
        [
            new() { ProjectName = "司法行政项目经费" },
            new() { ProjectName = "司法行政项目经费" },
            new() { ProjectName = "法律援助/调解 [2022]: 专项?" },
            new() { ProjectName = new string('长', 40) },
            new() { Subject = "department" },
            new(),
            new() { ProjectName = " */ " },
        ];

        Assert.Equal(
            ["司法行政项目经费", "司法行政项目经费(2)", "法律援助调解 2022 专项", new string('长', 31), "部门整体支出", "自评表", "自评表(2)"],
            SheetNames.For(tables));
    }

    [Fact]
    public void Names_never_split_a_surrogate_pair_nor_keep_characters_a_worksheet_cannot_hold()
    {
        IndicatorTable[] tables =
        [
            new() { ProjectName = new string('长', 30) + "😀尾" },
            new() { ProjectName = new string('长', 30) + "😀尾" },
            new() { ProjectName = "𠀀村\uFFFF项目\uD800" },
        ];

        var names = SheetNames.For(tables);

        Assert.Equal([new string('长', 30), new string('长', 28) + "(2)", "𠀀村项目"], names);
    }
}
