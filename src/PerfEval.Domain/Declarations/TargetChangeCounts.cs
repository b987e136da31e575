namespace PerfEval.Domain.Declarations;

/// <summary>
/// How a self-evaluation departs from its approved declaration, counted by kind from its check's findings: a target
/// made easier (PE-DCL-001), a declared indicator dropped (PE-DCL-004), an undeclared one added (PE-DCL-005), a weight
/// moved (PE-DCL-006), and the other changes (another 指标值, direction or unit: PE-DCL-002, PE-DCL-003).
/// </summary>
public sealed record TargetChangeCounts(int Lowered, int Dropped, int Added, int WeightMoved, int Other)
{
    public const string LoweredRule = "PE-DCL-001";
    public const string DroppedRule = "PE-DCL-004";
    public const string AddedRule = "PE-DCL-005";
    public const string WeightMovedRule = "PE-DCL-006";

    public static readonly TargetChangeCounts None = new(0, 0, 0, 0, 0);

    /// <summary>Every finding: the number of target changes of the self-evaluation.</summary>
    public int Total => Lowered + Dropped + Added + WeightMoved + Other;

    public static TargetChangeCounts Of(IEnumerable<string> ruleIds)
    {
        int lowered = 0, dropped = 0, added = 0, weight = 0, other = 0;
        foreach (var rule in ruleIds)
        {
            switch (rule)
            {
                case LoweredRule: lowered++; break;
                case DroppedRule: dropped++; break;
                case AddedRule: added++; break;
                case WeightMovedRule: weight++; break;
                default: other++; break;
            }
        }
        return new(lowered, dropped, added, weight, other);
    }
}
