using PerfEval.Api.Http;
using PerfEval.Application.Dashboards;

namespace PerfEval.Api.Endpoints;

/// <summary>The dashboards as CSV tables (headers in Chinese, keys as in the JSON).</summary>
public static class DashboardCsv
{
    public static CsvTable Summary(RegionSummary s)
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            Row("数据截至", "dataAsOf", s.DataAsOf),
            Row("单位年度数", "agencyYears", s.AgencyYears),
            Row("报告数", "reports", s.Reports),
        };
        rows.AddRange(s.WorkflowStates.Select(c => Row("流程状态", c.Key, c.Count)));
        rows.AddRange(s.PublicationStatuses.Select(c => Row("公开状态", c.Key, c.Count)));
        rows.AddRange(Stats("计算得分", s.Scores));
        rows.AddRange(s.Grades.Select(c => Row("等级", c.Key, c.Count)));
        rows.AddRange(Stats("自评分减计算得分", s.ScoreInflation.Difference));
        rows.Add(Row("自评分高于计算得分", "inflated", s.ScoreInflation.Inflated));
        rows.Add(Row("自评分低于计算得分", "deflated", s.ScoreInflation.Deflated));
        rows.AddRange(s.ScoreInflation.Bands.Select(b => Row("自评分减计算得分区间", $"[{b.From},{b.To})", b.Count)));
        rows.Add(Row("问题", "errors", s.Findings.Errors));
        rows.Add(Row("问题", "warnings", s.Findings.Warnings));
        rows.Add(Row("问题", "infos", s.Findings.Infos));
        rows.AddRange(s.Findings.MostFrequent.Select(r => Row("常见问题规则", r.RuleId, r.Findings)));
        rows.AddRange(s.Overdue.Select(o => Row("逾期未公开", o.AgencyId, o.AgencyName)));
        rows.Add(Row("已对照申报目标", "targetChanges.checked", s.TargetChanges.Checked));
        rows.Add(Row("自评改动申报目标", "targetChanges.withChanges", s.TargetChanges.WithChanges));
        rows.Add(Row("降低目标值 (PE-DCL-001)", "targetChanges.lowered", s.TargetChanges.Lowered));
        rows.Add(Row("删去申报指标 (PE-DCL-004)", "targetChanges.dropped", s.TargetChanges.Dropped));
        rows.Add(Row("新增未申报指标 (PE-DCL-005)", "targetChanges.added", s.TargetChanges.Added));
        rows.Add(Row("改动分值 (PE-DCL-006)", "targetChanges.weightMoved", s.TargetChanges.WeightMoved));
        rows.Add(Row("其他目标改动", "targetChanges.other", s.TargetChanges.Other));
        return new CsvTable(["项目", "键", "数值"], rows);
    }

    public static CsvTable Rankings(Rankings r) =>
        new(["排名", "单位ID", "单位名称", "区划代码", "行业", r.Metric, "区域内百分位", "同行业单位数", "同行业百分位"],
            r.Items.Select(i => (IReadOnlyList<object?>)[i.Rank, i.AgencyId, i.AgencyName, i.RegionCode, i.Sector, i.Value, i.PercentileInRegion, i.PeerCohortSize, i.PercentileInPeerCohort]));

    public static CsvTable Timeseries(AgencyTimeseries t) =>
        new(["年度", "指标", "数值"], t.Years.SelectMany(y => new List<IReadOnlyList<object?>>
        {
            Row(y.FiscalYear, "version", y.Version),
            Row(y.FiscalYear, "workflowState", y.WorkflowState),
            Row(y.FiscalYear, "publicationStatus", y.PublicationStatus),
            Row(y.FiscalYear, "score", y.Score),
            Row(y.FiscalYear, "grade", y.Grade),
            Row(y.FiscalYear, "selfScore", y.SelfScore),
            Row(y.FiscalYear, "scoreDifference", y.ScoreDifference),
            Row(y.FiscalYear, "errors", y.Errors),
            Row(y.FiscalYear, "warnings", y.Warnings),
            Row(y.FiscalYear, "infos", y.Infos),
        }.Concat(y.Metrics.Select(m => Row(y.FiscalYear, m.Key, m.Value)))));

    private static IEnumerable<IReadOnlyList<object?>> Stats(string label, Distribution d) =>
    [
        Row(label, "count", d.Count), Row(label, "mean", d.Mean), Row(label, "min", d.Min), Row(label, "q1", d.Q1),
        Row(label, "median", d.Median), Row(label, "q3", d.Q3), Row(label, "max", d.Max),
    ];

    private static IReadOnlyList<object?> Row(object? a, object? b, object? c) => [a, b, c];
}
