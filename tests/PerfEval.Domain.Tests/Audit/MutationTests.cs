using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;

namespace PerfEval.Domain.Tests.Audit;

/// <summary>Changing one figure of a consistent report makes the matching rule fire, through the whole engine, at that figure.</summary>
public sealed class MutationTests
{
    public static TheoryData<string, string, string> Mutations() => new()
    {
        { "/finance/final/expenditure/total/value", "1100.10", "PE-ID-001" },
        { "/finance/final/expenditure/publicFunds/value", "200.10", "PE-ID-002" },
        { "/finance/final/revenue/otherIncome/value", "5.00", "PE-ID-003" },
        { "/sanGong/actual/reception/value", "0.89", "PE-ID-004" },
        { "/sanGong/budget/vehiclePurchase/value", "0.60", "PE-ID-005" },
        { "/procurement/goods/value", "43.80", "PE-ID-006" },
        { "/assets/liabilities/value", "295.30", "PE-ID-007" },
        { "/projectFunds/sources/0/initialBudget/value", "151.00", "PE-ID-008" },
        { "/projects/1/executed/value", "400.00", "PE-ID-009" },
        { "/projects/0/executed/value", "50.14", "PE-REC-001" },
        { "/finance/budgetToFinal/expenditureDifference/value", "90.00", "PE-REC-002" },
        { "/finance/final/expenditure/personnel/share/value", "76.6", "PE-SHR-001" },
        { "/outputs/0/value", "1500", "PE-RATE-001" },
        { "/outputs/6/value", "4", "PE-BRK-001" },
        { "/finance/final/expenditure/basic/restatements/0/value", "850.01", "PE-DUP-001" },
        { "/outputs/7/value", "203", "PE-DUP-002" },
        { "/indicatorTables/0/indicators/2/weight", "35", "PE-IND-001" },
        { "/indicatorTables/0/indicators/2/score", "31", "PE-IND-003" },
        { "/indicatorTables/0/budgetExecution/executionRate/value", "90", "PE-IND-005" },
        { "/selfEvaluation/score", "85", "PE-IND-006" },
        { "/staffing/inService/value", "58", "PE-STF-001" },
        { "/projects/0/executed/value", "246.00", "PE-BRK-002" },
        { "/outputs/9/value", "41", "PE-REL-001" },
        { "/outputs/12/value", "46.6", "PE-RATE-001" },
        { "/organization/units/0/count/value", "3", "PE-CNT-001" },
        { "/projectFunds/shareOfProjectExpenditure/value", "26.3", "PE-SHR-001" },
        { "/indicatorTables/0/indicators/1/actual/text", "\"85%\"", "PE-TGT-001" },
        { "/performanceGoals/0/indicators/0/actual/text", "\"150件\"", "PE-TGT-001" },
        { "/outputs/14/value", "20", "PE-TGT-001" },
        { "/projects/1/executed/value", "3.90", "PE-IND-005" },
        { "/assets/fixedAssetsInUse/value", "1400.00", "PE-RATE-002" },
        { "/selfEvaluation/coveredFunds/value", "900.00", "PE-RATE-002" },
        { "/sanGong/priorYearActual/total/value", "3.50", "PE-RATE-002" },
        { "/projectFunds/projectCount/value", "3", "PE-CNT-001" },
        { "/selfEvaluation/fullMarks", "95", "PE-IND-003" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void A_single_changed_figure_is_found_by_its_rule_at_that_figure(string pointer, string value, string ruleId)
    {
        var findings = AuditEngine.Run(SyntheticReport.With(pointer, JsonNode.Parse(value))).Findings;

        var match = findings.Where(f => f.RuleId == ruleId).ToList();
        Assert.True(match.Count > 0, $"{ruleId} did not fire; found: {string.Join(", ", findings.Select(f => f.RuleId))}");
        Assert.Contains(match, f => f.Pointers.Contains(pointer));
        Assert.All(match, f => Assert.All(f.Pointers, p => Assert.StartsWith("/", p)));
    }
}
