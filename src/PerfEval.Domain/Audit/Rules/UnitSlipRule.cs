using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>
/// An amount whose magnitude only makes sense in another unit: a total that equals its parts only when its unit is
/// ignored (衡山 “三公”决算 "2.74元" with parts 1.95 + 0.79 万元), or an actual 1,000 times off its own budget in another unit.
/// </summary>
public sealed class UnitSlipRule(IReadOnlyList<ISumIdentitySource> identitySources) : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-UNIT-001", "金额单位疑似写错（元/万元）", "Amount probably written in the wrong unit (元/万元)",
        RuleCategories.Unit, Severities.Warning,
        "A sum identity (PE-ID-*) fails in 万元 but holds on the numbers as written; or actual/budget of one item in different units differ by ≥ 1000×",
        "Identity: each operand ± half a unit of its last digit; magnitude: a factor of 1000 or more", "GovBudgetChecker 元/万元 unit-slip rule");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var reported = new HashSet<string>();
        foreach (var identity in identitySources.SelectMany(s => s.Identities(document)))
        {
            if (!SumIdentityCheck.HoldsAsWritten(identity)) continue;
            var total = Figure.Raw(identity.Total, identity.TotalPointer)!;
            var parts = identity.Parts.Select(p => Figure.Raw(p.Money, p.Pointer)).OfType<Figure>().ToList();
            var majority = parts.Append(total).GroupBy(f => f.Unit).MaxBy(g => g.Count())!.Key;
            foreach (var odd in parts.Append(total).Where(f => f.Unit != majority && reported.Add(f.Pointer)))
            {
                yield return context.Create(Descriptor,
                    $"{identity.NameZh}：{odd.Written} 的单位与其余各项（{majority}）不同；按 {majority} 理解则合计 {total.Value} = {string.Join(" + ", parts.Select(p => p.Value))} 成立，疑为单位笔误。",
                    $"{identity.NameEn}: {odd.Written} is in a different unit from the other figures ({majority}); read in {majority}, {total.Value} = {string.Join(" + ", parts.Select(p => p.Value))} holds, so the unit is probably a slip.",
                    [odd.Pointer, .. parts.Append(total).Where(f => f != odd).Select(f => f.Pointer)],
                    MoneyUnits.ToTenThousandYuan(odd.Value, majority), MoneyUnits.ToTenThousandYuan(odd.Value, odd.Unit));
            }
        }

        foreach (var (actual, budget, name) in Pairs(document))
        {
            if (actual is null || budget is null || actual.Unit == budget.Unit || budget.Value == 0 || actual.Value == 0 || reported.Contains(actual.Pointer) || reported.Contains(budget.Pointer)) continue;
            var ratio = Figure.Of(new Money { Value = actual.Value, Unit = actual.Unit }, "")!.Value / Figure.Of(new Money { Value = budget.Value, Unit = budget.Unit }, "")!.Value;
            if (ratio is > 0.001m and < 1000m) continue;
            reported.Add(actual.Pointer);
            yield return context.Create(Descriptor,
                $"{name}：决算 {actual.Written} 与预算 {budget.Written} 相差千倍以上，疑为单位笔误。",
                $"{name}: the actual {actual.Written} and the budget {budget.Written} differ by a factor of 1000 or more; probably a unit slip.",
                [actual.Pointer, budget.Pointer]);
        }
    }

    private static IEnumerable<(Figure? Actual, Figure? Budget, string Name)> Pairs(ReportDocument d)
    {
        yield return (Figure.Raw(d.SanGong?.Actual?.Total, "/sanGong/actual/total"), Figure.Raw(d.SanGong?.Budget?.Total, "/sanGong/budget/total"), "“三公”经费");
        yield return (Figure.Raw(d.Finance?.Final?.Expenditure?.Total, "/finance/final/expenditure/total"), Figure.Raw(d.Finance?.Budget?.Expenditure?.Total, "/finance/budget/expenditure/total"), "总支出");
        yield return (Figure.Raw(d.Finance?.Final?.Revenue?.Total, "/finance/final/revenue/total"), Figure.Raw(d.Finance?.Budget?.Revenue?.Total, "/finance/budget/revenue/total"), "总收入");
    }
}
