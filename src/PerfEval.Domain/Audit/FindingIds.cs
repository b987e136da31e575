namespace PerfEval.Domain.Audit;

/// <summary>A finding's stable id within one report version: its rule and the first figure it points at
/// ("PE-UNIT-001@/sanGong/actual/total/value"). The same id the fixture reviews key their judgements on.</summary>
public static class FindingIds
{
    public static string Of(Finding finding) => $"{finding.RuleId}@{(finding.Pointers.Count > 0 ? finding.Pointers[0] : "")}";
}
