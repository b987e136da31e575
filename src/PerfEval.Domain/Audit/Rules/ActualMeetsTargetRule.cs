using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>
/// Where the report states both a target and an actual (自评表 年度指标值/实际完成值, 绩效目标 indicators, an output
/// stated as a target and as an achievement), an actual that misses its target is shown with the gap. Missing a target
/// is not a contradiction; claiming it was met (full marks, "全部完成") while the report's own figures miss it is.
/// </summary>
public sealed class ActualMeetsTargetRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-TGT-001", "实际完成值未达到目标值", "An actual value misses its stated target",
        RuleCategories.Target, Severities.Info,
        "Positive targets (≥, >, or a bare value) need actual ≥ target; negative targets (≤, <) need actual ≤ target. Gap = target − actual (positive) or actual − target (negative), completion = actual / target × 100",
        "Exact, and only when the miss is certain: an actual written as a bound (\"≥80%\") that may still meet the target, values in different units, 约/approximate values and words (\"有所提升\") are not compared. " +
        "Info; a warning when the report claims the target was met: the row scores full marks (得分 = 分值), or its 完成情况 says 全部完成/达标",
        "财预〔2020〕10号《项目支出绩效评价管理办法》: '未完成指标值的，按照完成值与指标值的比例记分'; the 正向/反向指标 formulas printed on the 项目支出绩效自评表");

    private static readonly string[] ClaimWords = ["全部完成", "均已完成", "全面完成", "圆满完成", "超额完成", "全部达标", "均已达标", "均达标", "完成绩效目标", "完成年度目标", "达到预期目标", "达到年度目标", "完成指标任务", "完成全年任务"];
    private static readonly string[] DenialWords = ["未完成", "未达", "未能", "部分", "基本完成", "尚未"];

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        foreach (var (table, t) in (document.IndicatorTables ?? []).Select((table, t) => (table, t)))
        {
            var tableClaim = Claim(table.OverallGoalActual, $"/indicatorTables/{t}/overallGoalActual");
            foreach (var (row, i) in (table.Indicators ?? []).Select((row, i) => (row, i)))
            {
                var p = $"/indicatorTables/{t}/indicators/{i}";
                var fullMarks = row is { Score: { } score, Weight: > 0 and var weight } && score >= weight
                    ? ($"该项得分 {score} 为满分 {weight}", $"the row scores full marks ({score} of {weight})", p + "/score") : ((string, string, string)?)null;
                if (Miss(row.Level3 ?? row.Level2 ?? row.Level1, Stated(row.Target, p + "/target"), Stated(row.Actual, p + "/actual"), fullMarks ?? tableClaim, context) is { } finding)
                    yield return finding;
            }
        }
        foreach (var (goal, g) in (document.PerformanceGoals ?? []).Select((goal, g) => (goal, g)))
        {
            var claim = Claim(goal.Achievement, $"/performanceGoals/{g}/achievement");
            foreach (var (indicator, i) in (goal.Indicators ?? []).Select((indicator, i) => (indicator, i)))
            {
                var p = $"/performanceGoals/{g}/indicators/{i}";
                if (Miss(indicator.Name, Stated(indicator.Target, p + "/target"), Stated(indicator.Actual, p + "/actual"), claim, context) is { } finding)
                    yield return finding;
            }
        }
        foreach (var finding in Outputs(document, context)) yield return finding;
    }

    /// <summary>Each output stated as a target against the one achievement of the same key and scope in its section,
    /// else the only one of that key and scope. Achievements are indexed once, so this stays linear in the outputs.</summary>
    private IEnumerable<Finding> Outputs(ReportDocument document, AuditContext context)
    {
        var outputs = (document.Outputs ?? []).Select((m, i) => (Metric: m, Pointer: $"/outputs/{i}")).ToList();
        var bySection = new Dictionary<(string, string, string), (int Count, (Metric Metric, string Pointer) Only)>();
        var byScope = new Dictionary<(string, string), (int Count, (Metric Metric, string Pointer) Only)>();
        foreach (var o in outputs.Where(o => o.Metric.IsTarget != true))
        {
            var scope = (o.Metric.Key, o.Metric.Scope ?? "");
            byScope[scope] = (byScope.GetValueOrDefault(scope).Count + 1, o);
            var section = (o.Metric.Key, o.Metric.Scope ?? "", o.Metric.Section ?? "");
            bySection[section] = (bySection.GetValueOrDefault(section).Count + 1, o);
        }
        foreach (var (target, pointer) in outputs.Where(o => o.Metric.IsTarget == true))
        {
            (Metric Metric, string Pointer)? actual =
                bySection.TryGetValue((target.Key, target.Scope ?? "", target.Section ?? ""), out var inSection) && inSection.Count == 1 ? inSection.Only
                : byScope.TryGetValue((target.Key, target.Scope ?? ""), out var inScope) && inScope.Count == 1 ? inScope.Only : null;
            if (actual is not { } a) continue;
            var claim = Claim(a.Metric.Text, a.Pointer + "/text") ?? Claim(target.Text, pointer + "/text");
            if (Miss(target.Label ?? target.Key, Counted(target, pointer), Counted(a.Metric, a.Pointer), claim, context) is { } finding)
                yield return finding;
        }
    }

    /// <summary>A stated bound: operator, number, unit, what was written and where.</summary>
    private sealed record Bound(string Operator, decimal Value, string? Unit, string Written, string Pointer);

    /// <summary>The text parsed as written ("≥90%", "20个课时以上"); when it does not parse ("百分之百"), the number stated with it.</summary>
    private static Bound? Stated(StatedValue? stated, string pointer)
    {
        if (stated is null) return null;
        var parsed = TargetParser.Parse(stated.Text);
        if (parsed is { Parsed: true, Operator: { } op, Value: { } value }) return new(op, value, parsed.Unit, stated.Text, pointer + "/text");
        return stated.Value is { } number ? new(stated.Operator ?? "=", number, stated.Unit, stated.Text, pointer + "/value") : null;
    }

    private static Bound? Counted(Metric metric, string pointer)
    {
        if (metric.Value is not { } value) return null;
        var op = metric.Qualifier switch
        {
            null or Qualifiers.Exact => "=",
            Qualifiers.AtLeast => ">=",
            Qualifiers.MoreThan => ">",
            Qualifiers.AtMost => "<=",
            Qualifiers.LessThan => "<",
            _ => null,
        };
        return op is null ? null : new(op, value, metric.Unit, metric.Text ?? $"{value}{metric.Unit}", pointer + "/value");
    }

    private static (string Zh, string En, string Pointer)? Claim(string? text, string pointer) =>
        text is not null && ClaimWords.Any(w => text.Contains(w, StringComparison.Ordinal)) && !DenialWords.Any(w => text.Contains(w, StringComparison.Ordinal))
            ? ($"报告称“{text}”", $"the report says \"{text}\"", pointer) : null;

    private Finding? Miss(string name, Bound? target, Bound? actual, (string Zh, string En, string Pointer)? claim, AuditContext context)
    {
        if (target is null || actual is null || (target.Unit is not null && actual.Unit is not null && target.Unit != actual.Unit)) return null;
        var negative = target.Operator is "<=" or "<";
        if (!CertainlyMissed(target, actual, negative)) return null;

        var unit = target.Unit ?? actual.Unit ?? "";
        var gap = negative ? SafeMath.Subtract(actual.Value, target.Value) : SafeMath.Subtract(target.Value, actual.Value);
        var completion = !negative && target.Value > 0 && SafeMath.Percent(actual.Value, target.Value) is { } ratio ? Math.Round(ratio, 2, MidpointRounding.AwayFromZero) : (decimal?)null;
        var gapZh = gap is { } g ? (negative ? $"超出 {AuditContext.N(g)}{unit}" : $"差 {AuditContext.N(g)}{unit}") + (completion is { } c ? $"（完成 {AuditContext.N(c)}%）" : "") : "";
        var gapEn = gap is { } e ? (negative ? $"{AuditContext.N(e)}{unit} over" : $"{AuditContext.N(e)}{unit} short") + (completion is { } d ? $" ({AuditContext.N(d)}% achieved)" : "") : "";
        var zh = $"“{name}”目标值 {target.Written}，实际完成值 {actual.Written}，未达到目标{(gapZh.Length > 0 ? "：" + gapZh : "")}";
        var en = $"'{name}' has the target {target.Written} but the actual {actual.Written}{(gapEn.Length > 0 ? ": " + gapEn : "")}";
        List<string> pointers = [actual.Pointer, target.Pointer];
        if (claim is not { } said)
            return context.Create(Descriptor, zh + "。", en + ".", pointers, target.Value, actual.Value);
        return context.Create(Descriptor, $"{zh}，而{said.Zh}。", $"{en}, yet {said.En}.", [.. pointers, said.Pointer], target.Value, actual.Value, Severities.Warning);
    }

    /// <summary>True when every value the actual can take misses the target: its upper bound is below a positive target
    /// (or at it, when either side is strict), its lower bound above a negative one. An actual bounded on the other side
    /// only ("≥80%" against "≥90%") may still meet the target.</summary>
    private static bool CertainlyMissed(Bound target, Bound actual, bool negative)
    {
        var strict = target.Operator is ">" or "<" || actual.Operator is ">" or "<";
        return negative
            ? actual.Operator is "=" or ">=" or ">" && (strict ? actual.Value >= target.Value : actual.Value > target.Value)
            : actual.Operator is "=" or "<=" or "<" && (strict ? actual.Value <= target.Value : actual.Value < target.Value);
    }
}
