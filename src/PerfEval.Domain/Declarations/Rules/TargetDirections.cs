using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Declarations.Rules;

internal static class TargetDirections
{
    /// <summary>Both are numbers in the same unit and the same direction (positive ≥ &gt; =, negative ≤ &lt;).</summary>
    public static bool Comparable(ParsedTarget declared, ParsedTarget stated) =>
        declared is { Parsed: true, Value: not null } && stated is { Parsed: true, Value: not null }
        && UnitOf(declared) == UnitOf(stated) && declared.IsNegative == stated.IsNegative;

    public static string UnitOf(ParsedTarget target) => TargetMatching.Normalize(target.Unit);
}
