namespace PerfEval.Domain.Audit;

/// <summary>Decimal arithmetic for rules that never throws: a result outside decimal's range is null, and the rule skips
/// the comparison (or reports it) instead of failing the whole audit.</summary>
public static class SafeMath
{
    public static decimal? Add(decimal a, decimal b)
    {
        try { return a + b; }
        catch (OverflowException) { return null; }
    }

    public static decimal? Subtract(decimal a, decimal b)
    {
        try { return a - b; }
        catch (OverflowException) { return null; }
    }

    public static decimal? Multiply(decimal a, decimal b)
    {
        try { return a * b; }
        catch (OverflowException) { return null; }
    }

    public static decimal? Divide(decimal a, decimal b)
    {
        if (b == 0m) return null;
        try { return a / b; }
        catch (OverflowException) { return null; }
    }

    /// <summary>Σ values, or null when the sum leaves decimal's range.</summary>
    public static decimal? Sum(IEnumerable<decimal> values)
    {
        decimal total = 0m;
        foreach (var value in values)
            if (Add(total, value) is { } next) total = next;
            else return null;
        return total;
    }

    /// <summary>numerator / denominator × 100, or null.</summary>
    public static decimal? Percent(decimal numerator, decimal denominator) =>
        Divide(numerator, denominator) is { } ratio ? Multiply(ratio, 100m) : null;
}
