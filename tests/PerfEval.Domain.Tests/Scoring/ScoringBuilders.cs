using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Tests.Scoring;

internal static class ScoringBuilders
{
    public static ScoringProfile SelfEval => ScoringProfiles.Find("cn-mof-2020-selfeval")!;
    public static ScoringProfile DeptOverall => ScoringProfiles.Find("cn-mof-2013-dept-overall")!;

    public static Indicator Row(string level1, string name, string? target, string? actual, decimal? weight, decimal? score) => new()
    {
        Level1 = level1,
        Level2 = "数量指标",
        Level3 = name,
        Target = target is null ? null : new StatedValue { Text = target },
        Actual = actual is null ? null : new StatedValue { Text = actual },
        Weight = weight,
        Score = score,
    };

    public static ReportDocument Table(decimal? executed, decimal? fullYear, params Indicator[] rows) => new()
    {
        SchemaVersion = "1.0",
        Agency = new AgencyInfo { Name = "测试单位" },
        FiscalYear = 2022,
        IndicatorTables =
        [
            new IndicatorTable
            {
                BudgetExecution = new BudgetExecutionRow
                {
                    Executed = executed is null ? null : new Money { Value = executed },
                    FullYearBudget = fullYear is null ? null : new Money { Value = fullYear },
                    Weight = 10,
                },
                Indicators = rows,
            },
        ],
    };

    public static ScoreItem Item(ScoreResult result, string name) => result.Items.Single(i => i.Indicator == name);
}
