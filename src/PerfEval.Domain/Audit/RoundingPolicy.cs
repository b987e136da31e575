namespace PerfEval.Domain.Audit;

/// <summary>
/// The one rounding policy for stated rates and shares: a figure written "96.8%" claims the true ratio rounds half up
/// to 96.8 at one decimal (96.75 ≤ ratio &lt; 96.85). A figure that matches only when the ratio is cut off (749/774 =
/// 96.77 written "96.7") is at least a warning, unless the same report cuts off every such figure, in which case
/// it is the report's own consistent convention and only an info.
/// </summary>
public static class RoundingPolicy
{
    public enum Match { Rounded, TruncatedOnly, Mismatch }

    /// <summary>Judges a stated percentage against the interval [<paramref name="low"/>, <paramref name="high"/>] the
    /// operands allow. Records in <paramref name="context"/> whether rounding or truncation alone explains it.</summary>
    public static Match Judge(decimal low, decimal high, decimal stated, AuditContext context)
    {
        var half = Figure.HalfUnitOf(stated);
        var unit = half * 2m;
        var rounds = stated + half >= low && stated - half <= high;
        var truncates = stated + unit > low && stated <= high;
        if (rounds && !truncates) context.Rounding.RoundedOnly++;
        if (rounds) return Match.Rounded;
        if (!truncates) return Match.Mismatch;
        context.Rounding.TruncatedOnly++;
        return Match.TruncatedOnly;
    }

    /// <summary>True when the stated percentage is the interval rounded at its written decimals, without recording
    /// anything (for choosing between the bases a figure may be taken of, before judging it against one).</summary>
    public static bool Rounds(decimal low, decimal high, decimal stated)
    {
        var half = Figure.HalfUnitOf(stated);
        return stated + half >= low && stated - half <= high;
    }

    /// <summary>True when the report cuts off at least two figures and rounds none that truncation would not explain.</summary>
    public static bool TruncatesConsistently(RoundingEvidence evidence) => evidence is { TruncatedOnly: >= 2, RoundedOnly: 0 };

    public const string Description =
        "Rates and shares: the stated figure must equal the ratio rounded half up at the decimals it is written with. A figure that matches only when the ratio is truncated is a warning (an error-level mismatch otherwise), downgraded to info when the same report truncates every such figure (at least two, and none that only rounding explains).";
}

/// <summary>How the figures of one report were rounded, gathered while its rules run.</summary>
public sealed class RoundingEvidence
{
    public int RoundedOnly { get; set; }
    public int TruncatedOnly { get; set; }
}
